import { defineFeature, route } from '../defineFeature.ts';
import { homeEn } from './i18n/en.ts';

/** The home page of an organisation: its sites and their protection, what waits, recent activity. */
export const homeFeature = defineFeature({
  area: 'home',
  routes: [route({ name: 'home', path: '/', page: () => import('./HomePage.tsx').then((m) => m.HomePage) })],
  nav: [{ label: 'nav.home', to: { name: 'home' }, matches: ['home'], order: 10 }],
  dictionary: {
    en: homeEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.homeFr),
    es: () => import('./i18n/es.ts').then((m) => m.homeEs),
    it: () => import('./i18n/it.ts').then((m) => m.homeIt),
  },
});
