import type { Practice, PracticeStep } from '@pactesur/contracts';
import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NoteStep } from './NoteStep.tsx';
import { PublishStep } from './PublishStep.tsx';
import { StateChip } from './StateChip.tsx';
import { workflowOffer } from './workflow.ts';

interface Props {
  readonly practice: Practice;
  readonly busy: boolean;
  /** True while the practice is being edited: its steps wait for the changes to be saved. */
  readonly editing: boolean;
  /** Takes a step; `done` is what to announce once it is taken. */
  readonly onStep: (step: PracticeStep, done: MessageKey) => void;
}

/**
 * The practice's stage in the editorial workflow and the steps the reader may take: its editors submit a
 * draft for review (not while a criterion is unmet, saying why); the network's reviewers send it back
 * with a note, publish it with a maturity label, or withdraw it with a note.
 */
export function WorkflowPanel({ practice: p, busy, editing, onStep }: Props) {
  const id = useId();
  const { t } = useI18n();
  const offer = workflowOffer(p);
  return (
    <section
      className="card practice-workflow"
      aria-labelledby={`${id}-title`}
      data-testid="practice-workflow"
    >
      <h2 id={`${id}-title`}>{t('practiceFlow.title')}</h2>
      <p>
        {t('practiceFlow.stage')} <StateChip state={p.state} />
      </p>
      {offer.submit && (
        <div className="practice-step">
          <button
            type="button"
            className="button-primary"
            disabled={busy || editing || offer.submit === 'blocked'}
            aria-describedby={`${id}-submit`}
            onClick={() => onStep({ action: 'submit' }, 'practiceFlow.submitted')}
          >
            {t('practiceFlow.submit')}
          </button>
          <p className="hint" id={`${id}-submit`}>
            {offer.submit === 'blocked' ? t('practiceFlow.submitBlocked') : t('practiceFlow.submitHint')}
          </p>
        </div>
      )}
      {p.state === 'review' && !offer.return && <p className="hint">{t('practiceFlow.waiting')}</p>}
      {offer.publish && (
        <PublishStep
          maturity={p.maturity}
          blocked={offer.publish === 'blocked'}
          busy={busy}
          disabled={editing}
          onPublish={(maturity) => onStep({ action: 'publish', maturity }, 'practiceFlow.published')}
        />
      )}
      {offer.return && (
        <NoteStep
          label="practiceFlow.returnNote"
          action="practiceFlow.return"
          busy={busy}
          disabled={editing}
          onSubmit={(note) => onStep({ action: 'return', note }, 'practiceFlow.returned')}
        />
      )}
      {offer.unpublish && (
        <NoteStep
          label="practiceFlow.unpublishNote"
          action="practiceFlow.unpublish"
          busy={busy}
          disabled={editing}
          onSubmit={(note) => onStep({ action: 'unpublish', note }, 'practiceFlow.unpublished')}
        />
      )}
    </section>
  );
}
