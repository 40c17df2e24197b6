import { describe, expect, it } from 'vitest';
import { scoreFile, SCORE_FILE_LIMITS } from './score-file.ts';

const valid = {
  scenarios: [
    { threat: 'arson', likelihood: 3, impact: 2 },
    { threat: 'firearms', likelihood: 2, impact: 5 },
    { threat: 'vehicle-ramming', likelihood: 4, impact: 5 },
  ],
  measures: [
    { id: 'm1', costEur: 120_000, changes: [{ threat: 'vehicle-ramming', likelihood: 2 }] },
    { id: 'm2', title: 'Bins emptied daily', costEur: 0, changes: [{ threat: 'arson', impact: 1 }] },
    {
      id: 'm3',
      costEur: 500_000,
      changes: [
        { threat: 'firearms', likelihood: 1 },
        { threat: 'vehicle-ramming', impact: 4 },
      ],
    },
  ],
};

/** The error of a file that must be refused. */
function refusal(input: unknown): { path: string; message: string } {
  const r = scoreFile(input);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return r.error;
}

const withScenario = (s: Record<string, unknown>) => ({ scenarios: [s] });
const withMeasure = (m: Record<string, unknown>) => ({
  scenarios: [],
  measures: [{ id: 'm', costEur: 1, changes: [], ...m }],
});

