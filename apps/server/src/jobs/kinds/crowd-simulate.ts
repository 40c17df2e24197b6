import type { CrowdFrames, CrowdResult } from '@pactesur/contracts';
import { prepareScenario, Simulation, formatIssues, type TrajectoryFrame } from '@pactesur/crowd';
import { z } from 'zod';
import { defineJobKind, JobCancelledError } from './job-kind.ts';

const EARTH_RADIUS_M = 6_371_008.8;
/** Side of the cells over which the peak density is measured (m): as the web's heat map. */
export const DENSITY_CELL_M = 2;
/** Playback frames hold at most about this many positions in all (8 bytes each). */
const MAX_FRAME_POSITIONS = 2_000_000;

/** A scenario the simulator refused: the message names the field. */
export class CrowdInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrowdInputError';
  }
}

/** The frame interval (s) that keeps a run's playback within MAX_FRAME_POSITIONS: 1 s, or longer. */
export function frameInterval(agents: number, durationS: number): number {
  return Math.max(1, Math.ceil((agents * durationS) / MAX_FRAME_POSITIONS));
}

/** Highest people per m² over the cells of a frame (local metres). */
function framePeak(frame: TrajectoryFrame): number {
  const counts = new Map<number, number>();
  let best = 0;
  for (let i = 0; i + 1 < frame.xy.length; i += 2) {
    const cx = Math.floor((frame.xy[i] as number) / DENSITY_CELL_M);
    const cy = Math.floor((frame.xy[i + 1] as number) / DENSITY_CELL_M);
    const key = cx * 1_000_003 + cy;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > best) best = n;
  }
  return best / (DENSITY_CELL_M * DENSITY_CELL_M);
}

/** Frames in local metres → WGS84 (the inverse of the scenario's equirectangular projection), packed. */
function packFrames(frames: readonly TrajectoryFrame[], origin: readonly [number, number], everyS: number): CrowdFrames {
  const k = (Math.PI / 180) * EARTH_RADIUS_M;
  const cosLat = Math.cos((origin[1] * Math.PI) / 180);
  return {
    everyS,
    frames: frames.map((f) => {
      const packed = new Int32Array(f.xy.length);
      for (let i = 0; i + 1 < f.xy.length; i += 2) {
        packed[i] = Math.round((origin[0] + (f.xy[i] as number) / (k * cosLat)) * 1e7);
        packed[i + 1] = Math.round((origin[1] + (f.xy[i + 1] as number) / k) * 1e7);
      }
      return { t: f.t, n: f.xy.length / 2, lonLatE7: Buffer.from(packed.buffer).toString('base64') };
    }),
  };
}

export interface CrowdRun {
  readonly result: CrowdResult;
  readonly frames: CrowdFrames;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Runs a WGS84 scenario of CROWD.md's format to its end on this thread, reporting progress by simulated
 * time and noticing cancellation between steps; returns the result (evacuation curve, per-exit flows over
 * time, peak density) and the playback frames in WGS84.
 */
export function runCrowdSimulation(
  scenario: unknown,
  ctx: { progress(fraction: number, message?: string): void; readonly signal?: AbortSignal } = { progress: () => undefined },
): CrowdRun {
  // Preparing (a floor field per exit) is the first 5 %; the simulated time the rest.
  const prepared = prepareScenario(scenario, { onProgress: (fraction, phase) => ctx.progress(0.05 * fraction, phase) });
  if (!prepared.ok) throw new CrowdInputError(formatIssues(prepared.error));
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
    if ((sim.steps & 63) === 0) {
      if (ctx.signal?.aborted) throw new JobCancelledError();
      const wall = performance.now();
      if (wall - lastReport > 250) {
        lastReport = wall;
        const fraction = Math.max(sim.time / compiled.config.duration, sim.out / Math.max(1, agents));
        ctx.progress(0.05 + 0.94 * Math.min(1, fraction), `${Math.round(sim.time)} s simulated, ${sim.out} of ${agents} out`);
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
  const origin = (compiled.origin ?? [0, 0]) as [number, number];
  ctx.progress(1, `${out} of ${agents} out`);
  return {
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
      peakDensity: r2(sim.frames.reduce((m, f) => Math.max(m, framePeak(f)), 0)),
      simulatedS: r2(sim.time),
      steps: sim.steps,
      wallS: r2(wallS),
      agentStepsPerS: wallS > 0 ? Math.round(sim.agentSteps / wallS) : 0,
    },
    frames: packFrames(sim.frames, origin, everyS),
  };
}

/** `crowd.simulate`: a crowd simulation of a site, its scenario built by the crowd-simulation service. */
export const crowdSimulate = defineJobKind({
  name: 'crowd.simulate',
  internal: true,
  input: z.strictObject({ scenario: z.unknown() }),
  run: ({ scenario }, ctx): Promise<CrowdRun> => Promise.resolve(runCrowdSimulation(scenario, ctx)),
});
