import { describe, expect, it } from 'vitest';
import { bandOf, riskOf } from './risk.ts';

describe('risk and its band', () => {
  it('multiplies likelihood by consequence', () => {
    expect(riskOf(4, 5)).toBe(20);
    expect(riskOf(1, 1)).toBe(1);
    expect(riskOf(3, 2)).toBe(6);
  });

  it('bands 1–4 low, 5–9 medium, 10–16 high, 20–25 very high, at every boundary', () => {
    expect([1, 4].map(bandOf)).toEqual(['low', 'low']);
    expect([5, 9].map(bandOf)).toEqual(['medium', 'medium']);
    expect([10, 16].map(bandOf)).toEqual(['high', 'high']);
    expect([20, 25].map(bandOf)).toEqual(['very-high', 'very-high']);
  });

  it('never meets 17–19 from two scores, and still calls them very high', () => {
    const products = new Set<number>();
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) products.add(riskOf(l, i));
    expect([17, 18, 19].filter((r) => products.has(r))).toEqual([]);
    expect([17, 18, 19].map(bandOf)).toEqual(['very-high', 'very-high', 'very-high']);
  });
});
