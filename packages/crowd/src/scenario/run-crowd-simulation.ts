import { DENSITY_CELL_M, type CrowdFrames, type CrowdResult } from '@pactesur/contracts';
import { ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { framePeak, frameInterval, packFrames } from '../playback/playback-frames.ts';
import { Simulation } from '../sim/simulation.ts';
import { prepareScenario } from './run-scenario.ts';

/** What a crowd simulation of the platform keeps: the result and the playback frames in WGS84. */
export interface CrowdRun {
  readonly result: CrowdResult;
  readonly frames: CrowdFrames;
}

/** Options of {@link runCrowdSimulation}. */
export interface CrowdRunOptions {
  /**
   * Told how far the run is (0–1) and where: the preparation (a floor field per exit), then the simulated
   * time, at most about four times a second. A callback that throws stops the run; the error comes out.
   */
  readonly onProgress?: (fraction: number, message?: string) => void;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Runs a scenario of CROWD.md's format to its end on the calling thread (the platform's job, a worker
 * thread): the result (evacuation curve, per-exit flows over time, peak density over cells of
 * `DENSITY_CELL_M`) and the playback frames in WGS84, a frame every second or more (`frameInterval`).
 * Refuses a scenario the simulator will not run with its issues.
 *
 * @example
 * const run = runCrowdSimulation(scenario, { onProgress: (f) => bar.set(f) });
 * if (run.ok) run.value.result.evacuationTimeS;
 */
export function runCrowdSimulation(scenario: unknown, options: CrowdRunOptions = {}): Result<CrowdRun, readonly Issue[]> {
  const progress = options.onProgress;
  // Preparing (a floor field per exit) is the first 5 %; the simulated time the rest.
  const prepared = prepareScenario(scenario, { onProgress: progress && ((fraction, phase) => progress(0.05 * fraction, phase)) });
  if (!prepared.ok) return prepared;
  const { compiled, population } = prepared.value;
  const agents = population.agents.count;
  const everyS = frameInterval(agents, compiled.config.duration);
  const sampleEveryS = compiled.config.sampleEveryS ?? 1;
  const sim = new Simulation(compiled.world, population, { ...compiled.config, trajectoryEveryS: everyS, sampleEveryS });
  const exitSeries: number[][] = compiled.world.exits.map(() => []);
  const lastCounts = compiled.world.exits.map(() => 0);
  const t0 = performance.now();
  let lastReport = t0;
  while (!sim.done()) {
    sim.prepare();
    sim.kernelAll();
    sim.commit();
    // One flow sample per exit for every point of the evacuation curve.
    while (exitSeries[0] && exitSeries[0].length < sim.remaining.t.length)
      for (const [e, series] of exitSeries.entries()) {
        const now = sim.exitCounts[e] ?? 0;
        series.push(r2((now - (lastCounts[e] ?? 0)) / sampleEveryS));
        lastCounts[e] = now;
      }
    if (progress && (sim.steps & 63) === 0) {
      const wall = performance.now();
      if (wall - lastReport > 250) {
        lastReport = wall;
        const fraction = Math.max(sim.time / compiled.config.duration, sim.out / Math.max(1, agents));
        progress(0.05 + 0.94 * Math.min(1, fraction), `${Math.round(sim.time)} s simulated, ${sim.out} of ${agents} out`);
      }
    }
  }
  const wallS = (performance.now() - t0) / 1000;
  const out = sim.out;
  // The curve ends where the run ended (the last sample may come before the last person left).
  const curve = { t: [...sim.remaining.t], remaining: [...sim.remaining.count] };
  if (curve.remaining.at(-1) !== agents - out) {
    curve.t.push(r2(sim.time));
    curve.remaining.push(agents - out);
    for (const [e, series] of exitSeries.entries()) series.push(r2(((sim.exitCounts[e] ?? 0) - (lastCounts[e] ?? 0)) / sampleEveryS));
  }
  const last = Array.from(sim.exitTimes).reduce((m, t) => (Number.isNaN(t) ? m : Math.max(m, t)), 0);
  progress?.(1, `${out} of ${agents} out`);
  return ok({
    result: {
      evacuationTimeS: out === agents && agents > 0 ? r2(last) : null,
      agentsTotal: agents,
      agentsOut: out,
      walkableAreaM2: Math.round(compiled.world.area),
      exits: compiled.world.exits.map((e, k) => {
        const first = sim.exitFirst[k] ?? null;
        const lastS = sim.exitLast[k] ?? null;
        const n = sim.exitCounts[k] ?? 0;
        return {
          id: e.id,
          widthM: r2(e.width),
          agentsOut: n,
          firstS: first === null ? null : r2(first),
          lastS: lastS === null ? null : r2(lastS),
          flowPerS: first !== null && lastS !== null && lastS > first ? r2(n / (lastS - first)) : 0,
          flowSeries: exitSeries[k] ?? [],
        };
      }),
      curve,
      peakDensity: r2(sim.frames.reduce((m, f) => Math.max(m, framePeak(f, DENSITY_CELL_M)), 0)),
      simulatedS: r2(sim.time),
      steps: sim.steps,
      wallS: r2(wallS),
      agentStepsPerS: wallS > 0 ? Math.round(sim.agentSteps / wallS) : 0,
    },
    frames: packFrames(sim.frames, compiled.projection, everyS),
  });
}
