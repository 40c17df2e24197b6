import { AssessmentContent, RiskEntry } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { testAssessment } from '../assessments/testAssessment.ts';
import { latestAssessment, MAX_RISKS, risksFromAssessment } from './RiskImport.ts';

const names = { 'vehicle-ramming': 'Vehicle ramming', firearms: 'Firearms attack', arson: 'Arson' } as Record<
  string,
  string
>;
const hazardOf = (threat: string) => names[threat] ?? threat;
const ids = () => {
  let n = 0;
  return () => `r${++n}`;
};

const assessment = testAssessment({
  id: '11111111-1111-4111-8111-111111111111',
  content: AssessmentContent.parse({
    existingMeasures: [
      { id: 'm1', kind: 'built', description: 'Bollards on Kaufingerstraße' },
      { id: 'm2', kind: 'organisational', description: 'Police patrols' },
    ],
    scenarios: [
      { threat: 'vehicle-ramming', likelihood: 4, impact: 5, existingMeasureIds: ['m1', 'm2', 'gone'] },
      { threat: 'firearms', likelihood: 2, impact: 5 },
      { threat: 'arson', likelihood: 3, impact: null },
    ],
  }),
});

describe('risksFromAssessment', () => {
  it('adds each scored scenario as a risk the contract accepts, with its scores, controls and origin', () => {
    const { risks, added, updated } = risksFromAssessment([], assessment, hazardOf, ids());
    expect([added, updated]).toEqual([2, 0]);
    expect(risks).toEqual([
      {
        id: 'r1',
        hazard: 'Vehicle ramming',
        likelihood: 4,
        impact: 5,
        controls: 'Bollards on Kaufingerstraße; Police patrols',
        owner: '',
        features: [],
        fromAssessment: { assessmentId: assessment.id, threat: 'vehicle-ramming' },
      },
      expect.objectContaining({
        id: 'r2',
        hazard: 'Firearms attack',
        likelihood: 2,
        impact: 5,
        controls: '',
      }),
    ]);
    for (const r of risks) expect(RiskEntry.safeParse(r).success).toBe(true);
  });

  it('brings a scenario taken before up to date, keeping what the plan wrote beside it and the other risks', () => {
    const own: RiskEntry = {
      id: 'crush',
      hazard: 'Crush at the exits',
      likelihood: 3,
      impact: 4,
      controls: '',
      owner: 'Stewards',
      features: ['exit-1'],
      fromAssessment: null,
    };
    const before: RiskEntry = {
      id: 'old',
      hazard: 'Ramming (our words)',
      likelihood: 1,
      impact: 1,
      controls: 'Trucks at the ends',
      owner: 'Police',
      features: ['barrier-1'],
      fromAssessment: { assessmentId: '22222222-2222-4222-8222-222222222222', threat: 'vehicle-ramming' },
    };
    const { risks, added, updated } = risksFromAssessment([own, before], assessment, hazardOf, ids());
    expect([added, updated]).toEqual([1, 1]);
    expect(risks.map((r) => r.id)).toEqual(['crush', 'old', 'r1']);
    expect(risks[0]).toBe(own);
    expect(risks[1]).toEqual({
      ...before,
      likelihood: 4,
      impact: 5,
      fromAssessment: { assessmentId: assessment.id, threat: 'vehicle-ramming' },
    });
  });

  it('adds nothing past the register’s limit', () => {
    const full = Array.from({ length: MAX_RISKS }, (_, i): RiskEntry => ({
      id: `x${i}`,
      hazard: 'h',
      likelihood: 1,
      impact: 1,
      controls: '',
      owner: '',
      features: [],
      fromAssessment: null,
    }));
    const { risks, added } = risksFromAssessment(full, assessment, hazardOf, ids());
    expect(added).toBe(0);
    expect(risks).toHaveLength(MAX_RISKS);
  });
});

describe('latestAssessment', () => {
  it('takes a version no other names as its parent, the one changed last', () => {
    const v1 = { id: 'a1', parentId: null, updatedAt: '2026-03-10T09:00:00Z' };
    const v2 = { id: 'a2', parentId: 'a1', updatedAt: '2026-01-10T09:00:00Z' };
    const other = { id: 'b1', parentId: null, updatedAt: '2025-12-01T09:00:00Z' };
    expect(latestAssessment([v1, v2, other])?.id).toBe('a2');
    expect(latestAssessment([other, { ...v1, updatedAt: '2024-01-01T00:00:00Z' }])?.id).toBe('b1');
    expect(latestAssessment([])).toBeNull();
  });
});
