import { defineFeature, route } from '../defineFeature.ts';
import { auditEn } from './i18n/en.ts';

/** The audit log of the organisation, for its admins. */
export const auditFeature = defineFeature({
  area: 'audit',
  routes: [
    route({ name: 'audit', path: '/audit', page: () => import('./AuditPage.tsx').then((m) => m.AuditPage) }),
  ],
  nav: [{ label: 'nav.audit', to: { name: 'audit' }, matches: ['audit'], order: 80, adminOnly: true }],
  dictionary: {
    en: auditEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.auditFr),
    es: () => import('./i18n/es.ts').then((m) => m.auditEs),
    it: () => import('./i18n/it.ts').then((m) => m.auditIt),
  },
});
