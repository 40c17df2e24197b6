import { describe, expect, it } from 'vitest';
import { formatMeasure } from '../../i18n/numbers.ts';
import { formatDecimal, formatShare, indicatorValueText, type IndicatorFormats } from './numberFormats.ts';

const formats = (locale: string): IndicatorFormats => ({
  locale,
  formatCount: (v) => new Intl.NumberFormat(locale).format(v),
  formatMeasure: (v, unit, round) => formatMeasure(v, unit, locale, round),
  people: (n) => `${n} people`,
  measures: (n) => `${n} measures`,
});

describe('number formats', () => {
  it('writes shares as whole percents in the reader’s language', () => {
    expect(formatShare(0.375, 'en')).toBe('38%');
    expect(formatShare(0.375, 'fr').replace(/\s/gu, ' ')).toBe('38 %');
    expect(formatShare(0, 'es').replace(/\s/gu, ' ')).toBe('0 %');
  });

  it('writes decimals with the reader’s separator', () => {
    expect(formatDecimal(83.3333, 'en')).toBe('83.3');
    expect(formatDecimal(83.3333, 'it')).toBe('83,3');
    expect(formatDecimal(18, 'fr', 1)).toBe('18');
  });

  it('gives each indicator unit its own text', () => {
    const en = formats('en');
    expect(indicatorValueText(0.42, 'share', en)).toBe('42%');
    expect(indicatorValueText(1780.2, 'kJ', en)).toBe('1,781\u00a0kJ');
    expect(indicatorValueText(4000, 'people', en)).toBe('4,000 people');
    expect(indicatorValueText(14, 'count', en)).toBe('14 measures');
  });
});
