/**
 * The countries offered for a practice and its legal prerequisites: the European Union, its neighbours and
 * the other members of the Council of Europe. A record's own country is offered too, whatever it is.
 */
export const COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'AL',
  'AD',
  'AM',
  'AZ',
  'BA',
  'GE',
  'IS',
  'LI',
  'MD',
  'MC',
  'ME',
  'MK',
  'NO',
  'RS',
  'SM',
  'CH',
  'TR',
  'UA',
  'GB',
] as const;

/** Countries to offer, each once, sorted by their name in the reader's language. */
export function countryChoices(locale: string, also: readonly string[] = []): string[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return [...new Set([...COUNTRIES, ...also])]
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((c) => c.code);
}
