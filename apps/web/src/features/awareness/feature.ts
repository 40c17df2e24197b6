import { defineFeature, route } from '../defineFeature.ts';
import { awarenessEn } from './i18n/en.ts';

/**
 * The cities' awareness pages (KNOWLEDGE.md, PRODUCT.md): what each city tells its residents and visitors to
 * stay safe in its public spaces, in its languages, read without an account once published — the index of
 * the published pages, and a city's page with its public alerts in force and its public practices beside
 * it; the city's editors write and publish it there.
 */
export const awarenessFeature = defineFeature({
  area: 'awareness',
  routes: [
    route({
      name: 'cities',
      path: '/cities',
      public: true,
      page: () => import('./CitiesPage.tsx').then((m) => m.CitiesPage),
    }),
    route({
      name: 'city',
      path: '/cities/:slug',
      public: true,
      freshFor: 'slug',
      page: () => import('./CityPage.tsx').then((m) => m.CityPage),
    }),
  ],
  dictionary: {
    en: awarenessEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.awarenessFr),
    es: () => import('./i18n/es.ts').then((m) => m.awarenessEs),
    it: () => import('./i18n/it.ts').then((m) => m.awarenessIt),
  },
});
