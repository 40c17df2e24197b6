import { defineFeature, route } from '../defineFeature.ts';
import { crowdEn } from './i18n/en.ts';

/** Crowd simulations of a site: the scenario from its outline and exits, the playback. */
export const crowdFeature = defineFeature({
  area: 'crowd',
  routes: [
    route({
      name: 'crowd-new',
      path: '/sites/:siteId/crowd/new',
      freshFor: 'siteId',
      page: () => import('./CrowdNewPage.tsx').then((m) => m.CrowdNewPage),
    }),
    route({
      name: 'crowd',
      path: '/crowd/:id',
      freshFor: 'id',
      page: () => import('./CrowdSimulationPage.tsx').then((m) => m.CrowdSimulationPage),
    }),
  ],
  section: 'sites',
  recordKinds: { 'crowd-simulation': 'crowd' },
  // A simulation of a site one may only read is a record of one's own organisation: any access will do.
  actions: { 'crowd.start': { role: 'analyst', access: ['owner', 'edit', 'read'] } },
  dictionary: {
    en: crowdEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.crowdFr),
    es: () => import('./i18n/es.ts').then((m) => m.crowdEs),
    it: () => import('./i18n/it.ts').then((m) => m.crowdIt),
  },
});
