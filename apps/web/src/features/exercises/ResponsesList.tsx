import type { ExerciseResponse } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { MethaneSummary } from '../../ui/MethaneSummary.tsx';
import { formatScenarioTime } from '@pactesur/exercises';

interface Props {
  readonly responses: readonly ExerciseResponse[];
  /** The number of the inject a response answers, if the page knows it. */
  readonly numberOf: (injectId: string) => number | null;
}

/** Players' responses, latest first: who, when on the scenario clock, to which inject, what, the M/ETHANE report. */
export function ResponsesList({ responses, numberOf }: Props) {
  const { t, formatDate } = useI18n();
  if (responses.length === 0) return <p className="empty">{t('exerciseResponses.empty')}</p>;
  return (
    <ol className="exercise-responses" reversed data-testid="responses">
      {[...responses].reverse().map((r) => {
        const number = r.injectId ? numberOf(r.injectId) : null;
        return (
          <li key={r.id} className="exercise-response" data-testid="exercise-response" data-inject-id={r.injectId ?? ''}>
            <p className="meta">
              <strong>{r.orgName}</strong> · {r.byName} · <span className="mono">{formatScenarioTime(r.scenarioTimeS)}</span> ·{' '}
              {formatDate(r.at, 'compact')} ·{' '}
              {r.injectId === null
                ? t('exerciseResponses.free')
                : number === null
                  ? t('exerciseResponses.toInjectId', { id: r.injectId })
                  : t('exerciseResponses.toInject', { number })}
            </p>
            {r.text && <p className="prewrap">{r.text}</p>}
            {r.choice && <p>{t('exerciseResponses.choice', { choice: r.choice })}</p>}
            {r.methane && <MethaneSummary methane={r.methane} words="exerciseMethane" />}
          </li>
        );
      })}
    </ol>
  );
}
