import type { AssessmentForm } from './useAutosave.ts';

/** What every step of the guided form receives: the form saved as the user goes, and whether it may change. */
export interface StepProps {
  readonly form: AssessmentForm;
  readonly readOnly: boolean;
}
