import { defineFeature, route } from '../defineFeature.ts';
import { webhooksEn } from './i18n/en.ts';

/** Webhooks: the acting organisation's receivers of its events, for its admins (the API allows no one else). */
export const webhooksFeature = defineFeature({
  area: 'webhooks',
  routes: [
    route({ name: 'webhooks', path: '/webhooks', page: () => import('./WebhooksPage.tsx').then((m) => m.WebhooksPage) }),
    route({
      name: 'webhook',
      path: '/webhooks/:id',
      freshFor: 'id',
      page: () => import('./WebhookPage.tsx').then((m) => m.WebhookPage),
    }),
  ],
  nav: [
    { label: 'nav.webhooks', to: { name: 'webhooks' }, matches: ['webhooks', 'webhook'], order: 90, adminOnly: true },
  ],
  actions: { 'webhook.manage': { role: 'admin', access: ['owner'] } },
  dictionary: {
    en: webhooksEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.webhooksFr),
    es: () => import('./i18n/es.ts').then((m) => m.webhooksEs),
    it: () => import('./i18n/it.ts').then((m) => m.webhooksIt),
  },
});
