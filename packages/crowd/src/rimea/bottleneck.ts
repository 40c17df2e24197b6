import { runSimulation } from '../sim/run-simulation.ts';
import { build, defaults, rect } from './setup.ts';

/** Flow through a bottleneck. */
export interface BottleneckFlow {
  readonly widthM: number;
  readonly lengthM: number;
  readonly persons: number;
  /** Persons per second per metre of width between the 10th and the 90th percentile of passages. */
  readonly specificFlow: number;
  readonly evacuationTimeS: number | null;
}

/**
 * Specific flow through a bottleneck `width` m wide and `length` m long (a short corridor, as in the
 * Jülich bottleneck experiments) from a 10 m × 10 m waiting area holding `persons`.
 * @example
 * bottleneckFlow('cfsm', 1, 2, 150).specificFlow; // ≈ 1.6
 */
export function bottleneckFlow(
  kind: 'cfsm' | 'sfm',
  width: number,
  length: number,
  persons: number,
): BottleneckFlow {
  const x0 = 5 - width / 2;
  const x1 = 5 + width / 2;
  const walkable = [rect(0, 0, 10, 10), rect(x0, 10, x1, 10 + length)];
  const { world, population } = build(
    kind,
    walkable,
    [rect(x0, 10 + length, x1, 10.6 + length)],
    [{ count: persons, area: rect(0.3, 0.3, 9.7, 8.5) }],
    3,
  );
  const mid = 10 + length / 2;
  const { result } = runSimulation(world, population, {
    model: defaults(kind),
    dt: 0.01,
    duration: 900,
    seed: 3,
    lines: [{ id: 'mid', from: [x0, mid], to: [x1, mid] }],
  });
  const times = result.exitTimesS.filter((t): t is number => t !== null).sort((a, b) => a - b);
  const a = times[Math.floor(times.length * 0.1)] ?? 0;
  const b = times[Math.floor(times.length * 0.9)] ?? 0;
  const passed = Math.floor(times.length * 0.9) - Math.floor(times.length * 0.1);
  return {
    widthM: width,
    lengthM: length,
    persons,
    specificFlow: b > a ? passed / (b - a) / width : 0,
    evacuationTimeS: result.evacuationTimeS,
  };
}
