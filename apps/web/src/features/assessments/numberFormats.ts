import type { Indicator } from '@pactesur/contracts';

/**
 * A share (0–1) as a percentage in the reader's language, whole percents.
 *
 * @example formatShare(0.375, 'en') // '38%'
 * @example formatShare(0.375, 'fr') // '38 %' (narrow no-break space)
 */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A number with up to `digits` decimals in the reader's language.
 *
 * @example formatDecimal(83.3333, 'en', 1) // '83.3'
 * @example formatDecimal(83.3333, 'it', 1) // '83,3'
 */
export function formatDecimal(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** What formats an indicator's value: the app's own formatters in the reader's language. */
export interface IndicatorFormats {
  readonly locale: string;
  readonly formatCount: (value: number) => string;
  readonly formatMeasure: (value: number, unit: string, round?: 'up' | 'down' | 'nearest') => string;
  readonly people: (count: string) => string;
  readonly measures: (count: string) => string;
}

/**
 * An indicator's value with its unit: a share as a percentage, an energy in kJ rounded up (impact energies
 * are never under-stated), people and measures counted.
 *
 * @example indicatorValueText(0.42, 'share', formats) // '42%'
 */
export function indicatorValueText(value: number, unit: Indicator['unit'], f: IndicatorFormats): string {
  switch (unit) {
    case 'share':
      return formatShare(value, f.locale);
    case 'kJ':
      return f.formatMeasure(value, 'kJ', 'up');
    case 'people':
      return f.people(f.formatCount(value));
    case 'count':
      return f.measures(f.formatCount(value));
  }
}
