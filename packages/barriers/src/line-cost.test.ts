import { describe, expect, it } from 'vitest';
import type { BarrierProduct } from './barrier-product.ts';
import { DEFAULT_CATALOGUE } from './default-catalogue.ts';
import {
  costPerMetreEur,
  lineCost,
  maintenancePerMetreEur,
  openedWidthM,
  unitsToCover,
} from './line-cost.ts';

const product = (id: string): BarrierProduct => {
  const p = DEFAULT_CATALOGUE.find((q) => q.id === id);
  if (!p) throw new Error(id);
  return p;
};
const fixed = product('bollard-fixed-n3c-48'); // 0.3 m wide, 1.2 m gaps, €6500
const automatic = product('bollard-automatic-n3c-48');
const temporary = product('temporary-barrier-n2a-48'); // continuous, 2.5 m sections, €1250/m

describe('line cost', () => {
  it('covers a permeable gap with ceil((w + gap) / (unit + gap)) units', () => {
    expect(unitsToCover(fixed, 6)).toBe(5); // ceil(7.2 / 1.5)
    expect(unitsToCover(fixed, 0.3)).toBe(1);
    expect(unitsToCover(fixed, 1.8)).toBe(2); // 2 × 0.3 + 1.2 = 1.8 exactly: rounding adds no unit
    expect(unitsToCover(fixed, 3.3)).toBe(3);
    expect(unitsToCover(fixed, 3.31)).toBe(4);
    expect(unitsToCover(fixed, 0)).toBe(0);
    expect(lineCost(fixed, 6)).toEqual({ units: 5, installEur: 32_500, maintenancePerYearEur: 0 });
    expect(lineCost(automatic, 6)).toEqual({ units: 5, installEur: 200_000, maintenancePerYearEur: 15_000 });
  });

  it('prices a continuous line per metre', () => {
    expect(lineCost(temporary, 6)).toEqual({ units: 3, installEur: 7500, maintenancePerYearEur: 0 });
    expect(lineCost(temporary, 0)).toEqual({ units: 0, installEur: 0, maintenancePerYearEur: 0 });
  });

  it('the n units always span the gap, with gaps no wider than the clear gap', () => {
    for (let w = 0.05; w < 40; w += 0.05) {
      const n = unitsToCover(fixed, w);
      const gap = fixed.clearGapM ?? 0;
      expect(n * fixed.unitWidthM + (n - 1) * gap).toBeGreaterThanOrEqual(w - 1e-9);
      expect((n - 1) * fixed.unitWidthM + (n - 2) * gap).toBeLessThan(w);
    }
  });

  it('gives per-metre rates and opened widths', () => {
    expect(costPerMetreEur(fixed)).toBeCloseTo(6500 / 1.5, 6);
    expect(costPerMetreEur(temporary)).toBe(1250);
    expect(maintenancePerMetreEur(automatic)).toBe(2000);
    expect(openedWidthM(automatic, 6)).toBe(6);
    expect(openedWidthM(fixed, 6)).toBe(1.2);
    expect(openedWidthM(temporary, 6)).toBe(0);
  });

  it('throws a RangeError for a negative or non-finite width', () => {
    for (const w of [-1, Number.NaN, Infinity]) expect(() => lineCost(fixed, w)).toThrow(RangeError);
  });
});
