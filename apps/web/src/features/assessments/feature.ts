import { defineFeature, route } from '../defineFeature.ts';
import { assessmentsEn } from './i18n/en.ts';

/** Vulnerability assessments of public spaces (ASSESSMENT.md): the dashboard, the guided form, versions compared. */
export const assessmentsFeature = defineFeature({
  area: 'assessments',
  routes: [
    route({
      name: 'assessments',
      path: '/assessments',
      page: () => import('./AssessmentsPage.tsx').then((m) => m.AssessmentsPage),
    }),
    route({
      name: 'assessment-new',
      path: '/assessments/new',
      query: ['siteId'],
      page: () => import('./NewAssessmentPage.tsx').then((m) => m.NewAssessmentPage),
    }),
    route({
      name: 'assessment-compare',
      path: '/assessments/compare',
      query: ['before', 'after'],
      page: () => import('./AssessmentComparePage.tsx').then((m) => m.AssessmentComparePage),
    }),
    route({
      name: 'assessment',
      path: '/assessments/:id',
      freshFor: 'id',
      page: () => import('./AssessmentPage.tsx').then((m) => m.AssessmentPage),
    }),
  ],
  nav: [
    {
      label: 'nav.assessments',
      to: { name: 'assessments' },
      matches: ['assessments', 'assessment', 'assessment-new', 'assessment-compare'],
      order: 45,
    },
  ],
  recordKinds: { assessment: 'assessment' },
  actions: {
    // An assessment is of a site the acting organisation owns; the service checks the site.
    'assessment.create': { role: 'editor', access: ['owner', 'edit', 'read'] },
    // A new version is a record of the owner organisation, like a scenario of a plan (ADR 0018).
    'assessment.version': { role: 'editor', access: ['owner'] },
  },
  dictionary: {
    en: assessmentsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.assessmentsFr),
    es: () => import('./i18n/es.ts').then((m) => m.assessmentsEs),
    it: () => import('./i18n/it.ts').then((m) => m.assessmentsIt),
  },
});
