import type { AreaResult, LineResult } from './measurements.ts';
import type { Simulation } from './simulation.ts';
import type { TrajectoryFrame } from './simulation-config.ts';

/** Agents out through one exit. */
export interface ExitResult {
  readonly id: string;
  readonly widthM: number;
  readonly agentsOut: number;
  readonly firstS: number | null;
  readonly lastS: number | null;
}

/** What a run reports (the result object of CROWD.md). */
export interface SimulationResult {
  /** Time at which the last agent left, or null when some were still inside at the end. */
  readonly evacuationTimeS: number | null;
  readonly agentsTotal: number;
  readonly agentsOut: number;
  readonly exits: readonly ExitResult[];
  /** Exit time of every agent (null: still inside). */
  readonly exitTimesS: readonly (number | null)[];
  readonly lines: readonly LineResult[];
  readonly areas: readonly AreaResult[];
  /** Evacuation curve: people still inside over time. */
  readonly remaining: { readonly t: readonly number[]; readonly count: readonly number[] };
  readonly simulatedS: number;
  readonly steps: number;
  readonly wallS: number;
  readonly agentStepsPerS: number;
  readonly threads: number;
}

/** A result with the optional trajectory frames. */
export interface SimulationOutput {
  readonly result: SimulationResult;
  readonly frames: readonly TrajectoryFrame[];
}

/**
 * Summarises a finished simulation.
 * @example
 * const result = summarise(sim, { wallS: 1.25, agentStepsPerS: 800000 }, 1);
 */
export function summarise(
  sim: Simulation,
  timing: { wallS: number; agentStepsPerS: number },
  threads: number,
): SimulationResult {
  const { wallS } = timing;
  const round = (t: number) => Math.round(t * 1e6) / 1e6;
  const total = sim.population.agents.count;
  const exitTimesS = Array.from(sim.exitTimes, (t) => (Number.isNaN(t) ? null : round(t)));
  let last = 0;
  for (const t of exitTimesS) if (t !== null && t > last) last = t;
  return {
    evacuationTimeS: sim.out === total && total > 0 ? last : null,
    agentsTotal: total,
    agentsOut: sim.out,
    exits: sim.world.exits.map((e, k) => ({
      id: e.id,
      widthM: round(e.width),
      agentsOut: sim.exitCounts[k] ?? 0,
      firstS: sim.exitFirst[k] === null || sim.exitFirst[k] === undefined ? null : round(sim.exitFirst[k]),
      lastS: sim.exitLast[k] === null || sim.exitLast[k] === undefined ? null : round(sim.exitLast[k]),
    })),
    exitTimesS,
    lines: sim.measurements.lineResults(),
    areas: sim.measurements.areaResults(),
    remaining: sim.remaining,
    simulatedS: round(sim.time),
    steps: sim.steps,
    wallS: round(wallS),
    agentStepsPerS: timing.agentStepsPerS,
    threads,
  };
}
