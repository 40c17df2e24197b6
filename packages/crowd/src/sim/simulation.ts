import type { Populated } from '../population/populate.ts';
import { CHOICE_CONGESTION } from '../population/populate.ts';
import type { World } from '../world/world.ts';
import { OUT, WAITING, WALKING } from './agents.ts';
import { EXIT_CAPACITY, chooseByCongestion, chooseNearest } from './exit-choice.ts';
import type { KernelContext } from './kernel-context.ts';
import { Measurements } from './measurements.ts';
import { allocateNeighbourGrid, rebuildNeighbourGrid } from './neighbour-grid.ts';
import type { SimulationConfig, TrajectoryFrame } from './simulation-config.ts';
import { stepRange } from './step-range.ts';

// Imported constants copied once: hot loops read a local, not a module binding.
const S_WAITING = WAITING;
const S_WALKING = WALKING;
const S_OUT = OUT;

/** Seconds between re-evaluations of congestion-aware exit choices. */
const RECHOOSE_EVERY_S = 2;
/**
 * Smallest neighbour-grid cell, metres. Cells are never narrower than the reach of the short-range
 * interactions (2·max radius + 0.6 m), so the 3 × 3 cells around an agent hold all its contacts.
 */
export const NEIGHBOUR_CELL = 1.0;

/**
 * A running simulation. Each step is three phases: `prepare` (statuses, exit choice, neighbour grid —
 * serial), the kernel over all agents (parallel-safe: reads the current state, writes the next one) and
 * `commit` (moves, exits, measurements — serial, in agent order). The split is what makes results
 * independent of the number of threads.
 * @example
 * const sim = new Simulation(world, population, { model: CFSM_DEFAULTS, dt: 0.01, duration: 60, seed: 1 });
 * while (!sim.done()) { sim.prepare(); sim.kernelAll(); sim.commit(); }
 */
export class Simulation {
  readonly ctx: KernelContext;
  readonly measurements: Measurements;
  readonly exitTimes: Float64Array;
  /** Exit each agent left by (-1: still inside). */
  readonly exitUsed: Int16Array;
  readonly exitCounts: number[];
  readonly exitFirst: (number | null)[];
  readonly exitLast: (number | null)[];
  readonly remaining: { t: number[]; count: number[] } = { t: [], count: [] };
  readonly frames: TrajectoryFrame[] = [];
  agentSteps = 0;
  steps = 0;
  out = 0;
  private readonly sampleEvery: number;
  private readonly frameEvery: number;
  private readonly rechooseEvery: number;
  private readonly hasCongestion: boolean;
  private countsAtChoice: number[] = [];

  constructor(
    readonly world: World,
    readonly population: Populated,
    readonly config: SimulationConfig,
  ) {
    const { agents } = population;
    const g = world.grid;
    const grid = allocateNeighbourGrid(
      g.originX,
      g.originY,
      g.originX + g.cols * g.cell,
      g.originY + g.rows * g.cell,
      Math.max(NEIGHBOUR_CELL, 2 * population.maxRadius + 0.6),
      agents.count,
      world.periodX,
    );
    this.ctx = {
      world,
      agents,
      grid,
      model: config.model,
      dt: config.dt,
      seed: config.seed >>> 0,
      clock: new Float64Array(new SharedArrayBuffer(16)),
      maxRadius: population.maxRadius,
    };
    this.measurements = new Measurements(config.lines ?? [], config.areas ?? []);
    this.exitTimes = new Float64Array(agents.count).fill(Number.NaN);
    this.exitUsed = new Int16Array(agents.count).fill(-1);
    this.exitCounts = world.exits.map(() => 0);
    this.exitFirst = world.exits.map(() => null);
    this.exitLast = world.exits.map(() => null);
    this.sampleEvery = Math.max(1, Math.round((config.sampleEveryS ?? 1) / config.dt));
    this.frameEvery = config.trajectoryEveryS
      ? Math.max(1, Math.round(config.trajectoryEveryS / config.dt))
      : 0;
    this.rechooseEvery = Math.max(1, Math.round(RECHOOSE_EVERY_S / config.dt));
    this.hasCongestion = population.choice.some((c) => c === CHOICE_CONGESTION);
    if (world.fieldCount > 0 && world.periodX === 0) chooseNearest(world, agents, population.choice);
    this.record();
  }

