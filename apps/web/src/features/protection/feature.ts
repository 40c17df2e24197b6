import { defineFeature, route } from '../defineFeature.ts';
import { protectionEn } from './i18n/en.ts';

/** Protection plans of a site (HVM.md §4–6): a plan, its scenarios, their comparison. */
export const protectionFeature = defineFeature({
  area: 'protection',
  routes: [
    route({
      name: 'protection-new',
      path: '/sites/:siteId/protection/new',
      freshFor: 'siteId',
      page: () => import('./NewProtectionPlanPage.tsx').then((m) => m.NewProtectionPlanPage),
    }),
    route({
      name: 'protection',
      path: '/protection/:id',
      freshFor: 'id',
      page: () => import('./ProtectionPlanPage.tsx').then((m) => m.ProtectionPlanPage),
    }),
    route({
      name: 'protection-compare',
      path: '/sites/:siteId/protection/compare',
      query: ['ids'],
      freshFor: 'siteId',
      page: () => import('./ProtectionComparePage.tsx').then((m) => m.ProtectionComparePage),
    }),
  ],
  recordKinds: { 'protection-plan': 'protection' },
  actions: {
    // Planning places barriers on the site: only those who may change the site.
    'protection.start': { role: 'editor', access: ['owner', 'edit'] },
    // A scenario of a plan (re-optimising it) is for its owner organisation only, whatever a share grants.
    'protection.scenario': { role: 'editor', access: ['owner'] },
  },
  dictionary: {
    en: protectionEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.protectionFr),
    es: () => import('./i18n/es.ts').then((m) => m.protectionEs),
    it: () => import('./i18n/it.ts').then((m) => m.protectionIt),
  },
});
