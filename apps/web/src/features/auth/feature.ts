import { defineFeature, route } from '../defineFeature.ts';
import { authEn } from './i18n/en.ts';

/** Signing in, creating an account, accepting an invitation, choosing the organisation one acts for. */
export const authFeature = defineFeature({
  area: 'auth',
  routes: [
    route({
      name: 'invite',
      path: '/invite/:token',
      public: true,
      page: () => import('./InvitePage.tsx').then((m) => m.InvitePage),
    }),
  ],
  dictionary: {
    en: authEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.authFr),
    es: () => import('./i18n/es.ts').then((m) => m.authEs),
    it: () => import('./i18n/it.ts').then((m) => m.authIt),
  },
});
