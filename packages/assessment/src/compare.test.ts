import { describe, expect, it } from 'vitest';
import { compareContents } from './compare.ts';
import { content } from './test-content.ts';

describe('compareContents', () => {
  it('sets two versions side by side by threat, with totals and the measures added and removed', () => {
    const before = content({
      scenarios: [
        { threat: 'drone', likelihood: null, impact: null },
        { threat: 'vehicle-ramming', likelihood: 4, impact: 5 },
        { threat: 'firearms', likelihood: 2, impact: 5 },
      ],
      measures: [
        { id: 'm1', title: 'Bollards', costEur: 100_000 },
        { id: 'm2', title: 'Stewards', costEur: 20_000 },
      ],
    });
    const after = content({
      scenarios: [
        { threat: 'arson', likelihood: 3, impact: 2 },
        { threat: 'vehicle-ramming', likelihood: 2, impact: 5 },
        { threat: 'drone', likelihood: null, impact: null },
      ],
      measures: [
        { id: 'm2', title: 'Stewards at every entrance', costEur: 25_000 },
        { id: 'm3', title: 'Gates', costEur: 60_000 },
      ],
    });
    const c = compareContents(before, after);
    // Firearms only before, arson only after, drone on both sides but never scored; method's order.
    expect(c.scenarios).toEqual([
      {
        threat: 'firearms',
        before: { likelihood: 2, impact: 5, risk: 10, band: 'high' },
        after: null,
        riskChange: null,
      },
      {
        threat: 'vehicle-ramming',
        before: { likelihood: 4, impact: 5, risk: 20, band: 'very-high' },
        after: { likelihood: 2, impact: 5, risk: 10, band: 'high' },
        riskChange: -10,
      },
      {
        threat: 'arson',
        before: null,
        after: { likelihood: 3, impact: 2, risk: 6, band: 'medium' },
        riskChange: null,
      },
      { threat: 'drone', before: null, after: null, riskChange: null },
    ]);
    // Before: 20 + 10 = 30; after: 10 + 6 = 16.
    expect([c.totalRiskBefore, c.totalRiskAfter]).toEqual([30, 16]);
    // m2 is kept (matched by id, though renamed): neither added nor removed.
    expect(c.measuresAdded).toEqual(['Gates']);
    expect(c.measuresRemoved).toEqual(['Bollards']);
  });

  it('finds nothing between two empty versions', () => {
    expect(compareContents(content({}), content({}))).toEqual({
      scenarios: [],
      totalRiskBefore: 0,
      totalRiskAfter: 0,
      measuresAdded: [],
      measuresRemoved: [],
    });
  });
});
