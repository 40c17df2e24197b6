import { describe, expect, it } from 'vitest';
import { calculateEvent } from './calculate.ts';
import { planChanges } from './changes.ts';
import { GREEN_GUIDE, GREEN_GUIDE_SOURCES } from './profile.ts';
import { promenadePlan } from './test-plan.ts';

describe('planChanges', () => {
  it('finds nothing between a plan and itself', () => {
    const p = promenadePlan({ sections: { outline: 'Carnival parade' } });
    const figures = calculateEvent(p, GREEN_GUIDE, GREEN_GUIDE_SOURCES).figures;
    expect(planChanges(p, structuredClone(p), figures, figures)).toEqual({
      features: [],
      figures: [],
      sections: [],
      expectedPeak: { before: 12_000, after: 12_000 },
    });
  });

  it('tells features added, removed and changed, with the fields that differ', () => {
    const before = promenadePlan({ sections: { outline: 'Carnival parade', medical: 'Two posts' } });
    const features = before.features
      .filter((f) => f.id !== 'tent')
      .map((f) => (f.type === 'exit' && f.id === 'north' ? { ...f, widthM: 4, name: 'Main gate' } : f))
      .map((f) => (f.type === 'screening' && f.id === 'scr-2' ? { ...f, lanes: 8 } : f));
    features.push({
      id: 'cctv-1',
      name: 'Camera',
      type: 'point',
      kind: 'cctv',
      at: [7.265, 43.695],
      staff: 0,
    });
    const after = promenadePlan({
      expectedPeak: 14_000,
      features,
      sections: { outline: 'Carnival parade', medical: 'Three posts', traffic: 'Closed roads' },
    });
    const figuresBefore = calculateEvent(before, GREEN_GUIDE, GREEN_GUIDE_SOURCES).figures;
    const figuresAfter = calculateEvent(after, GREEN_GUIDE, GREEN_GUIDE_SOURCES).figures;
    const changes = planChanges(before, after, figuresBefore, figuresAfter);
    expect(changes.features).toEqual([
      { id: 'north', name: 'Main gate', type: 'exit', change: 'changed', fields: ['name', 'widthM'] },
      { id: 'scr-2', name: 'Beach screening', type: 'screening', change: 'changed', fields: ['lanes'] },
      { id: 'cctv-1', name: 'Camera', type: 'point', change: 'added', fields: [] },
      { id: 'tent', name: '', type: 'structure', change: 'removed', fields: [] },
    ]);
    // The tent's 70 m² come back: structures 310 → 240, usable 9 092 → 9 162, holding 18 184 → 18 324.
    // North gate 3 → 4 m: + 82 /min, 568.4 → 650.4 /min, exits 4 547 → 5 203; without it still 2 579.
    // Lanes 10 → 14: ingress 14 000 ÷ 140 = 100 min (was 120).
    const byKey = Object.fromEntries(changes.figures.map((f) => [f.key, [f.before, f.after]]));
    expect(Object.keys(byKey)).toEqual([
      'structuresM2',
      'usableAreaM2',
      'holdingCapacity',
      'exitCapacity',
      'ingressMinutes',
      'egressMinutes',
      'egressMinutesAtHolding',
      'peakDensity',
    ]);
    expect(byKey.structuresM2).toEqual([310, 240]);
    expect(byKey.holdingCapacity).toEqual([18_184, 18_324]);
    expect(byKey.exitCapacity).toEqual([4_547, 5_203]);
    expect(byKey.ingressMinutes).toEqual([120, 100]);
    expect(changes.sections).toEqual(['traffic', 'medical']);
    expect(changes.expectedPeak).toEqual({ before: 12_000, after: 14_000 });
  });

  it('tells a figure that became empty and one only last year had, and a feature whose type changed', () => {
    const before = promenadePlan();
    const after = promenadePlan({
      expectedPeak: 0,
      features: before.features.map((f) =>
        f.id === 'medic'
          ? {
              id: 'medic',
              name: 'First aid',
              type: 'screening' as const,
              at: [7.265, 43.695] as [number, number],
              lanes: 1,
            }
          : f,
      ),
    });
    const figuresBefore = [
      ...calculateEvent(before, GREEN_GUIDE, GREEN_GUIDE_SOURCES).figures,
      { key: 'retired', value: 3, unit: '', formula: '', source: '' },
    ];
    const changes = planChanges(
      before,
      after,
      figuresBefore,
      calculateEvent(after, GREEN_GUIDE, GREEN_GUIDE_SOURCES).figures,
    );
    expect(changes.features).toEqual([
      {
        id: 'medic',
        name: 'First aid',
        type: 'screening',
        change: 'changed',
        fields: ['type', 'lanes', 'kind', 'staff'],
      },
    ]);
    expect(changes.figures).toEqual([
      { key: 'ingressMinutes', before: 120, after: null },
      { key: 'egressMinutes', before: 21.11, after: null },
      { key: 'peakDensity', before: 1.32, after: null },
      { key: 'retired', before: 3, after: null },
    ]);
  });

  it('counts an absent section as empty', () => {
    const before = promenadePlan({ sections: { weather: '' } });
    const after = promenadePlan({ sections: {} });
    expect(planChanges(before, after, [], []).sections).toEqual([]);
  });
});
