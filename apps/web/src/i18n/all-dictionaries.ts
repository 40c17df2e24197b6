import { LOCALES, type Locale } from '@pactesur/contracts';
import { loadDictionary } from './dictionaries.ts';
import type { Messages } from './messages.ts';

/**
 * Every dictionary at once, for tests that compare the languages (the app loads them one by one): each
 * loaded as the app loads it, slice by slice from the registry of features.
 */
export const DICTIONARIES: Readonly<Record<Locale, Messages>> = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadDictionary(locale)] as const)),
) as Record<Locale, Messages>;
