import { defineFeature, route } from '../defineFeature.ts';
import { briefingsEn } from './i18n/en.ts';

/** Briefings: sensitive notes of an organisation, shared on purpose. */
export const briefingsFeature = defineFeature({
  area: 'briefings',
  routes: [
    route({
      name: 'briefings',
      path: '/briefings',
      page: () => import('./BriefingsPage.tsx').then((m) => m.BriefingsPage),
    }),
    route({
      name: 'briefing-new',
      path: '/briefings/new',
      page: () => import('./NewBriefingPage.tsx').then((m) => m.NewBriefingPage),
    }),
    route({
      name: 'briefing',
      path: '/briefings/:id',
      freshFor: 'id',
      page: () => import('./BriefingPage.tsx').then((m) => m.BriefingPage),
    }),
  ],
  nav: [
    {
      label: 'nav.briefings',
      to: { name: 'briefings' },
      matches: ['briefings', 'briefing', 'briefing-new'],
      order: 50,
    },
  ],
  recordKinds: { briefing: 'briefing' },
  actions: { 'briefing.create': { role: 'editor', access: ['owner', 'edit', 'read'] } },
  dictionary: {
    en: briefingsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.briefingsFr),
    es: () => import('./i18n/es.ts').then((m) => m.briefingsEs),
    it: () => import('./i18n/it.ts').then((m) => m.briefingsIt),
  },
});
