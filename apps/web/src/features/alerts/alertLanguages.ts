import { LOCALES, type Locale } from '@pactesur/contracts';

/**
 * The languages an alert is written in, as CAP names them (RFC 3066: `fr-FR`, `en-GB`). A city's profile
 * lists the languages it publishes in (Nice: French, English, Italian), by their base tag; the region is
 * the city's country when the language is spoken there (`fr` in Belgium is `fr-BE`), else the language's
 * own country in Europe.
 */

/** The usual European region of a language, when the city's country is not one where it is spoken. */
const HOME_REGION: Readonly<Record<string, string>> = {
  fr: 'FR',
  en: 'GB',
  it: 'IT',
  es: 'ES',
  de: 'DE',
  nl: 'NL',
  pt: 'PT',
  el: 'GR',
  pl: 'PL',
  ro: 'RO',
  sv: 'SE',
  fi: 'FI',
  da: 'DK',
  ca: 'ES',
};

/** Languages spoken officially in a country, where more than the obvious one (the region stays the city's). */
const SPOKEN_IN: Readonly<Record<string, readonly string[]>> = {
  BE: ['fr', 'nl', 'de'],
  CH: ['fr', 'de', 'it'],
  LU: ['fr', 'de'],
  IE: ['en'],
  MT: ['en'],
  CY: ['el'],
  AT: ['de'],
  FI: ['fi', 'sv'],
  ES: ['es', 'ca'],
};

/** Languages offered in the new alert form beside the city's own. */
export const LANGUAGE_CHOICES = ['fr-FR', 'en-GB', 'it-IT', 'es-ES', 'de-DE', 'nl-NL'] as const;

const BASE = /^[a-z]{2,3}$/;

/**
 * The CAP language tag of a base language for a city of `country`.
 *
 * @example languageTag('fr', 'BE') // 'fr-BE'
 * @example languageTag('en', 'FR') // 'en-GB'
 */
export function languageTag(base: string, country: string | null): string | null {
  const lang = base.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!BASE.test(lang)) return null;
  const region = country?.toUpperCase() ?? '';
  if (region && (SPOKEN_IN[region]?.includes(lang) || HOME_REGION[lang] === region)) return `${lang}-${region}`;
  const home = HOME_REGION[lang];
  return home ? `${lang}-${home}` : lang;
}

/**
 * The languages a new alert starts with: those of the city's profile, else the user's own language.
 *
 * @example defaultLanguages({ languages: ['fr', 'en', 'it'], country: 'FR' }, 'es') // ['fr-FR', 'en-GB', 'it-IT']
 */
export function defaultLanguages(
  org: { readonly languages: readonly string[]; readonly country: string | null } | null,
  userLocale: Locale,
): string[] {
  const tags = (org?.languages ?? []).flatMap((l) => languageTag(l, org?.country ?? null) ?? []);
  const unique = [...new Set(tags)];
  return unique.length > 0 ? unique : [languageTag(userLocale, null) ?? userLocale];
}

/** The languages to offer: the fixed choices, and any other the city publishes in, in a stable order. */
export function languageChoices(defaults: readonly string[]): string[] {
  return [...new Set<string>([...defaults, ...LANGUAGE_CHOICES])];
}

/** The interface language whose words fill in a template for a language of the alert, if there is one. */
export function localeOfLanguage(tag: string): Locale | null {
  const base = tag.toLowerCase().split('-')[0];
  return LOCALES.find((l) => l === base) ?? null;
}

/**
 * A language tag's name in the reader's language (`fr-FR` → "French (France)"), the tag itself where the
 * browser cannot name it.
 */
export function languageName(tag: string, readerLocale: string): string {
  try {
    return new Intl.DisplayNames([readerLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
