import { defineFeature, route } from '../defineFeature.ts';
import { alertsEn } from './i18n/en.ts';

/** Public alerts (ALERTS.md): OASIS CAP 1.2 messages composed in every language, approved by a second person, published. */
export const alertsFeature = defineFeature({
  area: 'alerts',
  routes: [
    route({
      name: 'alerts',
      path: '/alerts',
      page: () => import('./AlertsPage.tsx').then((m) => m.AlertsPage),
    }),
    route({
      name: 'alert-new',
      path: '/alerts/new',
      page: () => import('./NewAlertPage.tsx').then((m) => m.NewAlertPage),
    }),
    route({
      name: 'alert',
      path: '/alerts/:id',
      freshFor: 'id',
      page: () => import('./AlertPage.tsx').then((m) => m.AlertPage),
    }),
  ],
  nav: [{ label: 'nav.alerts', to: { name: 'alerts' }, matches: ['alerts', 'alert', 'alert-new'], order: 42 }],
  recordKinds: { alert: 'alert' },
  actions: {
    'alert.create': { role: 'editor', access: ['owner', 'edit', 'read'] },
  },
  dictionary: {
    en: alertsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.alertsFr),
    es: () => import('./i18n/es.ts').then((m) => m.alertsEs),
    it: () => import('./i18n/it.ts').then((m) => m.alertsIt),
  },
});
