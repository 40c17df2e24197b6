import type { CallApplication, CallCriterion } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';

interface Props {
  readonly application: CallApplication;
  readonly criteria: readonly CallCriterion[];
}

/** What an organisation answered: each criterion, its motivation and who to contact. */
export function ApplicationAnswers({ application: a, criteria }: Props) {
  const { t } = useI18n();
  return (
    <dl className="call-answers" data-testid="application-answers">
      {criteria.map((c) => (
        <div key={c.id} data-criterion={c.id}>
          <dt>{c.label}</dt>
          <dd>
            {a.answers[c.id]?.trim() ? (
              a.answers[c.id]
            ) : (
              <span className="empty">{t('network.calls.application.noAnswer')}</span>
            )}
          </dd>
        </div>
      ))}
      <div>
        <dt>{t('network.calls.application.motivation')}</dt>
        <dd data-testid="application-motivation">{a.motivation}</dd>
      </div>
      <div>
        <dt>{t('network.calls.application.contact')}</dt>
        <dd>{a.contact}</dd>
      </div>
    </dl>
  );
}
