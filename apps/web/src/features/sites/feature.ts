import { defineFeature, route } from '../defineFeature.ts';
import { sitesEn } from './i18n/en.ts';

/** The register of public spaces: the list and its map, the import from OpenStreetMap, a site. */
export const sitesFeature = defineFeature({
  area: 'sites',
  routes: [
    route({ name: 'sites', path: '/sites', page: () => import('./SitesPage.tsx').then((m) => m.SitesPage) }),
    route({
      name: 'site-import',
      path: '/sites/import',
      page: () => import('./SiteImportPage.tsx').then((m) => m.SiteImportPage),
    }),
    route({
      name: 'site',
      path: '/sites/:id',
      freshFor: 'id',
      page: () => import('./SitePage.tsx').then((m) => m.SitePage),
    }),
  ],
  nav: [{ label: 'nav.sites', to: { name: 'sites' }, matches: ['sites', 'site', 'site-import'], order: 60 }],
  recordKinds: { site: 'site' },
  actions: { 'site.register': { role: 'editor', access: ['owner', 'edit', 'read'] } },
  dictionary: {
    en: sitesEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.sitesFr),
    es: () => import('./i18n/es.ts').then((m) => m.sitesEs),
    it: () => import('./i18n/it.ts').then((m) => m.sitesIt),
  },
});
