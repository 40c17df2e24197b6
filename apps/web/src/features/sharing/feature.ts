import { defineFeature } from '../defineFeature.ts';
import { sharingEn } from './i18n/en.ts';

/** Sharing a record with named organisations: the panel of every sensitive record's page. */
export const sharingFeature = defineFeature({
  area: 'sharing',
  dictionary: {
    en: sharingEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.sharingFr),
    es: () => import('./i18n/es.ts').then((m) => m.sharingEs),
    it: () => import('./i18n/it.ts').then((m) => m.sharingIt),
  },
});
