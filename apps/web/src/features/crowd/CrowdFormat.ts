import { useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

export interface CrowdFormat {
  /** A time in seconds: `45 s`, `2 min 05 s`; null gives the "none" mark. */
  readonly time: (seconds: number | null | undefined) => string;
  /** People per m², one decimal: `4.3 persons/m²`. */
  readonly density: (value: number) => string;
  /** People per second, one decimal: `1.6 persons/s`. */
  readonly flow: (value: number) => string;
  /** Metres, one decimal: `3.5 m`. */
  readonly metres: (value: number) => string;
  /** A number with at most `digits` decimals in the interface language. */
  readonly decimal: (value: number, digits?: number) => string;
}

/** Figures of crowd simulations in the interface language. */
export function useCrowdFormat(): CrowdFormat {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    const decimal = (value: number, digits = 1) => {
      let f = formats.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        formats.set(digits, f);
      }
      return f.format(value);
    };
    const time = (seconds: number | null | undefined) => {
      if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return t('common.none');
      const whole = Math.round(seconds);
      if (whole < 60) return t('crowdUnit.seconds', { s: whole });
      return t('crowdUnit.minutes', { m: Math.floor(whole / 60), s: String(whole % 60).padStart(2, '0') });
    };
    return {
      time,
      decimal,
      density: (v) => t('crowdUnit.density', { value: decimal(v, 1) }),
      flow: (v) => t('crowdUnit.flow', { value: decimal(v, 1) }),
      metres: (v) => t('crowdUnit.metres', { value: decimal(v, 1) }),
    };
  }, [t, locale]);
}
