import { EXERCISE_TEMPLATES, type ExerciseTemplate, type ExerciseType } from '@pactesur/contracts';

/**
 * The ready-made exercises a new one may start from, each with the type of exercise it is written for
 * (the planners may choose another); their titles and summaries are in the dictionaries.
 */
export const TEMPLATE_TYPES: Readonly<Record<ExerciseTemplate, ExerciseType>> = {
  'vehicle-ramming-promenade': 'full-scale',
  'crowd-crush-fan-zone': 'tabletop',
  'suspicious-object-market': 'functional',
};

/** What a new exercise starts from: a template, or nothing. */
export type StartFrom = ExerciseTemplate | 'blank';

export const START_CHOICES: readonly StartFrom[] = ['blank', ...EXERCISE_TEMPLATES];
