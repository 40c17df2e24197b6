import type { ModuleDeps } from '../module.ts';
import { ExerciseEvaluationRepository } from './exercise-evaluation-repository.ts';
import { ExerciseEvaluationService } from './exercise-evaluation-service.ts';
import { ExerciseRepository } from './exercise-repository.ts';
import { ExerciseRunRepository } from './exercise-run-repository.ts';
import { ExerciseRunService } from './exercise-run-service.ts';
import { ExerciseService } from './exercise-service.ts';

/** The use cases of exercises: their design and participants, their live run, and their evaluation. */
export interface ExerciseModuleServices {
  readonly design: ExerciseService;
  readonly run: ExerciseRunService;
  readonly evaluation: ExerciseEvaluationService;
}

export function exerciseServices({ db, access, live, files }: ModuleDeps): ExerciseModuleServices {
  const exercises = new ExerciseRepository(db, files);
  const design = new ExerciseService(exercises, access, live);
  const runs = new ExerciseRunRepository(db);
  const run = new ExerciseRunService(exercises, runs, design, access, live);
  const evaluation = new ExerciseEvaluationService(exercises, runs, new ExerciseEvaluationRepository(db, files), design, access, live);
  // An organisation's deliveries are followed by its own people (and the organiser's) only.
  access.allowChannelParts('exercise', (actor, id, part) => run.authorizePart(actor, id, part));
  return { design, run, evaluation };
}
