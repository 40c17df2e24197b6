import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LabelledField } from '../../ui/LabelledField.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { LinkPicker } from './LinkPicker.tsx';
import { actionOptions, type LinkOption, type Links } from './linkOptions.ts';

interface Props {
  /** The exercises offered; undefined while their list is read, or when reading it failed (`error`). */
  readonly exercises: readonly LinkOption[] | undefined;
  readonly error: unknown;
  readonly links: Links;
  readonly full: boolean;
  readonly onAdd: (exerciseId: string, action: LinkOption) => void;
}

/** A corrective action of an exercise: the exercise chosen first, then one of the actions of its improvement plan. */
export function ActionPicker({ exercises, error, links, full, onAdd }: Props) {
  const { t } = useI18n();
  const [exerciseId, setExerciseId] = useState('');
  const actions = useResource(
    () => (exerciseId ? api.exerciseActions(exerciseId) : Promise.resolve(null)),
    `actions:${exerciseId}`,
  );
  const exercise = exercises?.find((x) => x.id === exerciseId);
  if (!exercises) return <LoadingOrError back={null} error={error} />;
  if (exercises.length === 0) return <p className="empty">{t('practiceEdit.noExerciseToPick')}</p>;
  return (
    <>
      <LabelledField label="practiceEdit.pickExercise">
        {(id) => (
          <select id={id} value={exercise?.id ?? ''} onChange={(e) => setExerciseId(e.target.value)}>
            <option value="">{t('practiceEdit.choose')}</option>
            {exercises.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      {exercise && (
        <LinkPicker
          // A fresh drop-down for each exercise: nothing of another exercise's actions stays chosen.
          key={exercise.id}
          label="practiceEdit.pickAction"
          addLabel="practiceEdit.addAction"
          empty="practiceEdit.noActionToPick"
          // Until the chosen exercise's actions are read, those of the one chosen before are not offered.
          options={
            actions.loading || actions.error || !actions.data
              ? undefined
              : actionOptions(actions.data, exercise.id, links)
          }
          error={actions.error}
          full={full}
          onAdd={(action) => onAdd(exercise.id, action)}
        />
      )}
    </>
  );
}
