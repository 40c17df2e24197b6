import { describe, expect, it } from 'vitest';
import type { IndicatorKey, IndicatorOverride } from '@pactesur/contracts';
import { suggestScores } from './suggest-scores.ts';

const indicator = (key: IndicatorKey, value: number | null, override: number | null = null) => ({
  key,
  value,
  override:
    override === null
      ? null
      : ({
          value: override,
          reason: 'counted on site',
          byName: 'A. Planner',
          at: '2025-01-01T00:00:00Z',
        } satisfies IndicatorOverride),
});

/** The one suggestion for a threat and field, or undefined. */
function suggested(list: ReturnType<typeof suggestScores>, threat: string, field: 'likelihood' | 'impact') {
  return list.find((s) => s.threat === threat && s.field === field);
}

describe('suggestScores', () => {
  it('scores vehicle-ramming likelihood from the share reached at 48 km/h, at every threshold', () => {
    const cases: [number, number][] = [
      [0, 1],
      [0.001, 2],
      [0.099, 2],
      [0.1, 3],
      [0.299, 3],
      [0.3, 4],
      [0.599, 4],
      [0.6, 5],
      [1, 5],
    ];
    for (const [share, score] of cases) {
      const s = suggested(
        suggestScores([indicator('vehicle-accessibility', share)], null),
        'vehicle-ramming',
        'likelihood',
      );
      expect([share, s?.value, s?.from]).toEqual([share, score, 'vehicle-accessibility']);
    }
  });

  it('raises the likelihood by one at a national threat level of 4 or 5, never above 5', () => {
    const at = (share: number, level: number | null) =>
      suggested(
        suggestScores([indicator('vehicle-accessibility', share)], level),
        'vehicle-ramming',
        'likelihood',
      )?.value;
    expect([at(0, 3), at(0, 4), at(0, 5), at(0.2, 4), at(0.6, 5)]).toEqual([1, 2, 2, 4, 5]);
  });

  it('scores vehicle-ramming impact from the energy, at every threshold', () => {
    const cases: [number, number][] = [
      [0, 1],
      [249, 1],
      [250, 2],
      [999, 2],
      [1_000, 3],
      [3_999, 3],
      [4_000, 4],
      [9_999, 4],
      [10_000, 5],
      [50_000, 5],
    ];
    for (const [kj, score] of cases) {
      const s = suggested(
        suggestScores([indicator('vehicle-energy', kj)], null),
        'vehicle-ramming',
        'impact',
      );
      expect([kj, s?.value, s?.from]).toEqual([kj, score, 'vehicle-energy']);
    }
  });

  it('scores the consequence of crowd attacks from the people exposed, at every threshold', () => {
    const cases: [number, number][] = [
      [0, 1],
      [99, 1],
      [100, 2],
      [499, 2],
      [500, 3],
      [1_999, 3],
      [2_000, 4],
      [9_999, 4],
      [10_000, 5],
    ];
    for (const [people, score] of cases) {
      const list = suggestScores([indicator('crowd-exposure', people)], null);
      expect(list).toEqual(
        ['firearms', 'bladed-weapon', 'vehicle-ramming', 'person-borne-ied'].map((threat) => ({
          threat,
          field: 'impact',
          value: score,
          from: 'crowd-exposure',
        })),
      );
    }
  });

  it('gives vehicle ramming the higher of the energy and crowd consequences, naming the one behind it', () => {
    // 300 kJ → 2, 5000 people → 4: the crowd decides.
    expect(
      suggested(
        suggestScores([indicator('vehicle-energy', 300), indicator('crowd-exposure', 5_000)], null),
        'vehicle-ramming',
        'impact',
      ),
    ).toEqual({
      threat: 'vehicle-ramming',
      field: 'impact',
      value: 4,
      from: 'crowd-exposure',
    });
    // 20 000 kJ → 5, 50 people → 1: the energy decides.
    expect(
      suggested(
        suggestScores([indicator('vehicle-energy', 20_000), indicator('crowd-exposure', 50)], null),
        'vehicle-ramming',
        'impact',
      ),
    ).toMatchObject({ value: 5, from: 'vehicle-energy' });
  });

  it("uses the user's override instead of the computed value", () => {
    const s = suggestScores(
      [indicator('vehicle-accessibility', 0.05, 0.7), indicator('crowd-exposure', 50, 20_000)],
      null,
    );
    expect(suggested(s, 'vehicle-ramming', 'likelihood')?.value).toBe(5);
    expect(suggested(s, 'firearms', 'impact')?.value).toBe(5);
  });

  it('suggests nothing from indicators without a value', () => {
    expect(
      suggestScores(
        [
          indicator('vehicle-accessibility', null),
          indicator('vehicle-energy', null),
          indicator('crowd-exposure', null),
          indicator('built-measures', 12),
        ],
        5,
      ),
    ).toEqual([]);
    expect(suggestScores([], 5)).toEqual([]);
  });

  it('lists the suggestions in the order of threats, likelihood before consequence', () => {
    const s = suggestScores(
      [
        indicator('vehicle-accessibility', 0.4),
        indicator('vehicle-energy', 2_000),
        indicator('crowd-exposure', 600),
      ],
      2,
    );
    expect(s.map((x) => `${x.threat}.${x.field}=${x.value}`)).toEqual([
      'firearms.impact=3',
      'bladed-weapon.impact=3',
      'vehicle-ramming.likelihood=4',
      'vehicle-ramming.impact=3',
      'person-borne-ied.impact=3',
    ]);
  });
});
