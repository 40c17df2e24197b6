import { defineFeature, route } from '../defineFeature.ts';
import { networkEn } from './i18n/en.ts';

/** The network the navigation opens. */
const DEFAULT_NETWORK = 'pactesur-2';

/**
 * The networks of cities: their members on a map and in a table, their programme (an activity, such as an
 * exchange of officers, on a page of its own), and their calls for expressions of interest, each call on a
 * page of its own.
 */
export const networkFeature = defineFeature({
  area: 'network',
  routes: [
    route({
      name: 'network',
      path: '/networks/:slug',
      page: () => import('./NetworkPage.tsx').then((m) => m.NetworkPage),
    }),
    // A published call for expressions of interest is read by anyone, without an account.
    route({
      name: 'network-call',
      path: '/networks/:slug/calls/:id',
      public: true,
      freshFor: 'id',
      page: () => import('./calls/CallPage.tsx').then((m) => m.CallPage),
    }),
    // An activity of the programme; an exchange of officers with its host, programme and guests.
    route({
      name: 'network-activity',
      path: '/networks/:slug/activities/:id',
      freshFor: 'id',
      page: () => import('./programme/ExchangePage.tsx').then((m) => m.ExchangePage),
    }),
  ],
  nav: [
    {
      label: 'nav.network',
      to: { name: 'network', slug: DEFAULT_NETWORK },
      matches: ['network', 'network-call', 'network-activity'],
      order: 20,
    },
  ],
  dictionary: {
    en: networkEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.networkFr),
    es: () => import('./i18n/es.ts').then((m) => m.networkEs),
    it: () => import('./i18n/it.ts').then((m) => m.networkIt),
  },
});
