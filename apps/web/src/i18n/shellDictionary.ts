import { appEn } from '../app/i18n/en.ts';
import type { Dictionary } from '../features/defineFeature.ts';
import { mapEn } from '../map/i18n/en.ts';
import { commonEn } from './common/en.ts';

/** The words that belong to no feature: the shared words, the app shell and the maps. */
export const SHELL_DICTIONARY: Dictionary<typeof commonEn & typeof appEn & typeof mapEn> = {
  en: { ...commonEn, ...appEn, ...mapEn },
  fr: async () => {
    const [common, app, map] = await Promise.all([
      import('./common/fr.ts').then((m) => m.commonFr),
      import('../app/i18n/fr.ts').then((m) => m.appFr),
      import('../map/i18n/fr.ts').then((m) => m.mapFr),
    ]);
    return { ...common, ...app, ...map };
  },
  es: async () => {
    const [common, app, map] = await Promise.all([
      import('./common/es.ts').then((m) => m.commonEs),
      import('../app/i18n/es.ts').then((m) => m.appEs),
      import('../map/i18n/es.ts').then((m) => m.mapEs),
    ]);
    return { ...common, ...app, ...map };
  },
  it: async () => {
    const [common, app, map] = await Promise.all([
      import('./common/it.ts').then((m) => m.commonIt),
      import('../app/i18n/it.ts').then((m) => m.appIt),
      import('../map/i18n/it.ts').then((m) => m.mapIt),
    ]);
    return { ...common, ...app, ...map };
  },
};
