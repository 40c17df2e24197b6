import { describe, expect, it } from 'vitest';
import { Rng } from '../prng.ts';
import { WEIDMANN_SPEED, range, sample } from './distribution.ts';

describe('sample', () => {
  it('draws the Weidmann speeds inside their bounds with the right moments', () => {
    const rng = new Rng(2);
    const xs = Array.from({ length: 20000 }, () => sample(WEIDMANN_SPEED, rng));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(2.0);
    expect(mean).toBeCloseTo(1.34, 1);
    expect(sd).toBeGreaterThan(0.23);
    expect(sd).toBeLessThan(0.27);
  });

  it('covers uniform, weibull and lognormal', () => {
    const rng = new Rng(3);
    const u = Array.from({ length: 5000 }, () => sample({ dist: 'uniform', min: 10, max: 100 }, rng));
    expect(Math.min(...u)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...u)).toBeLessThan(100);
    const w = Array.from({ length: 5000 }, () => sample({ dist: 'weibull', shape: 1, scale: 20 }, rng));
    expect(w.reduce((s, v) => s + v, 0) / w.length).toBeCloseTo(20, -1);
    const l = sample({ dist: 'lognormal', mu: 0, sigma: 1, max: 2 }, rng);
    expect(l).toBeLessThanOrEqual(2);
    expect(range({ dist: 'constant', value: 4 })).toEqual([4, 4]);
  });
});
