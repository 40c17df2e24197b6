import { defineFeature, route } from '../defineFeature.ts';
import { networkEn } from './i18n/en.ts';

/** The network the navigation opens. */
const DEFAULT_NETWORK = 'pactesur-2';

/** The networks of cities: their members on a map and in a table. */
export const networkFeature = defineFeature({
  area: 'network',
  routes: [
    route({
      name: 'network',
      path: '/networks/:slug',
      page: () => import('./NetworkPage.tsx').then((m) => m.NetworkPage),
    }),
  ],
  nav: [
    { label: 'nav.network', to: { name: 'network', slug: DEFAULT_NETWORK }, matches: ['network'], order: 20 },
  ],
  dictionary: {
    en: networkEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.networkFr),
    es: () => import('./i18n/es.ts').then((m) => m.networkEs),
    it: () => import('./i18n/it.ts').then((m) => m.networkIt),
  },
});
