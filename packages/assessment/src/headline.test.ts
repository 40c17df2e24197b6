import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline.ts';
import { content } from './test-content.ts';

describe('headlineOf', () => {
  it('sums the scored scenarios, counts the bands, and counts the open measures with their cost', () => {
    const h = headlineOf(
      content({
        scenarios: [
          { threat: 'vehicle-ramming', likelihood: 4, impact: 5 }, // 20 very high
          { threat: 'firearms', likelihood: 2, impact: 5 }, // 10 high
          { threat: 'arson', likelihood: 3, impact: 2 }, // 6 medium
          { threat: 'cbrn', likelihood: 1, impact: 4 }, // 4 low
          { threat: 'drone', likelihood: 2, impact: null }, // not scored
        ],
        measures: [
          { id: 'a', title: 'A', costEur: 100_000, status: 'proposed' },
          { id: 'b', title: 'B', costEur: 40_000, status: 'planned' },
          { id: 'c', title: 'C', costEur: 999_999, status: 'done' },
        ],
      }),
    );
    expect(h).toEqual({
      scored: 4,
      highestRisk: 20,
      highestBand: 'very-high',
      totalRisk: 40,
      bands: { low: 1, medium: 1, high: 1, 'very-high': 1 },
      measures: 2,
      measuresCostEur: 140_000,
    });
  });

  it('has no highest risk before anything is scored', () => {
    expect(headlineOf(content({ scenarios: [{ threat: 'drone' }] }))).toEqual({
      scored: 0,
      highestRisk: null,
      highestBand: null,
      totalRisk: 0,
      bands: { low: 0, medium: 0, high: 0, 'very-high': 0 },
      measures: 0,
      measuresCostEur: 0,
    });
  });
});
