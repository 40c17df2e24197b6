import type { Exercise, ExerciseStatus } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ExerciseStatusChip } from './ExerciseStatusChip.tsx';
import { RoleList } from './RoleList.tsx';

/** The head of an exercise: its type and organiser, name, where it stands, the reader's roles, its dates. */
export function ExerciseHeader({ exercise, status }: { exercise: Exercise; status: ExerciseStatus }) {
  const { t, formatDate } = useI18n();
  return (
    <header className="page-header exercise-header">
      <div>
        <p className="eyebrow sensitive">
          {t(`exerciseType.${exercise.type}`)} · {t('exercise.organisedBy', { org: exercise.ownerName })}
        </p>
        <h1 id="exercise-title">{exercise.name}</h1>
        <p className="exercise-chips">
          <ExerciseStatusChip status={status} />
          <span className="hint">{t('exercise.myRoles')}</span> <RoleList roles={exercise.myRoles} />
        </p>
        <p className="meta">
          {t('exercise.dates', {
            start: formatDate(exercise.startsAt, 'date-time'),
            end: formatDate(exercise.endsAt, 'date-time'),
          })}
        </p>
      </div>
    </header>
  );
}
