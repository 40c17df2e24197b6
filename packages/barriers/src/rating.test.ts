import { describe, expect, it } from 'vitest';
import { formatRating } from './format-rating.ts';
import { parseRating } from './parse-rating.ts';
import { penetrationUpperBoundM, type Rating } from './rating.ts';

function parsed(text: string): Rating {
  const r = parseRating(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
}

/** Canonical strings: each must parse, print back unchanged, and parse to the same record. */
const CANONICAL: Readonly<Record<string, readonly string[]>> = {
  'IWA 14-1': [
    'V/7200[N3C]/48/90:0.0',
    'V/7200[N3C]/64/90:1.25',
    'V/1500[M1]/48/90:0.5',
    'V/2500[N1G]/32/45:3.7',
    'V/7200[N2A]/48/90:0.0/12.5',
    'V/30000[N3F]/48/90:0.6/20.0/C',
    'IWA 14-1:2013 V/7200[N3C]/80/90:0.0',
  ],
  'ISO 22343-1': ['ISO 22343-1 V/7200[N3C]/48/90:0.0', 'ISO 22343-1:2023 V/7200[N2A]/64/30:2.2/7.5/Ap'],
  'PAS 68': [
    'V/7500(N3)/48/90:0.0',
    'V/7500(N3)/48/90:0.0/15.0',
    'PAS 68:2010 V/7500(N3)/48/90:0.0',
    'PAS 68:2013 V/1500(M1)/32/90:5.4/B',
  ],
  'PAS 170': ['PAS 170 V/1500(M1)/32/90:5.0', 'PAS 170:2017 V/2500(N1G)/16/90:1.5'],
  'ASTM F2656': ['M50/P1', 'M30/P2', 'C40/P3', 'P60/P1', 'PU50/P4', 'H30/P1', 'ASTM F2656-15 M50/P1'],
};

describe('rating strings round-trip', () => {
  for (const [standard, strings] of Object.entries(CANONICAL)) {
    it(`${standard}: canonical strings print back unchanged and parse to the same record`, () => {
      for (const text of strings) {
        const rating = parsed(text);
        expect(rating.standard).toBe(standard);
        expect(formatRating(rating)).toBe(text);
        expect(parsed(formatRating(rating))).toEqual(rating);
      }
    });
  }

  it('reads every field of an IWA 14-1 string as tested', () => {
    expect(parsed('V/7200[N3C]/48/90:0.0')).toEqual({
      standard: 'IWA 14-1',
      massKg: 7200,
      vehicleClass: 'N3C',
      speedKmh: 48,
      angleDeg: 90,
      penetrationM: 0,
    });
    expect(parsed('V/7200[N2A]/48/90:2.35/11.5')).toMatchObject({
      vehicleClass: 'N2A',
      penetrationM: 2.35,
      dispersionM: 11.5,
    });
  });

  it('names the standard from the prefix; an unprefixed bracket form is IWA 14-1', () => {
    expect(parsed('ISO 22343-1: V/7200[N3C]/48/90:0.0').standard).toBe('ISO 22343-1');
    expect(parsed('ISO 22343-1:V/7200[N3C]/48/90:0.0').standard).toBe('ISO 22343-1');
    expect(parsed('IWA 14-1: V/7200[N3C]/48/90:0.0')).toEqual(parsed('V/7200[N3C]/48/90:0.0'));
    expect(parsed('IWA 14-1:2013 V/7200[N3C]/48/90:0.0').edition).toBe('2013');
    expect(parsed('iso22343-1 v/7200 [n3c] / 48 / 90 : 0.0').vehicleClass).toBe('N3C');
  });

  it('is tolerant of PAS 68 prefixes and years, and keeps PAS 170 apart', () => {
    for (const text of [
      'PAS 68:2010 V/7500(N3)/48/90:0.0',
      'PAS68 V/7500(N3)/48/90:0.0',
      'BSI PAS 68:2013: V/7500(N3)/48/90:0.0',
    ])
      expect(parsed(text)).toMatchObject({ standard: 'PAS 68', massKg: 7500, vehicleClass: 'N3' });
    expect(parsed('PAS 170-1:2017 V/1500(M1)/32/90:5.0')).toMatchObject({
      standard: 'PAS 170',
      edition: '2017',
      speedKmh: 32,
      penetrationM: 5,
    });
  });

  it('reads ASTM F2656 designations with the nominal mph and a km/h that never exceeds it', () => {
    const m50 = parsed('M50/P1');
    expect(m50).toEqual({
      standard: 'ASTM F2656',
      massKg: 6800,
      vehicleClass: 'M',
      speedMph: 50,
      speedKmh: 80.4,
      angleDeg: 90,
      penetrationBand: 'P1',
    });
    expect(penetrationUpperBoundM(m50)).toBe(1);
    expect(parsed('C40/P1')).toMatchObject({ massKg: 1100, speedKmh: 64.3 });
    expect(parsed('P60/P1')).toMatchObject({ massKg: 2270, speedKmh: 96.5 });
    expect(parsed('H30/P1')).toMatchObject({ massKg: 29_500, speedKmh: 48.2 });
    expect(penetrationUpperBoundM(parsed('M50/P2'))).toBe(7);
    expect(penetrationUpperBoundM(parsed('M50/P3'))).toBe(30);
    expect(penetrationUpperBoundM(parsed('M50/P4'))).toBe(Infinity);
    for (const text of [
      'ASTM F2656 M50/P1',
      'm50-p1',
      'M50 P1',
      'ASTM F2656/F2656M-20: M50/P1',
      'F2656 M50/P1',
    ])
      expect(formatRating(parsed(text)).endsWith('M50/P1')).toBe(true);
    for (const [code, mph] of [
      ['C', 60],
      ['P', 40],
      ['PU', 60],
      ['M', 30],
      ['H', 50],
    ] as const) {
      const r = parsed(`${code}${mph}/P1`);
      expect(r.speedKmh).toBeLessThanOrEqual(mph * 1.609344);
      expect(r.speedKmh).toBeGreaterThan(mph * 1.609344 - 0.1);
    }
  });

  it('accepts pasted typography: no-break spaces, typographic dashes, degree signs, decimal commas', () => {
    expect(parsed('IWA\u00a014\u20111: V/7200[N3C]/48/90°:0,0')).toEqual(parsed('V/7200[N3C]/48/90:0.0'));
  });
});
