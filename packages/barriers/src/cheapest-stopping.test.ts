import { describe, expect, it } from 'vitest';
import type { BarrierProduct } from './barrier-product.ts';
import { cheapestStopping, matchesFilter } from './cheapest-stopping.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';
import { lineCost } from './line-cost.ts';
import { parseCatalogue } from './parse-catalogue.ts';
import { stops } from './stops.ts';
import { pick, prng } from './test-random.ts';

const car = { massKg: 1500 };
const truck = { massKg: 7200 };

describe('cheapestStopping', () => {
  it('picks the cheapest product per metre that stops the threat', () => {
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90)?.product.id).toBe('bench-n1g-48');
    expect(cheapestStopping(DEFAULT_CATALOGUE, truck, 40, 90)?.product.id).toBe('bollard-fixed-n3c-48');
    expect(cheapestStopping(DEFAULT_CATALOGUE, truck, 60, 90)?.product.id).toBe('bollard-fixed-n3c-64');
    expect(cheapestStopping(DEFAULT_CATALOGUE, { massKg: 18_000 }, 48, 90)?.product.id).toBe(
      'bollard-fixed-n3f-48',
    );
    expect(cheapestStopping(DEFAULT_CATALOGUE, { massKg: 40_000 }, 20, 90)).toBeUndefined();
    expect(cheapestStopping(DEFAULT_CATALOGUE, truck, 80, 90)?.product.id).toBe('bollard-fixed-n3c-80');
    expect(cheapestStopping(DEFAULT_CATALOGUE, truck, 81, 90)).toBeUndefined();
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 45)).toBeUndefined();
  });

  it('costs the actual line when a width is given, with maintenance years', () => {
    // 6 m: five bollards (€32 500) beat three benches or planters (€37 500)
    const best = cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { widthM: 6 });
    expect(best?.product.id).toBe('bollard-fixed-n3c-48');
    expect(best?.costEur).toBe(32_500);
    // 1.5 m: one bench (€12 500) beats two bollards (€13 000)
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { widthM: 1.5 })?.product.id).toBe(
      'bench-n1g-48',
    );
    const active = cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, {
      widthM: 6,
      maintenanceYears: 10,
      minOpenWidthM: 3.1,
    });
    // A removable bollard (opened by hand) is the cheapest that opens, maintenance included.
    expect(active?.product.id).toBe('bollard-removable-n3c-48');
    expect(active?.costEur).toBe(5 * 8000 + 10 * 5 * 500);
  });

  it('applies the filter: pedestrian lines, emergency routes, kinds, looks, temporary, stand-off', () => {
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { looks: ['landscaping'] })?.product.id).toBe(
      'planter-m1-48',
    );
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { kinds: ['bollard-fixed'] })?.product.id).toBe(
      'bollard-fixed-n3c-48',
    );
    expect(
      cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { minOpenWidthM: 3.1, widthM: 2 }),
    ).toBeUndefined();
    expect(cheapestStopping(DEFAULT_CATALOGUE, truck, 40, 90, { deployment: 'temporary' })).toBeUndefined();
    expect(
      cheapestStopping(DEFAULT_CATALOGUE, truck, 40, 90, {
        deployment: 'temporary',
        stops: { maxPenetrationM: 3 },
      })?.product.id,
    ).toBe('temporary-barrier-n2a-48');
    expect(cheapestStopping(DEFAULT_CATALOGUE, car, 40, 90, { maxClearGapM: 1.0 })).toBeUndefined();
    expect(cheapestStopping([], car, 40, 90)).toBeUndefined();
  });

  it('breaks ties by id, whatever the catalogue order', () => {
    const base = DEFAULT_CATALOGUE.find((p) => p.id === 'bollard-fixed-n3c-48');
    if (!base) throw new Error('missing');
    const twins: BarrierProduct[] = [
      { ...base, id: 'z-twin' },
      { ...base, id: 'a-twin' },
    ];
    expect(cheapestStopping(twins, car, 40, 90)?.product.id).toBe('a-twin');
    expect(cheapestStopping([...twins].reverse(), car, 40, 90)?.product.id).toBe('a-twin');
  });

  it('on generated catalogues: the choice stops the threat, passes the filter, and nothing eligible is cheaper', () => {
    const rnd = prng(21);
    const ratings = [
      'V/1500[M1]/32/90:0.0',
      'V/2500[N1G]/48/90:0.5',
      'V/7200[N3C]/48/90:0.0',
      'V/7200[N3C]/64/90:1.5',
      'M50/P1',
      'V/30000[N3F]/48/45:0.6',
    ];
    for (let i = 0; i < 200; i++) {
      const items = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, k) => {
        const permeable = rnd() < 0.7;
        return {
          id: `p${k}`,
          name: `product ${k}`,
          kind: permeable ? 'bollard-fixed' : 'wall-fence',
          rating: pick(rnd, ratings),
          foundation: 'C',
          layout: permeable ? 'permeable' : 'continuous',
          ...(permeable
            ? { clearGapM: 0.5 + rnd(), costPerUnitEur: Math.round(rnd() * 20_000) }
            : { costPerMetreEur: Math.round(rnd() * 5000) }),
          operation: 'passive',
          deployment: 'permanent',
          unitWidthM: 0.2 + rnd() * 2,
          look: 'street-furniture',
        };
      });
      const catalogue = parseCatalogue(items);
      if (!catalogue.ok) throw new Error(catalogue.error.message);
      const vehicle = { massKg: pick(rnd, [1500, 2500, 7200, 18_000]) };
      const speed = rnd() * 70;
      const angle = 60 + rnd() * 30;
      const filter = { widthM: rnd() * 12, ...(rnd() < 0.5 ? { maxClearGapM: 1.2 } : {}) };
      const best = cheapestStopping(catalogue.value, vehicle, speed, angle, filter);
      const eligible = catalogue.value.filter(
        (p) => matchesFilter(p, filter) && stops(p.rating, vehicle, speed, angle),
      );
      if (!best) {
        expect(eligible).toEqual([]);
        continue;
      }
      expect(eligible).toContain(best.product);
      for (const p of eligible)
        expect(lineCost(p, filter.widthM).installEur).toBeGreaterThanOrEqual(best.costEur);
    }
  });
});
