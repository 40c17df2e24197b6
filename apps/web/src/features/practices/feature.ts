import { defineFeature, route } from '../defineFeature.ts';
import { practicesEn } from './i18n/en.ts';

/**
 * Promising practices (KNOWLEDGE.md): what the network's cities did to keep their public spaces open and
 * safe, searched in any language with facets and a map; a practice's page with every section of the
 * record, its EUCPN criteria, the editorial workflow and its history; the editor of a practice's texts
 * in the language they are written in and their translations.
 */
export const practicesFeature = defineFeature({
  area: 'practices',
  routes: [
    route({
      // The network's public collection: searched without an account (the public practices only).
      name: 'practices',
      path: '/practices',
      public: true,
      page: () => import('./PracticesPage.tsx').then((m) => m.PracticesPage),
    }),
    route({
      name: 'practice-new',
      path: '/practices/new',
      page: () => import('./NewPracticePage.tsx').then((m) => m.NewPracticePage),
    }),
    route({
      name: 'practice',
      path: '/practices/:id',
      public: true,
      freshFor: 'id',
      page: () => import('./PracticePage.tsx').then((m) => m.PracticePage),
    }),
  ],
  nav: [
    {
      label: 'nav.practices',
      to: { name: 'practices' },
      matches: ['practices', 'practice', 'practice-new'],
      order: 25,
    },
  ],
  actions: {
    // A practice is written by an editor of the organisation that owns it; the server says, per practice,
    // who may edit it and who may review it (`canEdit`, `canReview`).
    'practice.create': { role: 'editor', access: ['owner'] },
  },
  dictionary: {
    en: practicesEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.practicesFr),
    es: () => import('./i18n/es.ts').then((m) => m.practicesEs),
    it: () => import('./i18n/it.ts').then((m) => m.practicesIt),
  },
});
