import type { RiskEntry } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { newItemId } from '../assessments/itemId.ts';
import { latestAssessment, risksFromAssessment } from './RiskImport.ts';

interface Props {
  readonly siteId: string;
  readonly risks: readonly RiskEntry[];
  readonly onImport: (risks: RiskEntry[]) => void;
}

type Outcome =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'done';
      readonly id: string;
      readonly title: string;
      readonly version: number;
      readonly added: number;
      readonly updated: number;
    };

/**
 * "Take the terrorist scenarios from the site's vulnerability assessment": the latest version of the
 * site's assessments the organisation may read, its scored scenarios copied into the register (those taken
 * before brought up to date), with a link to the assessment they come from.
 */
export function RiskAssessmentImport({ siteId, risks, onImport }: Props) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const take = () =>
    void action.run(async () => {
      const latest = latestAssessment(await api.listAssessments(siteId));
      if (!latest) {
        setOutcome({ kind: 'none' });
        announce(t('events.ops.risks.noAssessment'));
        return;
      }
      const assessment = await api.getAssessment(latest.id);
      const made = risksFromAssessment(
        risks,
        assessment,
        (threat) => t(`threatType.${threat}`),
        () => newItemId(),
      );
      onImport(made.risks);
      const done = {
        kind: 'done' as const,
        id: assessment.id,
        title: assessment.title,
        version: assessment.version,
        added: made.added,
        updated: made.updated,
      };
      setOutcome(done);
      announce(
        t('events.ops.risks.imported', {
          added: done.added,
          updated: done.updated,
          title: done.title,
          version: done.version,
        }),
      );
    });
  return (
    <div className="risk-import" data-testid="risk-import">
      <button type="button" onClick={take} disabled={action.busy}>
        {t('events.ops.risks.import')}
      </button>
      <ErrorMessage error={action.error} />
      {outcome?.kind === 'none' && <p className="notice">{t('events.ops.risks.noAssessment')}</p>}
      {outcome?.kind === 'done' && (
        <p
          className="meta"
          data-testid="risk-import-outcome"
          data-added={outcome.added}
          data-updated={outcome.updated}
        >
          {t('events.ops.risks.imported', {
            added: outcome.added,
            updated: outcome.updated,
            title: outcome.title,
            version: outcome.version,
          })}{' '}
          <Link to={pathOf({ name: 'assessment', id: outcome.id })}>
            {t('events.ops.risks.openAssessment')}
          </Link>
        </p>
      )}
    </div>
  );
}
