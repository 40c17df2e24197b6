import { defineFeature, route } from '../defineFeature.ts';
import { threatEn } from './i18n/en.ts';

/** Vehicle threat analyses of a site (HVM.md §1–3). */
export const threatFeature = defineFeature({
  area: 'threat',
  routes: [
    route({
      name: 'threat-new',
      path: '/sites/:siteId/threats/new',
      freshFor: 'siteId',
      page: () => import('./NewThreatAnalysisPage.tsx').then((m) => m.NewThreatAnalysisPage),
    }),
    route({
      name: 'threat',
      path: '/threats/:id',
      freshFor: 'id',
      page: () => import('./ThreatAnalysisPage.tsx').then((m) => m.ThreatAnalysisPage),
    }),
  ],
  section: 'sites',
  recordKinds: { 'threat-analysis': 'threat' },
  // An analysis of a site one may only read is a record of one's own organisation: any access will do.
  actions: { 'threat.start': { role: 'analyst', access: ['owner', 'edit', 'read'] } },
  dictionary: {
    en: threatEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.threatFr),
    es: () => import('./i18n/es.ts').then((m) => m.threatEs),
    it: () => import('./i18n/it.ts').then((m) => m.threatIt),
  },
});
