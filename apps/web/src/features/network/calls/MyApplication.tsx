import type { Call, CallApplication } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ApplicationAnswers } from './ApplicationAnswers.tsx';
import { OutcomeChip } from './OutcomeChip.tsx';

/**
 * The acting organisation's application once it can no longer be changed: what became of it (and the
 * note of the decision once decided), then what it said.
 */
export function MyApplication({ call, mine }: { call: Call; mine: CallApplication }) {
  const { t, formatDate } = useI18n();
  return (
    <section
      className="card"
      aria-labelledby="my-application-title"
      data-testid="my-application"
      data-outcome={mine.outcome}
    >
      <h2 id="my-application-title">{t('network.calls.application.mineTitle')}</h2>
      <p>
        <OutcomeChip outcome={mine.outcome} />{' '}
        {t(`network.calls.application.outcomeText.${mine.outcome}`, {
          network: call.networkName,
          role: t(`networkRole.${call.joinAs}`),
        })}
      </p>
      {call.stage === 'decided' && call.decisionNote && (
        <blockquote data-testid="decision-note">{call.decisionNote}</blockquote>
      )}
      <p className="meta">
        {t('network.calls.application.sentOn', { date: formatDate(mine.updatedAt, 'date-time') })}
      </p>
      <details>
        <summary>{t('network.calls.application.answers')}</summary>
        <ApplicationAnswers application={mine} criteria={call.criteria} />
      </details>
    </section>
  );
}
