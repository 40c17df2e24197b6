import { describe, expect, it } from 'vitest';
import type { BarrierProductInput } from './barrier-product.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';
import { formatRating } from './format-rating.ts';
import { parseCatalogue } from './parse-catalogue.ts';

const bollard: BarrierProductInput = {
  id: 'acme-k12',
  name: 'ACME rated bollard',
  kind: 'bollard-fixed',
  rating: 'V/7200[N3C]/48/90:0.0',
  foundation: 'B',
  layout: 'permeable',
  clearGapM: 1.2,
  operation: 'passive',
  deployment: 'permanent',
  unitWidthM: 0.25,
  costPerUnitEur: 4200,
  look: 'street-furniture',
};

const error = (input: unknown): { code: string; message: string } | null => {
  const r = parseCatalogue(input);
  return r.ok ? null : r.error;
};

describe('DEFAULT_CATALOGUE', () => {
  it('holds generic planning defaults with their source and the §5 ranges', () => {
    expect(DEFAULT_CATALOGUE.length).toBeGreaterThanOrEqual(6);
    for (const p of DEFAULT_CATALOGUE) {
      expect(p.planningDefault).toBe(true);
      expect(p.source).toContain('HVM.md §5');
      expect(p.costRangeEur).toBeDefined();
      expect(p.rating.standard).toBe('IWA 14-1');
    }
    const byId = new Map(DEFAULT_CATALOGUE.map((p) => [p.id, p]));
    expect(byId.get('bollard-fixed-n3c-48')).toMatchObject({
      costPerUnitEur: 6500,
      costRangeEur: { low: 3000, high: 10_000 },
    });
    expect(formatRating(byId.get('bollard-fixed-n3c-48')?.rating ?? DEFAULT_CATALOGUE[0]!.rating)).toBe(
      'V/7200[N3C]/48/90:0.0',
    );
    expect(byId.get('bollard-automatic-n3c-48')).toMatchObject({
      operation: 'active',
      costPerUnitEur: 40_000,
      maintenancePerYearEur: 3000,
      maintenanceRangeEur: { low: 1000, high: 5000 },
    });
    expect(byId.get('planter-m1-48')).toMatchObject({ costPerUnitEur: 12_500, look: 'landscaping' });
    expect(byId.get('temporary-barrier-n2a-48')).toMatchObject({
      layout: 'continuous',
      deployment: 'temporary',
      costPerMetreEur: 1250,
    });
  });

  it('round-trips through parseCatalogue as JSON', () => {
    const json = JSON.stringify({
      products: DEFAULT_CATALOGUE.map((p) => ({ ...p, rating: formatRating(p.rating) })),
    });
    const r = parseCatalogue(json);
    expect(r.ok && r.value).toEqual(DEFAULT_CATALOGUE);
  });
});

describe('parseCatalogue', () => {
  it('reads an array or { products }, from text or parsed JSON, with defaults filled', () => {
    for (const input of [
      [bollard],
      { products: [bollard] },
      JSON.stringify([bollard]),
      JSON.stringify({ products: [bollard] }),
    ]) {
      const r = parseCatalogue(input);
      expect(r.ok && r.value[0]).toMatchObject({
        id: 'acme-k12',
        maintenancePerYearEur: 0,
        planningDefault: false,
        rating: { massKg: 7200 },
      });
    }
  });

  it('names the item and the field at fault', () => {
    const bad = error([bollard, { ...bollard, id: 'acme-k4', unitWidthM: -0.25 }]);
    expect(bad?.code).toBe('product-invalid');
    expect(bad?.message).toContain('product 2');
    expect(bad?.message).toContain('"acme-k4"');
    expect(bad?.message).toContain('unitWidthM');
    const rating = error([{ ...bollard, rating: 'V/7200[N3C]/480/90:0.0' }]);
    expect(rating?.message).toContain('rating');
    expect(rating?.message).toContain('rating-out-of-range');
    expect(error([{ ...bollard, colour: 'grey' }])?.message).toContain('colour');
    expect(error([{ ...bollard, kind: 'moat' }])?.message).toContain('kind');
  });

  it('checks the rules between fields', () => {
    const { clearGapM: _gap, ...noGap } = bollard;
    expect(error([noGap])?.message).toContain('clearGapM');
    expect(error([{ ...bollard, layout: 'continuous', costPerMetreEur: 100 }])?.message).toContain(
      'clearGapM',
    );
    const { costPerUnitEur: _cost, ...noCost } = bollard;
    expect(error([noCost])?.message).toContain('costPerUnitEur');
    expect(error([{ ...bollard, openWidthM: 3 }])?.message).toContain('openWidthM');
    expect(error([{ ...bollard, costRangeEur: { low: 5000, high: 9000 } }])?.message).toContain(
      'costRangeEur',
    );
    expect(error([{ ...bollard, costRangeEur: { low: 9000, high: 5000 } }])?.message).toContain(
      'costRangeEur',
    );
    expect(error([{ ...bollard, rating: 'V/7200[N3C]/48/90:0.0/C' }])?.message).toContain('foundation');
    expect(parseCatalogue([{ ...bollard, rating: 'V/7200[N3C]/48/90:0.0/B' }]).ok).toBe(true);
    expect(parseCatalogue([{ ...bollard, rating: 'M50/P1' }]).ok).toBe(true);
  });

  it('refuses duplicate ids', () => {
    const r = error([bollard, { ...bollard }]);
    expect(r?.code).toBe('product-duplicate');
    expect(r?.message).toContain('product 2 repeats the id "acme-k12" of product 1');
  });

  it('refuses hostile input without throwing', () => {
    for (const input of [
      undefined,
      null,
      42,
      'null',
      '"x"',
      '{',
      '{"products":{}}',
      {},
      { products: 'x' },
      '[]',
      [],
      '\u0000',
    ])
      expect(error(input)?.code).toBe('catalogue-invalid');
    expect(error('x'.repeat(5_000_000))?.code).toBe('catalogue-invalid');
    expect(error(Array.from({ length: 2001 }, () => bollard))?.code).toBe('catalogue-invalid');
    for (const item of [
      null,
      1,
      'bollard',
      [],
      { id: '__proto__' },
      { ...bollard, id: 'Ünïcode' },
      { ...bollard, name: '' },
    ])
      expect(error([item])?.code).toBe('product-invalid');
    for (const v of [Number.NaN, Infinity, -1, 1e12, '5000'])
      expect(error([{ ...bollard, costPerUnitEur: v }])?.message).toContain('costPerUnitEur');
    expect(error([{ ...bollard, rating: 'V/7200[N3C]/48/90:0.0'.repeat(60) }])?.message).toContain('rating');
    expect(error([{ ...bollard, rating: 7200 }])?.message).toContain('rating');
    const proto = JSON.parse(
      `[${JSON.stringify(bollard).replace('{', '{"__proto__":{"polluted":1},')}]`,
    ) as unknown;
    expect(error(proto)?.message).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
