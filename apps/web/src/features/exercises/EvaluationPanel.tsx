import type { Exercise, ExerciseStatus } from '@pactesur/contracts';
import { useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ObservationForm } from './ObservationForm.tsx';
import { ObservationList } from './ObservationList.tsx';
import { withObservation } from './ratings.ts';

interface Props {
  readonly exercise: Exercise;
  readonly status: ExerciseStatus;
  /** Moves on with each observation announced on the exercise's channel: read them again. */
  readonly round: number;
  /** The reader may record observations (the server checks again). */
  readonly canObserve: boolean;
}

/**
 * The evaluation of the exercise, for its evaluators and controllers: once it has started, a new
 * observation against the evaluation guide, and every observation recorded so far, latest first, as they
 * come in.
 */
export function EvaluationPanel({ exercise, status, round, canObserve }: Props) {
  const id = useId();
  const { t } = useI18n();
  const started = status !== 'planning';
  const observations = useResource(() => (started ? api.exerciseObservations(exercise.id) : Promise.resolve([])), `${exercise.id}:${started}:${round}`);
  return (
    <section className="card evaluation" aria-labelledby={`${id}-title`} data-testid="evaluation">
      <h2 id={`${id}-title`}>{t('exerciseEvaluation.title')}</h2>
      <p className="hint">{t('exerciseEvaluation.hint')}</p>
      {!started && <p className="notice">{t('exerciseEvaluation.notStarted')}</p>}
      {started && canObserve && (
        <>
          <h3>{t('exerciseObservation.formTitle')}</h3>
          <ObservationForm exerciseId={exercise.id} guide={exercise} onRecorded={(o) => observations.setData((list) => withObservation(list ?? [], o))} />
        </>
      )}
      {started && (
        <>
          <h3>{t('exerciseObservation.listTitle')}</h3>
          <ErrorMessage error={observations.error} />
          {observations.data && <ObservationList exerciseId={exercise.id} observations={observations.data} guide={exercise} />}
        </>
      )}
    </section>
  );
}
