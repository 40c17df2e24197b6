import { defineFeature, route } from '../defineFeature.ts';
import { jobsEn } from './i18n/en.ts';

/** Background jobs: their live progress, the diagnostic job, cancelling. */
export const jobsFeature = defineFeature({
  area: 'jobs',
  routes: [
    route({ name: 'jobs', path: '/jobs', page: () => import('./JobsPage.tsx').then((m) => m.JobsPage) }),
  ],
  nav: [{ label: 'nav.jobs', to: { name: 'jobs' }, matches: ['jobs'], order: 70 }],
  // A job has no page of its own: it is a row of the jobs page.
  recordKinds: { job: 'jobs' },
  actions: { 'job.cancel': { role: 'analyst', access: ['owner', 'edit'] } },
  dictionary: {
    en: jobsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.jobsFr),
    es: () => import('./i18n/es.ts').then((m) => m.jobsEs),
    it: () => import('./i18n/it.ts').then((m) => m.jobsIt),
  },
});
