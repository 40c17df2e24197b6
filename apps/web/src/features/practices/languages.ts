/**
 * The languages a practice is commonly written or translated in: the official languages of the European
 * Union, and the other languages of the network's cities. Any other ISO 639-1 code a record holds is
 * offered too.
 */
export const TEXT_LANGUAGES = [
  'en',
  'fr',
  'es',
  'it',
  'de',
  'nl',
  'pt',
  'el',
  'pl',
  'ro',
  'hu',
  'cs',
  'sk',
  'sl',
  'hr',
  'bg',
  'lt',
  'lv',
  'et',
  'fi',
  'sv',
  'da',
  'ga',
  'mt',
  'ca',
  'eu',
  'gl',
  'lb',
  'no',
  'tr',
] as const;

const namers = new Map<string, Intl.DisplayNames | null>();

/** The browser's names of languages in `locale`, made once per locale; null where it has none. */
function namer(locale: string): Intl.DisplayNames | null {
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      namers.set(locale, null);
    }
  }
  return namers.get(locale) ?? null;
}

/**
 * The name of a language (ISO 639-1) in the reader's language, as a sentence writes it (`italien` in
 * French); the code itself where the browser cannot name it.
 *
 * @example languageName('it', 'fr') // 'italien'
 */
export function languageName(code: string, locale: string): string {
  try {
    return namer(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The name of a language as a label or list shows it, with a capital (`Italien`).
 *
 * @example languageLabel('it', 'fr') // 'Italien'
 */
export function languageLabel(code: string, locale: string): string {
  const name = languageName(code, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Languages to offer: the usual ones and those given, each once, sorted by their label in the reader's language. */
export function languageChoices(locale: string, also: readonly string[] = []): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set([...TEXT_LANGUAGES, ...also])]
    .map((code) => ({ code, label: languageLabel(code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .map((l) => l.code);
}
