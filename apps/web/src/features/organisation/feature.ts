import { defineFeature, route } from '../defineFeature.ts';
import { organisationEn } from './i18n/en.ts';

/** The organisation one acts for: its details, its members and their roles, its invitations. */
export const organisationFeature = defineFeature({
  area: 'organisation',
  routes: [
    route({
      name: 'organisation',
      path: '/organisation',
      page: () => import('./OrganisationPage.tsx').then((m) => m.OrganisationPage),
    }),
    route({
      name: 'members',
      path: '/members',
      page: () => import('./MembersPage.tsx').then((m) => m.MembersPage),
    }),
  ],
  nav: [
    { label: 'nav.organisation', to: { name: 'organisation' }, matches: ['organisation'], order: 30 },
    { label: 'nav.members', to: { name: 'members' }, matches: ['members'], order: 40 },
  ],
  dictionary: {
    en: organisationEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.organisationFr),
    es: () => import('./i18n/es.ts').then((m) => m.organisationEs),
    it: () => import('./i18n/it.ts').then((m) => m.organisationIt),
  },
});
