import { defineFeature, route } from '../defineFeature.ts';
import { citizensEn } from './i18n/en.ts';

/**
 * Citizens' non-emergency reports (KNOWLEDGE.md, "Citizens and partners"): the public reporting page and its
 * follow-up by token, read without an account; the triage of the reports an organisation receives; its
 * coverage (which categories it takes where) and Open311 API keys, for its admins; and the public
 * transparency page (what is kept, how long, how many).
 */
export const citizensFeature = defineFeature({
  area: 'citizens',
  routes: [
    route({
      name: 'report',
      path: '/report',
      query: ['at'],
      public: true,
      page: () => import('./ReportPage.tsx').then((m) => m.ReportPage),
    }),
    route({
      name: 'report-track',
      path: '/report/track/:token',
      public: true,
      freshFor: 'token',
      page: () => import('./TrackPage.tsx').then((m) => m.TrackPage),
    }),
    route({
      name: 'transparency',
      path: '/transparency',
      public: true,
      page: () => import('./TransparencyPage.tsx').then((m) => m.TransparencyPage),
    }),
    route({
      name: 'citizen-reports',
      path: '/citizens/reports',
      page: () => import('./ReportsPage.tsx').then((m) => m.ReportsPage),
    }),
    route({
      name: 'citizen-report',
      path: '/citizens/reports/:id',
      freshFor: 'id',
      page: () => import('./ReportTriagePage.tsx').then((m) => m.ReportTriagePage),
    }),
    route({
      name: 'citizen-settings',
      path: '/citizens/settings',
      page: () => import('./CitizenSettingsPage.tsx').then((m) => m.CitizenSettingsPage),
    }),
  ],
  nav: [
    {
      label: 'nav.reports',
      to: { name: 'citizen-reports' },
      matches: ['citizen-reports', 'citizen-report', 'citizen-settings'],
      order: 43,
    },
  ],
  actions: {
    'report.read': { role: 'analyst', access: ['owner'] },
    'report.triage': { role: 'editor', access: ['owner'] },
    'citizens.manage': { role: 'admin', access: ['owner'] },
  },
  dictionary: {
    en: citizensEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.citizensFr),
    es: () => import('./i18n/es.ts').then((m) => m.citizensEs),
    it: () => import('./i18n/it.ts').then((m) => m.citizensIt),
  },
});
