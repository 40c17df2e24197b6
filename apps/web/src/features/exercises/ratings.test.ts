import type { AfterActionReport, Observation } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { latestFirst, ratingsByObjective, withObservation, worstRating } from './ratings.ts';

const counts = (P: number, S: number, M: number, U: number) => ({ P, S, M, U });

describe('worstRating', () => {
  it('takes the worst: U over M over S over P', () => {
    expect(worstRating(['P', 'S', 'P'])).toBe('S');
    expect(worstRating(['M', null, 'U', 'S'])).toBe('U');
    expect(worstRating(['P'])).toBe('P');
    expect(worstRating([null])).toBeNull();
    expect(worstRating([])).toBeNull();
  });
});

describe('ratingsByObjective', () => {
  const ratings: AfterActionReport['ratings'] = [
    { objectiveId: null, capabilityId: 'c2', counts: counts(1, 0, 0, 0), overall: 'P' },
    { objectiveId: 'o2', capabilityId: 'c2', counts: counts(0, 0, 1, 0), overall: 'M' },
    { objectiveId: 'o1', capabilityId: null, counts: counts(0, 1, 0, 0), overall: 'S' },
    { objectiveId: 'o2', capabilityId: 'c1', counts: counts(2, 1, 0, 0), overall: 'S' },
    { objectiveId: 'o9', capabilityId: null, counts: counts(0, 0, 0, 1), overall: 'U' },
  ];

  it('groups by objective in the exercise’s order, an unknown one next, no objective last', () => {
    expect(ratingsByObjective(ratings, ['o1', 'o2'], ['c1', 'c2']).map((g) => g.objectiveId)).toEqual(['o1', 'o2', 'o9', null]);
  });

  it('adds up the counts of an objective and rates it by the worst of its capabilities', () => {
    const o2 = ratingsByObjective(ratings, ['o1', 'o2'], ['c1', 'c2'])[1];
    expect(o2?.counts).toEqual(counts(2, 1, 1, 0));
    expect(o2?.overall).toBe('M');
    expect(o2?.capabilities.map((c) => [c.capabilityId, c.overall])).toEqual([
      ['c1', 'S'],
      ['c2', 'M'],
    ]);
  });

  it('gives nothing for no rating', () => {
    expect(ratingsByObjective([], ['o1'], [])).toEqual([]);
  });
});

describe('the observations lists', () => {
  const obs = (id: string, observedAt: string): Observation => ({
    id,
    orgId: 'sdis',
    orgName: 'SDIS 06',
    byName: 'Officer',
    observedAt,
    scenarioTimeS: 0,
    objectiveId: null,
    capabilityId: null,
    taskId: null,
    text: id,
    rating: null,
    at: null,
    photo: null,
  });

  it('shows the latest first', () => {
    const list = [obs('a', '2027-07-14T22:00:00Z'), obs('c', '2027-07-14T22:10:00Z'), obs('b', '2027-07-14T22:05:00Z')];
    expect(latestFirst(list).map((o) => o.id)).toEqual(['c', 'b', 'a']);
  });

  it('adds an observation once, its newer copy in place of the older', () => {
    const a = obs('a', '2027-07-14T22:00:00Z');
    const withPhoto = { ...a, photo: { filename: 'a.jpg', contentType: 'image/jpeg', bytes: 10, locationKept: false } };
    expect(withObservation([a], withPhoto)).toEqual([withPhoto]);
    expect(withObservation([a], obs('b', '2027-07-14T22:01:00Z')).map((o) => o.id)).toEqual(['a', 'b']);
  });
});
