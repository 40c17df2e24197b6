import type { Exercise, ExerciseStatus, Feedback } from '@pactesur/contracts';
import { useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { FeedbackForm } from './FeedbackForm.tsx';
import { FeedbackList } from './FeedbackList.tsx';

interface Props {
  readonly exercise: Exercise;
  readonly status: ExerciseStatus;
  /** The reader may give feedback (a participant of an organisation role that may; the server checks again). */
  readonly canGive: boolean;
  /** Controllers record the hot wash as well. */
  readonly chooseKind: boolean;
  /** Evaluators and controllers read everyone's feedback. */
  readonly canReadAll: boolean;
}

/**
 * The hot wash and the participants' feedback: once play has ended, the reader's feedback form, and for
 * evaluators and controllers everything given so far.
 */
export function FeedbackPanel({ exercise, status, canGive, chooseKind, canReadAll }: Props) {
  const id = useId();
  const { t } = useI18n();
  const ended = status === 'ended';
  const all = useResource(() => (ended && canReadAll ? api.exerciseFeedback(exercise.id) : Promise.resolve<Feedback[]>([])), `${exercise.id}:${ended}:${canReadAll}`);
  const given = (f: Feedback) => all.setData((list) => [...(list ?? []).filter((x) => x.id !== f.id), f]);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="exercise-feedback">
      <h2 id={`${id}-title`}>{t('exerciseFeedback.title')}</h2>
      {!ended && <p className="notice">{t('exerciseFeedback.afterEnd')}</p>}
      {ended && canGive && (
        <>
          <h3>{t('exerciseFeedback.formTitle')}</h3>
          <p className="hint">{t('exerciseFeedback.hint')}</p>
          <FeedbackForm exerciseId={exercise.id} chooseKind={chooseKind} onSent={given} />
        </>
      )}
      {ended && canReadAll && (
        <>
          <h3>{t('exerciseFeedback.listTitle')}</h3>
          <ErrorMessage error={all.error} />
          {all.data && <FeedbackList feedback={all.data} />}
        </>
      )}
    </section>
  );
}