describe('scoreFile', () => {
  it('scores a valid file: the register by risk and the measures by risk reduced per M€', () => {
    const r = scoreFile(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 4 × 5 = 20, 2 × 5 = 10, 3 × 2 = 6 (see rank-measures.test.ts for the measures worked by hand).
    expect(r.value.register).toEqual([
      { threat: 'vehicle-ramming', likelihood: 4, impact: 5, risk: 20, band: 'very-high' },
      { threat: 'firearms', likelihood: 2, impact: 5, risk: 10, band: 'high' },
      { threat: 'arson', likelihood: 3, impact: 2, risk: 6, band: 'medium' },
    ]);
    expect(r.value.measures.map((m) => [m.id, m.riskReduced])).toEqual([
      ['m2', 3],
      ['m1', 10],
      ['m3', 9],
    ]);
    expect(r.value.measures[0]?.riskReducedPerMEur).toBeNull();
    expect(r.value.measures[1]?.riskReducedPerMEur).toBeCloseTo(83.333, 3);
    expect(Object.keys(r.value.measures[0] ?? {})).toEqual(['id', 'riskReduced', 'riskReducedPerMEur']);
  });

  it('takes a file without measures', () => {
    const r = scoreFile({ scenarios: [{ threat: 'drone', likelihood: 1, impact: 1 }] });
    expect(r).toEqual({
      ok: true,
      value: {
        register: [{ threat: 'drone', likelihood: 1, impact: 1, risk: 1, band: 'low' }],
        measures: [],
      },
    });
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 3, 'scenarios', [], [valid], true, undefined]) {
      const e = refusal(input);
      expect(e.path).toBe('');
      expect(e.message).toMatch(/^expected a JSON object \{"scenarios"/);
    }
  });

  it('names an unknown threat and the threats it takes', () => {
    expect(refusal(withScenario({ threat: 'meteor', likelihood: 1, impact: 1 }))).toEqual({
      path: 'scenarios[0].threat',
      message:
        'unknown threat "meteor" (expected one of firearms, bladed-weapon, vehicle-ramming, person-borne-ied, vehicle-borne-ied, placed-ied, arson, cbrn, drone, complex-attack)',
    });
    expect(refusal(withScenario({ threat: 7, likelihood: 1, impact: 1 }))).toMatchObject({
      path: 'scenarios[0].threat',
      message: expect.stringMatching(/^expected a threat type .*, got 7$/) as string,
    });
    expect(refusal(withMeasure({ changes: [{ threat: 'meteor', impact: 1 }] }))).toMatchObject({
      path: 'measures[0].changes[0].threat',
    });
  });

  it('refuses scores outside 1–5 or not whole, naming the field and the value', () => {
    expect(refusal(withScenario({ threat: 'arson', likelihood: 0, impact: 1 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'must be between 1 and 5, not 0',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: 1, impact: 6 }))).toEqual({
      path: 'scenarios[0].impact',
      message: 'must be between 1 and 5, not 6',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: 1e300, impact: 2 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'must be between 1 and 5, not 1e+300',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: -1e300, impact: 2 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'must be between 1 and 5, not -1e+300',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: 1, impact: 2.5 }))).toEqual({
      path: 'scenarios[0].impact',
      message: 'must be a whole number, not 2.5',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: '3', impact: 2 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'expected a number, got the text "3"',
    });
    expect(refusal(withScenario({ threat: 'arson', impact: 2 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'is required',
    });
    expect(refusal(withScenario({ threat: 'arson', likelihood: null, impact: 2 }))).toEqual({
      path: 'scenarios[0].likelihood',
      message: 'expected a number, got null',
    });
    expect(refusal(withMeasure({ changes: [{ threat: 'arson', likelihood: 9 }] }))).toEqual({
      path: 'measures[0].changes[0].likelihood',
      message: 'must be between 1 and 5, not 9',
    });
  });

  it('refuses a negative or absurd cost and a bad measure id', () => {
    expect(refusal(withMeasure({ costEur: -1 }))).toEqual({
      path: 'measures[0].costEur',
      message: 'must not be negative, not -1',
    });
    expect(refusal(withMeasure({ costEur: 1e12 }))).toMatchObject({ path: 'measures[0].costEur' });
    expect(refusal(withMeasure({ costEur: '100' }))).toEqual({
      path: 'measures[0].costEur',
      message: 'expected a number, got the text "100"',
    });
    expect(refusal(withMeasure({ id: 'a b' }))).toMatchObject({
      path: 'measures[0].id',
      message: 'letters, digits, - and _ only',
    });
  });

  it('refuses a repeated threat and a repeated measure id, naming the first', () => {
    const twice = { scenarios: [...valid.scenarios, { threat: 'firearms', likelihood: 1, impact: 1 }] };
    expect(refusal(twice)).toEqual({
      path: 'scenarios[3].threat',
      message: 'repeats the threat of scenarios[1] (one scenario per threat type)',
    });
    const ids = { ...valid, measures: [...valid.measures, { id: 'm1', costEur: 5, changes: [] }] };
    expect(refusal(ids)).toEqual({ path: 'measures[3].id', message: 'repeats the id of measures[0]' });
  });

  it('refuses a change that changes neither score', () => {
    expect(refusal(withMeasure({ changes: [{ threat: 'arson', impact: 1 }, { threat: 'arson' }] }))).toEqual({
      path: 'measures[0].changes[1]',
      message: 'changes the likelihood, the impact or both',
    });
  });

  it('refuses unknown fields, naming the ones it takes', () => {
    expect(refusal(withScenario({ threat: 'arson', likelihood: 1, impact: 1, likelihod: 2 }))).toEqual({
      path: 'scenarios[0].likelihod',
      message: 'unknown field (expected threat, likelihood, impact)',
    });
    expect(refusal({ scenarios: [], extra: 1 })).toEqual({
      path: 'extra',
      message: 'unknown field (expected scenarios, measures)',
    });
    expect(refusal(withMeasure({ changes: [{ threat: 'arson', impact: 1, cost: 3 }] }))).toEqual({
      path: 'measures[0].changes[0].cost',
      message: 'unknown field (expected threat, likelihood, impact)',
    });
    // A hostile key is quoted and cut short, never written whole.
    const e = refusal({ scenarios: [], ['x y'.repeat(10_000)]: 1 });
    expect(e.path.startsWith('["x yx y')).toBe(true);
    expect(e.path.length).toBeLessThan(60);
    expect(refusal(JSON.parse('{"scenarios":[],"__proto__":{"polluted":1}}'))).toMatchObject({
      path: '__proto__',
      message: expect.stringMatching(/^unknown field/) as string,
    });
  });

  it('refuses lists over their limits before reading their items', () => {
    const threats = Array.from({ length: SCORE_FILE_LIMITS.scenarios + 1 }, () => 'junk');
    expect(refusal({ scenarios: threats })).toEqual({
      path: 'scenarios',
      message: 'at most 10 scenarios, one per threat type (got 11)',
    });
    expect(refusal({ scenarios: [], measures: Array.from({ length: 1_001 }, () => null) })).toEqual({
      path: 'measures',
      message: 'at most 1000 measures (got 1001)',
    });
    const many = Array.from({ length: 21 }, () => ({ threat: 'arson', impact: 1 }));
    expect(
      refusal({
        scenarios: [],
        measures: [
          { id: 'a', costEur: 0, changes: [] },
          { id: 'b', costEur: 0, changes: many },
        ],
      }),
    ).toEqual({
      path: 'measures[1].changes',
      message: 'at most 20 changes (got 21)',
    });
  });

  it('refuses missing and mistyped lists', () => {
    expect(refusal({})).toEqual({ path: 'scenarios', message: 'is required' });
    expect(refusal({ scenarios: {} })).toEqual({
      path: 'scenarios',
      message: 'expected a list, got an object',
    });
    expect(refusal({ scenarios: [3] })).toEqual({
      path: 'scenarios[0]',
      message: 'expected an object, got 3',
    });
    expect(refusal({ scenarios: [], measures: 'none' })).toEqual({
      path: 'measures',
      message: 'expected a list, got the text "none"',
    });
  });
});
