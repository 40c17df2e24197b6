import type { Participant, ReplayItem } from '@pactesur/contracts';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ReplayEntry } from './ReplayEntry.tsx';
import { inScenarioOrder, replayAt, replayCounts, replayEnd, replayEndS, replayStep, type ReplayPosition } from './replay.ts';
import { clockText } from './scenarioTime.ts';

interface Props {
  readonly timeline: readonly ReplayItem[];
  readonly participants: readonly Participant[];
}

/**
 * The replay of the whole exercise: its deliveries, responses and observations in order, with a scrubber
 * on the scenario clock and buttons to step one moment back or on, showing what had happened by then.
 */
export function ReplayPanel({ timeline, participants }: Props) {
  const id = useId();
  const { t } = useI18n();
  const items = useMemo(() => inScenarioOrder(timeline), [timeline]);
  // Null: the end, which follows the report as it is read again.
  const [chosen, setChosen] = useState<ReplayPosition | null>(null);
  const position = chosen ?? replayEnd(items);
  const endS = replayEndS(items);
  const shown = items.slice(0, position.shown);
  const counts = replayCounts(shown);
  const go = (next: ReplayPosition) => setChosen(next.shown >= items.length && next.atS >= endS ? null : next);

  if (items.length === 0) return <p className="empty">{t('exerciseReplay.empty')}</p>;
  return (
    <div className="replay" data-testid="replay" data-shown={position.shown} data-at={Math.floor(position.atS)}>
      <p className="hint">{t('exerciseReplay.hint')}</p>
      <div className="replay-controls">
        <label htmlFor={`${id}-time`}>{t('exerciseReplay.scrubber')}</label>
        <input
          id={`${id}-time`}
          type="range"
          min={0}
          max={endS}
          step={1}
          value={Math.min(position.atS, endS)}
          aria-valuetext={clockText(position.atS)}
          onChange={(e) => go(replayAt(items, Number(e.target.value)))}
          data-testid="replay-scrubber"
        />
        <span className="mono exercise-clock-time replay-time">{clockText(position.atS)}</span>
        <div className="actions">
          <button type="button" disabled={position.shown === 0} onClick={() => go({ shown: 0, atS: 0 })}>
            {t('exerciseReplay.first')}
          </button>
          <button type="button" disabled={position.shown === 0} onClick={() => go(replayStep(items, position, -1))}>
            {t('exerciseReplay.previous')}
          </button>
          <button type="button" disabled={position.shown >= items.length} onClick={() => go(replayStep(items, position, 1))}>
            {t('exerciseReplay.next')}
          </button>
          <button type="button" disabled={chosen === null} onClick={() => setChosen(null)}>
            {t('exerciseReplay.last')}
          </button>
        </div>
      </div>
      <p role="status" data-testid="replay-summary">
        {t('exerciseReplay.summary', { time: clockText(position.atS), deliveries: counts.delivery, responses: counts.response, observations: counts.observation })}
      </p>
      <ol className="replay-list">
        {shown.map((item, i) => (
          <ReplayEntry key={`${item.kind}-${i}`} item={item} participants={participants} current={i === shown.length - 1} />
        ))}
      </ol>
    </div>
  );
}
