import { defineFeature, route } from '../defineFeature.ts';
import { notificationsEn } from './i18n/en.ts';

/**
 * The signed-in user's notifications: the bell of the header with the unread count and the latest ones,
 * kept live on the user's own channel, and the page of the whole inbox. Each notification is worded in the
 * reader's language from its facts, and opens the record it is about.
 */
export const notificationsFeature = defineFeature({
  area: 'notifications',
  routes: [
    route({
      name: 'notifications',
      path: '/notifications',
      page: () => import('./NotificationsPage.tsx').then((m) => m.NotificationsPage),
    }),
  ],
  dictionary: {
    en: notificationsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.notificationsFr),
    es: () => import('./i18n/es.ts').then((m) => m.notificationsEs),
    it: () => import('./i18n/it.ts').then((m) => m.notificationsIt),
  },
});
