import { describe, expect, it } from 'vitest';
import { riskRegister } from './register.ts';
import { content } from './test-content.ts';

const assessment = content({
  existingMeasures: [
    { id: 'e1', kind: 'built', description: 'Planters on the north side' },
    { id: 'e2', kind: 'organisational', description: 'CCTV watched from the town hall' },
  ],
  scenarios: [
    // Listed out of order on purpose: cbrn and arson tie at 6 and must come in the method's order (arson first).
    { threat: 'cbrn', likelihood: 2, impact: 3 },
    { threat: 'arson', likelihood: 3, impact: 2, when: 'market-day' },
    { threat: 'firearms', likelihood: 2, impact: 5, existingMeasureIds: ['e2'] },
    {
      threat: 'vehicle-ramming',
      likelihood: 4,
      impact: 5,
      when: 'event',
      existingMeasureIds: ['e2', 'gone', 'e1'],
    },
    { threat: 'drone', likelihood: null, impact: 4 },
  ],
  measures: [
    {
      id: 'm1',
      title: 'Bollards',
      costEur: 120_000,
      owner: 'Roads',
      dueDate: '2025-09-01',
      changes: [{ threat: 'vehicle-ramming', likelihood: 2 }],
    },
    {
      id: 'm2',
      title: 'Bins emptied',
      costEur: 0,
      owner: 'Cleansing',
      changes: [{ threat: 'arson', impact: 1 }],
    },
    {
      id: 'm3',
      title: 'Police post',
      costEur: 500_000,
      owner: 'Police',
      dueDate: '2025-06-01',
      status: 'done',
      changes: [
        { threat: 'firearms', likelihood: 1 },
        { threat: 'vehicle-ramming', impact: 4 },
      ],
    },
    // A weaker change of VR likelihood than m1's: the lower (m1's 2) wins.
    {
      id: 'm4',
      title: 'Stewards',
      costEur: 30_000,
      owner: 'Events',
      dueDate: '2026-01-01',
      changes: [{ threat: 'vehicle-ramming', likelihood: 3 }],
    },
  ],
});

describe('riskRegister', () => {
  const rows = riskRegister(assessment);

  it('lists the scored scenarios, highest risk first, ties in the method’s order', () => {
    // VR 4×5 = 20, firearms 2×5 = 10, arson 3×2 = 6, cbrn 2×3 = 6; drone is not scored.
    expect(rows.map((r) => [r.threat, r.risk, r.band])).toEqual([
      ['vehicle-ramming', 20, 'very-high'],
      ['firearms', 10, 'high'],
      ['arson', 6, 'medium'],
      ['cbrn', 6, 'medium'],
    ]);
    expect(rows.map((r) => r.when)).toEqual(['event', 'normal-day', 'market-day', 'normal-day']);
  });

  it('names the existing measures by description, in the scenario’s order, skipping unknown ids', () => {
    expect(rows[0]?.existingMeasures).toEqual([
      'CCTV watched from the town hall',
      'Planters on the north side',
    ]);
    expect(rows[1]?.existingMeasures).toEqual(['CCTV watched from the town hall']);
    expect(rows[2]?.existingMeasures).toEqual([]);
  });

  it('gives the residual risk with every measure applied, the lowest change of a field winning', () => {
    // VR: L min(2, 3) = 2, I 4 → 8 medium; firearms: L 1, I 5 → 5 medium; arson: I 1 → 3 low; cbrn unchanged.
    expect(rows.map((r) => [r.threat, r.proposedMeasures, r.residualRisk, r.residualBand])).toEqual([
      ['vehicle-ramming', ['m1', 'm3', 'm4'], 8, 'medium'],
      ['firearms', ['m3'], 5, 'medium'],
      ['arson', ['m2'], 3, 'low'],
      ['cbrn', [], 6, 'medium'],
    ]);
  });

  it('takes the owner and due date of the earliest-due measure, undated ones last', () => {
    expect(rows.map((r) => [r.threat, r.owner, r.dueDate])).toEqual([
      ['vehicle-ramming', 'Police', '2025-06-01'],
      ['firearms', 'Police', '2025-06-01'],
      ['arson', 'Cleansing', null],
      ['cbrn', '', null],
    ]);
  });

  it('is empty for an assessment without scored scenarios', () => {
    expect(riskRegister(content({}))).toEqual([]);
    expect(riskRegister(content({ scenarios: [{ threat: 'drone', likelihood: 3 }] }))).toEqual([]);
  });
});
