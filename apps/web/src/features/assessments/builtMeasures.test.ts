import { ExistingMeasure, type ExistingMeasure as Measure } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { withBuiltMeasures, type BuiltWords } from './builtMeasures.ts';

const detail = {
  key: 'built-measures' as const,
  osm: [
    { class: 'bollard', count: 12 },
    { class: 'gate', count: 2 },
    { class: 'fence', count: 0 },
  ],
  planMeasures: 5,
  planCostEur: 84_000,
};
const words: BuiltWords = {
  osm: (b) => `${b.count} × ${b.class}`,
  plan: (p) => `plan of ${p.measures} for ${p.costEur}`,
};
let n = 0;
const makeId = () => `id${++n}`;
const mine: Measure = {
  id: 'u1',
  kind: 'organisational',
  description: 'Patrols on market days',
  source: 'user',
};

describe('withBuiltMeasures', () => {
  it('adds one built measure per OSM barrier class present, worded, marked as from OSM', () => {
    const { measures, removed } = withBuiltMeasures([mine], detail, 'osm', words, makeId);
    expect(measures.map((m) => [m.kind, m.description, m.source])).toEqual([
      ['organisational', 'Patrols on market days', 'user'],
      ['built', '12 × bollard', 'osm'],
      ['built', '2 × gate', 'osm'],
    ]);
    expect(removed.size).toBe(0);
    for (const m of measures) expect(ExistingMeasure.safeParse(m).success).toBe(true);
  });

  it('replaces what the same source gave before instead of adding it twice', () => {
    const first = withBuiltMeasures([mine], detail, 'osm', words, makeId).measures;
    const again = withBuiltMeasures(
      first,
      { ...detail, osm: [{ class: 'bollard', count: 14 }] },
      'osm',
      words,
      makeId,
    );
    expect(again.measures.map((m) => m.description)).toEqual(['Patrols on market days', '14 × bollard']);
    expect([...again.removed].sort()).toEqual(
      first
        .filter((m) => m.source === 'osm')
        .map((m) => m.id)
        .sort(),
    );
  });

  it('adds the protection plan as one measure, and nothing when there is no plan', () => {
    const withPlan = withBuiltMeasures([], detail, 'plan', words, makeId).measures;
    expect(withPlan.map((m) => [m.description, m.source])).toEqual([['plan of 5 for 84000', 'plan']]);
    expect(
      withBuiltMeasures([], { ...detail, planMeasures: null, planCostEur: null }, 'plan', words, makeId)
        .measures,
    ).toEqual([]);
  });
});
