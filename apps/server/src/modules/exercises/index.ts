import { defineModule } from '../module.ts';
import * as migration from './exercise-migration.ts';
import { exerciseRoutes } from './exercise-routes.ts';
import { startRunScheduler } from './exercise-run-service.ts';
import { exerciseServices } from './exercise-services.ts';
import './exercise-tables.ts';

/** Multi-agency exercises (EXERCISES.md): design, the MSEL, participants, the live run, the evaluation. */
export const exercisesModule = defineModule({
  name: 'exercises',
  path: '/exercises',
  migrations: { '0015-exercises': migration },
  records: [{ kind: 'exercise', table: 'exercises', nameColumn: 'name' }],
  fileColumns: [{ table: 'exercise_observations', column: 'photo_key' }],
  service: exerciseServices,
  routes: exerciseRoutes,
  background: (services, logger) => startRunScheduler(services.run, logger),
});
