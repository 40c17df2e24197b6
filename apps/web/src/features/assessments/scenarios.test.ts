import { Scenario } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { emptyScenario, withoutMeasureRefs, withScenario } from './scenarios.ts';

describe('withScenario', () => {
  it('creates a scenario the contract accepts the first time a threat is touched', () => {
    const list = withScenario([], 'arson', { likelihood: 3 });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ threat: 'arson', likelihood: 3, impact: null, when: 'normal-day' });
    expect(Scenario.safeParse(list[0]).success).toBe(true);
  });

  it('changes only the given fields and keeps the order of the threat types', () => {
    let list = withScenario([], 'arson', { likelihood: 3 });
    list = withScenario(list, 'firearms', { impact: 5, who: 'A lone attacker' });
    list = withScenario(list, 'arson', { impact: 2 });
    expect(list.map((s) => s.threat)).toEqual(['firearms', 'arson']);
    expect(list[1]).toMatchObject({ likelihood: 3, impact: 2 });
    expect(list[0]).toMatchObject({ impact: 5, who: 'A lone attacker', likelihood: null });
  });
});

describe('withoutMeasureRefs', () => {
  it('drops the ids of removed measures from every scenario, and leaves the others untouched', () => {
    const a = { ...emptyScenario('arson'), existingMeasureIds: ['m1', 'm2'] };
    const b = { ...emptyScenario('cbrn'), existingMeasureIds: ['m3'] };
    const [a2, b2] = withoutMeasureRefs([a, b], new Set(['m2']));
    expect(a2?.existingMeasureIds).toEqual(['m1']);
    expect(b2).toBe(b);
  });
});
