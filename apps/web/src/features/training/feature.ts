import { defineFeature, route } from '../defineFeature.ts';
import { trainingEn } from './i18n/en.ts';

/**
 * Training (KNOWLEDGE.md): the networks' courses and police academies — curriculum, sessions, trainers and
 * places — to which member organisations enrol their officers; the organisers' attendance grid; the
 * certificates of those who attended enough, and the public page that checks a certificate's code.
 */
export const trainingFeature = defineFeature({
  area: 'training',
  routes: [
    route({
      name: 'courses',
      path: '/training',
      page: () => import('./CoursesPage.tsx').then((m) => m.CoursesPage),
    }),
    route({
      name: 'course-new',
      path: '/training/new',
      page: () => import('./NewCoursePage.tsx').then((m) => m.NewCoursePage),
    }),
    route({
      name: 'course',
      path: '/training/:id',
      freshFor: 'id',
      page: () => import('./CoursePage.tsx').then((m) => m.CoursePage),
    }),
    route({
      // The address printed on every certificate: anyone checks it, without an account.
      name: 'certificate-check',
      path: '/training/certificates/:code',
      public: true,
      freshFor: 'code',
      page: () => import('./CertificatePage.tsx').then((m) => m.CertificatePage),
    }),
  ],
  nav: [
    {
      label: 'nav.training',
      to: { name: 'courses' },
      matches: ['courses', 'course', 'course-new'],
      order: 27,
    },
  ],
  actions: {
    // Courses are kept by the editors of a network's lead and consortium partners; the server says, per
    // course, who manages it and who may enrol (`canManage`, `canEnrol`).
    'course.enrol': { role: 'editor', access: ['owner'] },
  },
  dictionary: {
    en: trainingEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.trainingFr),
    es: () => import('./i18n/es.ts').then((m) => m.trainingEs),
    it: () => import('./i18n/it.ts').then((m) => m.trainingIt),
  },
});
