import type { ExerciseStatus } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Where an exercise stands — planned, running, paused, ended — in words (the colour only repeats them). */
export function ExerciseStatusChip({ status }: { status: ExerciseStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge exercise-status-${status}`} data-testid="exercise-status" data-status={status}>
      {t(`exerciseStatus.${status}`)}
    </span>
  );
}
