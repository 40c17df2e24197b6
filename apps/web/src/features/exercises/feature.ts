import { defineFeature, route } from '../defineFeature.ts';
import { exercisesEn } from './i18n/en.ts';

/**
 * Multi-agency exercises (EXERCISES.md): the exercises the organisation organises or takes part in, a new
 * one from a template or blank, and its page — for its controllers the design (outline, objectives,
 * storylines, the MSEL), the participants and the live run; for players the injects delivered to their
 * organisation as they arrive and their responses; for evaluators and observers the outline and the feed;
 * then the evaluation, the participants' feedback, the improvement plan and the after-action report.
 */
export const exercisesFeature = defineFeature({
  area: 'exercises',
  routes: [
    route({
      name: 'exercises',
      path: '/exercises',
      page: () => import('./ExercisesPage.tsx').then((m) => m.ExercisesPage),
    }),
    route({
      name: 'exercise-new',
      path: '/exercises/new',
      page: () => import('./NewExercisePage.tsx').then((m) => m.NewExercisePage),
    }),
    route({
      name: 'exercise',
      path: '/exercises/:id',
      freshFor: 'id',
      page: () => import('./ExercisePage.tsx').then((m) => m.ExercisePage),
    }),
  ],
  nav: [
    {
      label: 'nav.exercises',
      to: { name: 'exercises' },
      matches: ['exercises', 'exercise', 'exercise-new'],
      order: 48,
    },
  ],
  recordKinds: { exercise: 'exercise' },
  actions: {
    // An exercise is designed by the organisation that organises it.
    'exercise.create': { role: 'editor', access: ['owner'] },
    // The run is steered by the exercise's controllers: the organiser's people, or those of an agency
    // taking part as its director, controller or simulator (the exercise is shared with it to read).
    'exercise.run': { role: 'editor', access: ['owner', 'edit', 'read'] },
    // Observations and feedback come from the exercise's participants who may analyse: its evaluators and
    // controllers observe, every participant gives feedback once play has ended.
    'exercise.evaluate': { role: 'analyst', access: ['owner', 'edit', 'read'] },
  },
  dictionary: {
    en: exercisesEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.exercisesFr),
    es: () => import('./i18n/es.ts').then((m) => m.exercisesEs),
    it: () => import('./i18n/it.ts').then((m) => m.exercisesIt),
  },
});
