/**
 * Formats an area in square metres, rounded to the whole square metre with the locale's grouping.
 * Public spaces are compared in m², so large areas stay in m² rather than switching to hectares.
 *
 * @example formatArea(5600.4, 'en') // '5,600 m²'
 */
export function formatArea(m2: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(m2))} m²`;
}

/**
 * Formats a count (nodes, people …) with the locale's grouping; null and non-finite values give `none`.
 *
 * @example formatCount(12345, 'fr', '—') // '12 345' (narrow no-break space)
 */
export function formatCount(value: number | null | undefined, locale: string, none: string): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? none
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A file size for people: bytes, kB or MB (powers of 1000), one decimal above a kilobyte.
 *
 * @example formatBytes(1_753_893, 'en') // '1.8 MB'
 */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
