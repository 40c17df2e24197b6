import type { Delivery, ExerciseResponse, Observation, ReplayItem } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { inScenarioOrder, replayAt, replayCounts, replayEnd, replayEndS, replayStep } from './replay.ts';

const AT = '2027-07-14T22:00:00.000Z';
const delivery = (n: number, s: number): ReplayItem => ({
  kind: 'delivery',
  at: AT,
  scenarioTimeS: s,
  reached: [],
  delivery: { injectId: `i${n}`, number: n, storyline: '', scenarioTimeS: s, deliveredAt: AT, from: 'Caller', to: ['local-police'], method: 'phone', message: '', attachments: [], cap: null } satisfies Delivery,
});
const response = (s: number): ReplayItem => ({
  kind: 'response',
  at: AT,
  scenarioTimeS: s,
  response: { id: `r${s}`, orgId: 'org', orgName: 'Police', byName: 'Commander', at: AT, scenarioTimeS: s, injectId: null, text: 'On scene', choice: null, methane: null } satisfies ExerciseResponse,
});
const observation = (s: number): ReplayItem => ({
  kind: 'observation',
  at: AT,
  scenarioTimeS: s,
  observation: { id: `o${s}`, orgId: 'org', orgName: 'SDIS', byName: 'Officer', observedAt: AT, scenarioTimeS: s, objectiveId: null, capabilityId: null, taskId: null, text: 'Seen', rating: 'S', at: null, photo: null } satisfies Observation,
});

const items = [delivery(1, 0), delivery(2, 120), response(150.4), observation(150.4), delivery(3, 600)];

describe('inScenarioOrder', () => {
  it('orders by scenario time and keeps the order things happened in at the same time', () => {
    const shuffled = [observation(150.4), delivery(3, 600), delivery(1, 0), response(150.4)];
    expect(inScenarioOrder(shuffled).map((i) => `${i.kind}@${i.scenarioTimeS}`)).toEqual([
      'delivery@0',
      'observation@150.4',
      'response@150.4',
      'delivery@600',
    ]);
  });
});

describe('the position in the replay', () => {
  it('ends after the last moment', () => {
    expect(replayEndS(items)).toBe(600);
    expect(replayEnd(items)).toEqual({ shown: 5, atS: 600 });
    expect(replayEnd([])).toEqual({ shown: 0, atS: 0 });
  });

  it('shows what had happened by a scenario time', () => {
    expect(replayAt(items, 0)).toEqual({ shown: 1, atS: 0 });
    expect(replayAt(items, 149)).toEqual({ shown: 2, atS: 149 });
    expect(replayAt(items, 151)).toEqual({ shown: 4, atS: 151 });
    expect(replayAt(items, 10_000).shown).toBe(5);
  });

  it('steps one moment at a time, never beyond either end', () => {
    const start = { shown: 0, atS: 0 };
    const one = replayStep(items, start, 1);
    expect(one).toEqual({ shown: 1, atS: 0 });
    expect(replayStep(items, one, 1)).toEqual({ shown: 2, atS: 120 });
    expect(replayStep(items, { shown: 3, atS: 150 }, 1)).toEqual({ shown: 4, atS: 150 });
    expect(replayStep(items, start, -1)).toEqual(start);
    expect(replayStep(items, replayEnd(items), 1)).toEqual(replayEnd(items));
    expect(replayStep(items, replayEnd(items), -1)).toEqual({ shown: 4, atS: 150 });
  });

  it('counts the deliveries, responses and observations shown', () => {
    expect(replayCounts(items.slice(0, 4))).toEqual({ delivery: 2, response: 1, observation: 1 });
    expect(replayCounts([])).toEqual({ delivery: 0, response: 0, observation: 0 });
  });
});
