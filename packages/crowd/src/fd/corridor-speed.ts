import { WEIDMANN_SPEED, type Distribution } from '../population/distribution.ts';
import { placeInCorridor } from './corridor-placement.ts';
import type { ModelParams } from '../sim/model.ts';
import { Simulation } from '../sim/simulation.ts';
import { periodicCorridor } from '../world/periodic-corridor.ts';
import { err, ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';

/** A periodic-corridor measurement of the fundamental diagram (RiMEA test 4). */
export interface CorridorRun {
  readonly model: ModelParams;
  /** Persons per square metre (2D) or per metre (single file, `width` ≤ 0.8). */
  readonly density: number;
  readonly length: number;
  readonly width: number;
  readonly radius?: number;
  readonly v0?: Distribution | undefined;
  readonly seed?: number;
  /** Transient before measuring, seconds (RiMEA: 10). */
  readonly warmupS?: number;
  /** Measuring time, seconds (RiMEA: 60). */
  readonly measureS?: number;
}

/** Mean speed and density measured in the 2 m long area at the middle of the corridor. */
export interface CorridorSpeed {
  readonly density: number;
  readonly measuredDensity: number;
  readonly speed: number;
}

/**
 * Fills a periodic corridor at a density, lets it settle and measures the mean speed in a 2 m long area
 * across the middle (2 × 2 m in a wide corridor; the full width in single file).
 * @example
 * const r = corridorSpeed({ model: CFSM_DEFAULTS, density: 2, length: 10, width: 4 });
 */
export function corridorSpeed(run: CorridorRun): Result<CorridorSpeed, readonly Issue[]> {
  const world = periodicCorridor(run.length, run.width);
  const singleFile = run.width <= 0.8;
  const count = Math.round(singleFile ? run.density * run.length : run.density * run.length * run.width);
  const radius = run.radius ?? (run.model.kind === 'sfm' ? 0.25 : 0.2);
  const population = placeInCorridor(
    run.length,
    run.width,
    count,
    radius,
    run.v0 ?? WEIDMANN_SPEED,
    run.seed ?? 1,
  );
  if (!population) {
    return err([
      {
        path: 'density',
        message: `${count} agents of radius ${radius} m do not fit in a ${run.length} m × ${run.width} m corridor`,
      },
    ]);
  }
  const mid = run.length / 2;
  const h = singleFile ? run.width : Math.min(2, run.width);
  const y0 = (run.width - h) / 2;
  const warmup = run.warmupS ?? 10;
  const sim = new Simulation(world, population, {
    model: run.model,
    dt: 0.01,
    duration: warmup + (run.measureS ?? 60),
    seed: run.seed ?? 1,
    stopWhenEmpty: false,
  });
  const a = population.agents;
  const every = 50;
  let n = 0,
    speed = 0,
    density = 0;
  while (!sim.done()) {
    sim.prepare();
    sim.kernelAll();
    sim.commit();
    if (sim.time < warmup || sim.steps % every !== 0) continue;
    // Velocity along the corridor (walking direction) of the people in the box, as in the experiments.
    let inBox = 0,
      vx = 0;
    for (let i = 0; i < a.count; i++) {
      const x = a.x[i] as number,
        y = a.y[i] as number;
      if (x < mid - 1 || x >= mid + 1 || y < y0 || y >= y0 + h) continue;
      inBox++;
      vx += a.vx[i] as number;
    }
    n++;
    density += inBox / (2 * h);
    if (inBox > 0) speed += vx / inBox;
  }
  const measuredDensity = (density / n) * (singleFile ? h : 1);
  return ok({ density: run.density, measuredDensity, speed: speed / n });
}