  /** Simulated time, seconds. */
  get time(): number {
    return (this.ctx.clock[1] as number) * this.config.dt;
  }

  /** Whether the run is over: time limit reached, or everyone out. */
  done(): boolean {
    if (this.time >= this.config.duration - 1e-9) return true;
    return (this.config.stopWhenEmpty ?? true) && this.out === this.population.agents.count;
  }

  /** Serial phase before the kernel: starts agents whose premovement is over, re-chooses exits, sorts. */
  prepare(): void {
    const { agents } = this.population;
    const t = this.time;
    for (let i = 0; i < agents.count; i++) {
      if (agents.status[i] === S_WAITING && (agents.start[i] as number) <= t + 1e-9)
        agents.status[i] = S_WALKING;
    }
    if (this.hasCongestion && this.steps % this.rechooseEvery === 0) {
      const flows = this.world.exits.map((e, k) => {
        const observed = ((this.exitCounts[k] as number) - (this.countsAtChoice[k] ?? 0)) / RECHOOSE_EVERY_S;
        return observed > 0 ? observed : EXIT_CAPACITY * Math.max(0.5, e.width);
      });
      this.countsAtChoice = [...this.exitCounts];
      chooseByCongestion(this.world, agents, this.population.choice, flows);
    }
    rebuildNeighbourGrid(this.ctx.grid, agents);
  }

  /** Serial phase after the kernel: applies the moves, removes agents that reached an exit, measures. */
  commit(): void {
    const { agents } = this.population;
    const { x, y, nx, ny, vx, vy, nvx, nvy, status, reached } = agents;
    const period = this.world.periodX;
    const tEnd = this.time + this.config.dt;
    let active = 0;
    for (let i = 0; i < agents.count; i++) {
      if (status[i] === S_OUT) continue;
      active++;
      const x0 = x[i] as number;
      const y0 = y[i] as number;
      let x1 = nx[i] as number;
      const y1 = ny[i] as number;
      if (x0 !== x1 || y0 !== y1) this.measurements.move(x0, y0, x1, y1, tEnd);
      if (period > 0) x1 = x1 < 0 ? x1 + period : x1 >= period ? x1 - period : x1;
      x[i] = x1;
      y[i] = y1;
      vx[i] = nvx[i] as number;
      vy[i] = nvy[i] as number;
      const k = reached[i] as number;
      if (k >= 0) {
        status[i] = S_OUT;
        this.out++;
        this.exitTimes[i] = tEnd;
        this.exitUsed[i] = k;
        this.exitCounts[k] = (this.exitCounts[k] as number) + 1;
        if (this.exitFirst[k] === null) this.exitFirst[k] = tEnd;
        this.exitLast[k] = tEnd;
      }
    }
    this.agentSteps += active;
    this.steps++;
    this.ctx.clock[1] = this.steps;
    this.ctx.clock[0] = this.steps * this.config.dt;
    this.record();
  }

  /** Runs the kernel over all agents on this thread. */
  kernelAll(): void {
    stepRange(this.ctx, 0, this.ctx.grid.meta[0] as number);
  }

  private record(): void {
    if (this.steps % this.sampleEvery === 0) {
      const t = Math.round(this.time * 1e6) / 1e6;
      this.measurements.sample(this.population.agents, t);
      this.remaining.t.push(t);
      this.remaining.count.push(this.population.agents.count - this.out);
    }
    if (this.frameEvery > 0 && this.steps % this.frameEvery === 0) this.frames.push(this.frame());
  }

  private frame(): TrajectoryFrame {
    const { agents } = this.population;
    const ids: number[] = [];
    const xy: number[] = [];
    for (let i = 0; i < agents.count; i++) {
      if (agents.status[i] === S_OUT) continue;
      ids.push(i);
      xy.push(
        Math.round((agents.x[i] as number) * 100) / 100,
        Math.round((agents.y[i] as number) * 100) / 100,
      );
    }
    return { t: Math.round(this.time * 1e6) / 1e6, ids, xy };
  }
}
