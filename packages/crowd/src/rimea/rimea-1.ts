import { runSimulation } from '../sim/run-simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 1: one person walks a 2 m × 40 m corridor at 1.33 m/s; the travel time must be 26–34 s.
 * @example
 * rimea1('cfsm').pass; // true
 */
export function rimea1(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const { world, population } = build(
    kind,
    [rect(0, 0, 40, 2)],
    [rect(40, 0, 40.5, 2)],
    [{ count: 1, area: rect(0.3, 0.7, 0.7, 1.3), v0: { dist: 'constant', value: 1.33 } }],
    1,
  );
  const startX = population.agents.x[0] as number;
  const { result } = runSimulation(world, population, {
    model: defaults(kind),
    dt: 0.01,
    duration: 60,
    seed: 1,
    lines: [{ id: 'end', from: [40, 0], to: [40, 2] }],
  });
  const t = result.lines[0]?.firstS ?? null;
  // Travel time over the 40 m, scaled from the distance actually walked.
  const travel = t === null ? null : (t * 40) / (40 - startX);
  return {
    test: 1,
    title: 'one person, corridor 2 m × 40 m',
    model: kind,
    criterion: 'travel time 26–34 s',
    figures: { travelTimeS: travel === null ? null : round(travel) },
    pass: travel !== null && travel >= 26 && travel <= 34,
  };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
