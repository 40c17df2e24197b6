import { describe, expect, it } from 'vitest';
import { formatArea, formatBytes, formatCount, formatEuros, formatMeasure, formatMetres } from './numbers.ts';

describe('formatArea', () => {
  it('rounds to the whole square metre with the grouping of the language', () => {
    expect(formatArea(5600.4, 'en')).toBe('5,600 m²');
    expect(formatArea(8349.6, 'de')).toBe('8.350 m²');
    expect(formatArea(12_345.2, 'fr')).toBe('12\u202f345 m²');
    expect(formatArea(0.4, 'it')).toBe('0 m²');
  });
});

describe('formatCount', () => {
  it('groups digits and shows the placeholder for missing values', () => {
    expect(formatCount(1_234_567, 'en', '—')).toBe('1,234,567');
    expect(formatCount(null, 'en', '—')).toBe('—');
    expect(formatCount(Number.NaN, 'es', '—')).toBe('—');
  });
});

describe('formatBytes', () => {
  it('picks the unit and keeps one decimal above a kilobyte', () => {
    expect(formatBytes(999, 'en')).toBe('999 B');
    expect(formatBytes(244_563, 'en')).toBe('244.6 kB');
    expect(formatBytes(1_753_893, 'fr')).toBe('1,8 MB');
  });
});

describe('formatMeasure', () => {
  it('rounds as asked, never under-stating a speed rounded up', () => {
    expect(formatMeasure(47.2, 'km/h', 'en', 'up')).toBe('48\u00a0km/h');
    expect(formatMeasure(62.0000000001, 'km/h', 'en', 'up')).toBe('62\u00a0km/h');
    expect(formatMeasure(47.8, 'km/h', 'en', 'down')).toBe('47\u00a0km/h');
    expect(formatMeasure(1780.4, 'kJ', 'fr')).toBe('1\u202f780\u00a0kJ');
    expect(formatMeasure(74.6, '°', 'en')).toBe('75°');
  });
});

describe('formatMeasure near zero', () => {
  it('never shows a negative zero', () => {
    expect(formatMeasure(-0.0004, 'kJ', 'en', 'up')).toBe('0\u00a0kJ');
    expect(formatMeasure(-0.2, 'm', 'fr')).toBe('0\u00a0m');
  });
});

describe('formatEuros', () => {
  it('shows whole euros with the sign where the language puts it', () => {
    expect(formatEuros(32_500, 'en')).toBe('€32,500');
    expect(formatEuros(32_499.6, 'en')).toBe('€32,500');
    expect(formatEuros(32_500, 'fr')).toBe('32\u202f500\u00a0€');
    expect(formatEuros(0, 'it')).toBe('0\u00a0€');
  });
});

describe('formatMetres', () => {
  it('keeps one decimal when there is one', () => {
    expect(formatMetres(9.5, 'en')).toBe('9.5\u00a0m');
    expect(formatMetres(9.46, 'fr')).toBe('9,5\u00a0m');
    expect(formatMetres(6, 'it')).toBe('6\u00a0m');
  });
});
