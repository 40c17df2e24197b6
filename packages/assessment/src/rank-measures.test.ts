import { describe, expect, it } from 'vitest';
import type { Threat } from '@pactesur/contracts';
import { rankMeasures } from './rank-measures.ts';

// Three scored scenarios: vehicle ramming L4 × I5 = 20, firearms L2 × I5 = 10, arson L3 × I2 = 6; total 36.
// Drone has a scenario but no scores yet: it counts for nothing.
const scenarios: { threat: Threat; likelihood: number | null; impact: number | null }[] = [
  { threat: 'vehicle-ramming', likelihood: 4, impact: 5 },
  { threat: 'firearms', likelihood: 2, impact: 5 },
  { threat: 'arson', likelihood: 3, impact: 2 },
  { threat: 'drone', likelihood: null, impact: 3 },
];

describe('rankMeasures', () => {
  it('ranks the worked example by hand', () => {
    const ranked = rankMeasures(scenarios, [
      // m1: VR likelihood 4 → 2: 10 + 10 + 6 = 26, reduced 10, for 0.12 M€ → 83.33 per M€.
      {
        id: 'm1',
        title: 'Bollards',
        costEur: 120_000,
        changes: [{ threat: 'vehicle-ramming', likelihood: 2 }],
      },
      // m2: arson impact 2 → 1: 20 + 10 + 3 = 33, reduced 3, free → ranked first.
      { id: 'm2', title: 'Bins emptied', costEur: 0, changes: [{ threat: 'arson', impact: 1 }] },
      // m3: firearms L 2 → 1 and VR I 5 → 4: 16 + 5 + 6 = 27, reduced 9, for 0.5 M€ → 18 per M€.
      {
        id: 'm3',
        title: 'Police post',
        costEur: 500_000,
        changes: [
          { threat: 'firearms', likelihood: 1 },
          { threat: 'vehicle-ramming', impact: 4 },
        ],
      },
      // m4: only a threat that is not scored: reduced 0, 0 per M€.
      { id: 'm4', title: 'Drone detection', costEur: 200_000, changes: [{ threat: 'drone', likelihood: 1 }] },
      // m5: free and useless: no ratio, after every measure that has one.
      { id: 'm5', costEur: 0, changes: [] },
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['m2', 'm1', 'm3', 'm4', 'm5']);
    const [m2, m1, m3, m4, m5] = ranked;
    expect(m2).toEqual({
      id: 'm2',
      title: 'Bins emptied',
      costEur: 0,
      riskReduced: 3,
      riskReducedPerMEur: null,
    });
    expect(m1?.riskReduced).toBe(10);
    expect(m1?.riskReducedPerMEur).toBeCloseTo(83.333, 3);
    expect(m3?.riskReduced).toBe(9);
    expect(m3?.riskReducedPerMEur).toBeCloseTo(18, 9);
    expect(m4).toMatchObject({ riskReduced: 0, riskReducedPerMEur: 0 });
    // Without a title, the id names the measure.
    expect(m5).toMatchObject({ title: 'm5', riskReduced: 0, riskReducedPerMEur: null });
  });

  it('breaks equal ratios by the larger reduction, then by id', () => {
    const ranked = rankMeasures(scenarios, [
      // firearms L 2 → 1: 10 → 5, reduced 5 for 0.1 M€ = 50 per M€.
      { id: 'b', costEur: 100_000, changes: [{ threat: 'firearms', likelihood: 1 }] },
      { id: 'a', costEur: 100_000, changes: [{ threat: 'firearms', likelihood: 1 }] },
      // VR L 4 → 2: 20 → 10, reduced 10 for 0.2 M€ = 50 per M€.
      { id: 'c', costEur: 200_000, changes: [{ threat: 'vehicle-ramming', likelihood: 2 }] },
    ]);
    expect(ranked.map((m) => [m.id, m.riskReduced, m.riskReducedPerMEur])).toEqual([
      ['c', 10, 50],
      ['a', 5, 50],
      ['b', 5, 50],
    ]);
  });

  it('sets the score a change names, even upwards, and takes the lowest of two changes of one field', () => {
    const [twice, up] = rankMeasures(scenarios, [
      // arson impact 2 → 4: 6 → 12, the measure makes it worse by 6.
      { id: 'up', costEur: 1_000_000, changes: [{ threat: 'arson', impact: 4 }] },
      // VR likelihood set to 3 and to 1: 1 wins, 20 → 5, reduced 15.
      {
        id: 'twice',
        costEur: 1_000_000,
        changes: [
          { threat: 'vehicle-ramming', likelihood: 3 },
          { threat: 'vehicle-ramming', likelihood: 1 },
        ],
      },
    ]).sort((a, b) => a.id.localeCompare(b.id));
    expect(twice).toMatchObject({ riskReduced: 15, riskReducedPerMEur: 15 });
    expect(up).toMatchObject({ riskReduced: -6, riskReducedPerMEur: -6 });
  });

  it('gives nothing to rank for no measures, and no reduction without scored scenarios', () => {
    expect(rankMeasures(scenarios, [])).toEqual([]);
    const [only] = rankMeasures([], [{ id: 'x', costEur: 10, changes: [{ threat: 'firearms', impact: 1 }] }]);
    expect(only).toMatchObject({ riskReduced: 0, riskReducedPerMEur: 0 });
  });
});
