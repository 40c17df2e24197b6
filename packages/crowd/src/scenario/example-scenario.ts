import type { ScenarioInput } from './schema.ts';

/**
 * The example scenario of CROWD.md (a 30 × 20 m square with one 1 m exit), with the number of agents
 * and the duration as parameters.
 * @example
 * const s = exampleScenario(1000, 600);
 */
export function exampleScenario(count = 1000, duration = 600): ScenarioInput {
  return {
    model: { kind: 'cfsm' },
    dt: 0.01,
    duration,
    seed: 1,
    geometry: {
      crs: 'local',
      walkable: [
        [
          [0, 0],
          [30, 0],
          [30, 20],
          [0, 20],
          [0, 0],
        ],
      ],
      obstacles: [],
    },
    exits: [
      {
        id: 'north',
        polygon: [
          [14.5, 20],
          [15.5, 20],
          [15.5, 20.5],
          [14.5, 20.5],
        ],
      },
    ],
    agents: [
      {
        count,
        area: [
          [2, 2],
          [28, 2],
          [28, 18],
          [2, 18],
        ],
        radius: 0.2,
        v0: { dist: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.0 },
        premovement: { dist: 'uniform', min: 0, max: 0 },
        exit: 'nearest',
      },
    ],
    measure: { lines: [{ id: 'door', from: [14.5, 20], to: [15.5, 20] }], areas: [] },
  };
}
