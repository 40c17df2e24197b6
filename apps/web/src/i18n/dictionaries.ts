import type { Locale } from '@pactesur/contracts';
import { FEATURES } from '../features/index.ts';
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { SHELL_DICTIONARY } from './shellDictionary.ts';

/**
 * The dictionary of a language other than English: the shell's slices and every feature's slice of it,
 * fetched in parallel and merged. Each slice is typed against its English slice, and the features and the
 * shell together are the keys of English, so the merge is a complete dictionary.
 */
async function loadSlices(locale: Exclude<Locale, 'en'>): Promise<Messages> {
  const slices = await Promise.all(
    [SHELL_DICTIONARY, ...FEATURES.map((f) => f.dictionary)].map((d) => d[locale]()),
  );
  return Object.assign({}, ...slices) as Messages;
}

/**
 * The dictionary of each language. English is in the first chunk (its slices are also the shape every other
 * language's slices are checked against); French, Spanish and Italian are loaded when chosen, slice by
 * slice (a small chunk per feature and language), so the sign-in page carries one language, not four.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  fr: () => loadSlices('fr'),
  es: () => loadSlices('es'),
  it: () => loadSlices('it'),
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
