import { runSimulation } from '../sim/run-simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 12: room 1 (10 m × 10 m) → 1 m wide, 2 m long corridor → room 2 (10 m × 10 m) with a 2 m
 * exit; 150 persons in room 1, no premovement. Congestion must form in room 1 only, and the flow out of
 * room 2 must not exceed the corridor's.
 * @example
 * rimea12('cfsm').pass; // true
 */
export function rimea12(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const inFront1 = rect(8, 3.5, 10, 6.5);
  const inFront2 = rect(20, 3.5, 22, 6.5);
  const { world, population } = build(
    kind,
    [rect(0, 0, 10, 10), rect(10, 4.5, 12, 5.5), rect(12, 0, 22, 10)],
    [rect(22, 4, 22.6, 6)],
    [{ count: 150, area: rect(0.5, 0.5, 7.5, 9.5) }],
    12,
  );
  const { result } = runSimulation(world, population, {
    model: defaults(kind),
    dt: 0.01,
    duration: 600,
    seed: 12,
    lines: [
      { id: 'corridor', from: [11, 4.5], to: [11, 5.5] },
      { id: 'exit', from: [22, 4], to: [22, 6] },
    ],
    areas: [
      { id: 'room1', polygon: inFront1 },
      { id: 'room2', polygon: inFront2 },
    ],
  });
  const peak1 = Math.max(...(result.areas[0]?.density ?? [0]));
  const peak2 = Math.max(...(result.areas[1]?.density ?? [0]));
  const corridor = result.lines[0]?.flowPerS ?? 0;
  const exit = result.lines[1]?.flowPerS ?? 0;
  return {
    test: 12,
    title: 'room → corridor → room, 150 persons',
    model: kind,
    criterion:
      'congestion (≥ 2 /m²) before the corridor, none (< 2 /m²) before the exit of room 2; exit flow ≤ corridor flow',
    figures: {
      peakDensityRoom1: r2(peak1),
      peakDensityRoom2: r2(peak2),
      corridorFlowPerS: r2(corridor),
      exitFlowPerS: r2(exit),
      evacuationTimeS: result.evacuationTimeS,
    },
    // Flows are counted between first and last crossing; allow 5 % for the different counting windows.
    pass: peak1 >= 2 && peak2 < 2 && exit <= corridor * 1.05 && result.agentsOut === 150,
  };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
