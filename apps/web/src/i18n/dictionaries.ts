import type { Locale } from '@pactesur/contracts';
import { en } from './en.ts';
import type { Messages } from './messages.ts';

/**
 * The dictionary of each language. English is in the first chunk (it is also the shape every other
 * dictionary is checked against); French, Spanish and Italian are chunks of their own, loaded when chosen,
 * so the sign-in page carries one language, not four.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr.ts').then((m) => m.fr),
  es: () => import('./es.ts').then((m) => m.es),
  it: () => import('./it.ts').then((m) => m.it),
};

const loaded = new Map<Locale, Messages>([['en', en]]);

/** The dictionary of `locale` if it is already loaded. */
export function loadedDictionary(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** The dictionary of `locale`, loaded once. */
export async function loadDictionary(locale: Locale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  const messages = await LOADERS[locale]();
  loaded.set(locale, messages);
  return messages;
}

/** Each language is offered under its own name, whatever the current language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
};
