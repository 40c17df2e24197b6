import type { ScenarioInput } from '../scenario/schema.ts';

/** The two scenario kinds of CROWD.md's speed table. */
export type BenchKind = 'room' | 'corridor';

/** JuPedSim 1.4.2 agent-steps per second from CROWD.md's speed table (2 cores, CFSM, dt 0.01 s). */
export const JUPEDSIM_AGENT_STEPS_PER_S: Readonly<Record<BenchKind, Readonly<Record<number, number>>>> = {
  room: { 1000: 190_000, 5000: 215_000, 20000: 207_000 },
  corridor: { 1000: 150_000, 5000: 150_000, 20000: 133_000 },
};

/**
 * A speed-table scenario: a square room at 1 person/m² with four 2 m exits at mid-walls, or a corridor
 * 10 m wide at 2 persons/m² with its exit across the far end.
 * @example
 * const s = benchScenario('room', 1000, 10, 0.01);
 */
export function benchScenario(
  kind: BenchKind,
  agents: number,
  simSeconds: number,
  dt: number,
): ScenarioInput {
  const common = { model: { kind: 'cfsm' as const }, dt, duration: simSeconds, seed: 1 };
  if (kind === 'room') {
    const side = Math.sqrt(agents / 1) + 1;
    const m = side / 2;
    return {
      ...common,
      geometry: {
        crs: 'local',
        walkable: [
          [
            [0, 0],
            [side, 0],
            [side, side],
            [0, side],
          ],
        ],
        obstacles: [],
      },
      exits: [
        {
          id: 'south',
          polygon: [
            [m - 1, -0.6],
            [m + 1, -0.6],
            [m + 1, 0],
            [m - 1, 0],
          ],
        },
        {
          id: 'north',
          polygon: [
            [m - 1, side],
            [m + 1, side],
            [m + 1, side + 0.6],
            [m - 1, side + 0.6],
          ],
        },
        {
          id: 'west',
          polygon: [
            [-0.6, m - 1],
            [0, m - 1],
            [0, m + 1],
            [-0.6, m + 1],
          ],
        },
        {
          id: 'east',
          polygon: [
            [side, m - 1],
            [side + 0.6, m - 1],
            [side + 0.6, m + 1],
            [side, m + 1],
          ],
        },
      ],
      agents: [
        {
          count: agents,
          area: [
            [0.5, 0.5],
            [side - 0.5, 0.5],
            [side - 0.5, side - 0.5],
            [0.5, side - 0.5],
          ],
          radius: 0.2,
        },
      ],
    };
  }
  const length = agents / 20 + 2;
  return {
    ...common,
    geometry: {
      crs: 'local',
      walkable: [
        [
          [0, 0],
          [length, 0],
          [length, 10],
          [0, 10],
        ],
      ],
      obstacles: [],
    },
    exits: [
      {
        id: 'end',
        polygon: [
          [length, 0],
          [length + 0.6, 0],
          [length + 0.6, 10],
          [length, 10],
        ],
      },
    ],
    agents: [
      {
        count: agents,
        area: [
          [0.2, 0.2],
          [length - 1, 0.2],
          [length - 1, 9.8],
          [0.2, 9.8],
        ],
        radius: 0.2,
      },
    ],
  };
}
