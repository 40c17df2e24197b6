import { EventPlan } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { worksheetParts, worksheetProblems } from './WorksheetDraft.ts';

const plan = EventPlan.parse({
  expectedPeak: 12_000,
  sections: { outline: 'The Corso of the Carnival' },
  risks: [{ id: 'r1', hazard: 'Crush at the exits', likelihood: 3, impact: 4 }],
  martyn: ['evacuation'],
});

describe('the worksheets’ parts of a plan', () => {
  it('are the five parts the worksheets own, nothing of the site plan or its sections', () => {
    const parts = worksheetParts(plan);
    expect(Object.keys(parts).sort()).toEqual(['dimIce', 'martyn', 'ramp', 'risks', 'triggers']);
    expect(parts.risks).toBe(plan.risks);
    expect(worksheetProblems(parts)).toEqual([]);
  });

  it('are not sent while the contract refuses them, with the field named', () => {
    const parts = { ...worksheetParts(plan), risks: [{ ...plan.risks[0]!, hazard: '' }] };
    expect(worksheetProblems(parts).map((p) => p.path)).toEqual(['risks.0.hazard']);
    expect(worksheetProblems({ ...worksheetParts(plan), expectedPeak: -1 }).map((p) => p.path)).toEqual([
      'expectedPeak',
    ]);
    expect(worksheetProblems({ ...worksheetParts(plan), expectedPeak: 800 })).toEqual([]);
  });
});
