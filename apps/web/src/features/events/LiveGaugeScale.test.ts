import { describe, expect, it } from 'vitest';
import { densityGauge } from './LiveGaugeScale.ts';

describe('densityGauge', () => {
  it('lays the four levels of 2 / 4 / 5 persons/m² end to end up to 1.4 × the critical density', () => {
    const gauge = densityGauge(3, [2, 4, 5]);
    expect(gauge.max).toBe(7);
    expect(gauge.bands.map((b) => [b.level, b.from, b.to])).toEqual([
      ['normal', 0, 2],
      ['busy', 2, 4],
      ['unstable', 4, 5],
      ['critical', 5, 7],
    ]);
    expect(gauge.bands.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(1, 10);
    expect(gauge.bands[2]?.start).toBeCloseTo(4 / 7, 10);
    expect(gauge.marker).toBeCloseTo(3 / 7, 10);
  });

  it('stretches to a density beyond its end, and puts no density at the start', () => {
    const beyond = densityGauge(9, [2, 4, 5]);
    expect(beyond.max).toBe(9);
    expect(beyond.marker).toBe(1);
    expect(beyond.bands.at(-1)).toMatchObject({ from: 5, to: 9 });
    expect(densityGauge(Number.NaN, [2, 4, 5]).marker).toBe(0);
    expect(densityGauge(-1, [1.5, 3, 4]).marker).toBe(0);
  });
});
