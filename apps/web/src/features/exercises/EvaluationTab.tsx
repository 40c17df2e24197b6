import type { Exercise, ExerciseStatus } from '@pactesur/contracts';
import { EvaluationPanel } from './EvaluationPanel.tsx';
import { FeedbackPanel } from './FeedbackPanel.tsx';

interface Props {
  readonly exercise: Exercise;
  readonly status: ExerciseStatus;
  /** Moves on with each observation announced on the exercise's channel. */
  readonly round: number;
  /** The reader's role in their organisation lets them observe and give feedback. */
  readonly canEvaluate: boolean;
}

/**
 * The controllers' evaluation tab: the observations against the evaluation guide as they come in, with a
 * form to add one; once play has ended, the hot wash or their own feedback, and everyone's feedback.
 */
export function EvaluationTab({ exercise, status, round, canEvaluate }: Props) {
  return (
    <div className="exercise-evaluation" data-testid="exercise-evaluation">
      <EvaluationPanel exercise={exercise} status={status} round={round} canObserve={canEvaluate} />
      <FeedbackPanel exercise={exercise} status={status} canGive={canEvaluate} chooseKind canReadAll />
    </div>
  );
}
