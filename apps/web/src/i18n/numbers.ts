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

/**
 * A measured quantity with its unit, in whole units with the language's grouping. `round: 'up'` never
 * shows less than the value (impact speeds and energies must not be under-stated, HVM.md §6); `'down'` is
 * for the low end of a band.
 *
 * @example formatMeasure(47.2, 'km/h', 'en', 'up') // '48 km/h'
 * @example formatMeasure(1780.4, 'kJ', 'fr') // '1 780 kJ' (narrow no-break space)
 */
export function formatMeasure(
  value: number,
  unit: string,
  locale: string,
  round: 'up' | 'down' | 'nearest' = 'nearest',
): string {
  // A hair of tolerance so that 62.000000001 (floating-point noise) stays 62.
  const whole =
    round === 'up'
      ? Math.ceil(value - 1e-6)
      : round === 'down'
        ? Math.floor(value + 1e-6)
        : Math.round(value);
  // A value just under zero (floating-point noise) is shown as 0, not "-0".
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(whole === 0 ? 0 : whole);
  return unit === '°' ? `${number}°` : `${number}\u00a0${unit}`;
}

/**
 * An amount in euros, whole euros with the language's grouping and placement of the sign. Costs of a plan
 * are planning estimates: cents would claim a precision they do not have.
 *
 * @example formatEuros(32500, 'en') // '€32,500'
 * @example formatEuros(32500, 'fr') // '32 500 €' (narrow no-break space, no-break space)
 */
export function formatEuros(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(Math.round(value));
}

/**
 * A length in metres to the decimetre, as a bill of quantities gives it.
 *
 * @example formatMetres(9.5, 'en') // '9.5 m'
 * @example formatMetres(6, 'fr') // '6 m'
 */
export function formatMetres(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round(value * 10) / 10)}\u00a0m`;
}
