import type { ExerciseClock } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ExerciseStatusChip } from './ExerciseStatusChip.tsx';
import { runClockTime } from '@pactesur/exercises';
import { clockText } from './scenarioTime.ts';
import { useNow } from './useNow.ts';

/** The simulation clock: where the exercise stands, the scenario time (running in the page), its speed. */
export function ClockFace({ clock }: { clock: ExerciseClock }) {
  const { t } = useI18n();
  const now = useNow(clock.status === 'running');
  const seconds = runClockTime(clock, now);
  return (
    <div className="exercise-clock" data-testid="exercise-clock" data-status={clock.status} data-seconds={Math.floor(seconds)}>
      <ExerciseStatusChip status={clock.status} />
      <span className="exercise-clock-time" role="timer" aria-label={t('exerciseRun.scenarioTime')}>
        {clockText(seconds)}
      </span>
      <span className="hint">{t('exerciseRun.speedIs', { speed: clock.speed })}</span>
    </div>
  );
}
