import { Worker } from 'node:worker_threads';
import type { Populated } from '../population/populate.ts';
import { runSimulation } from '../sim/run-simulation.ts';
import { Simulation } from '../sim/simulation.ts';
import type { SimulationConfig } from '../sim/simulation-config.ts';
import { summarise, type SimulationOutput } from '../sim/simulation-result.ts';
import { StepClock } from '../sim/step-clock.ts';
import type { World } from '../world/world.ts';
import { claimBlocks } from './claim-blocks.ts';
import { CTRL_DONE, CTRL_GENERATION, CTRL_NEXT, CTRL_SLOTS, CTRL_STOP } from './control.ts';

/**
 * Runs a simulation on `threads` threads: the main thread and threads − 1 workers share the agents and
 * the neighbour grid through SharedArrayBuffers. Per step the main thread prepares (serial), everyone
 * computes blocks of the grid order claimed from a shared counter (reading the current state, writing the next), and the
 * main thread commits (serial, in agent order). Results are bit-identical for any number of threads.
 * @example
 * const { result } = await runParallel(world, population, config, 2);
 */
export async function runParallel(
  world: World,
  population: Populated,
  config: SimulationConfig,
  threads: number,
): Promise<SimulationOutput> {
  if (threads <= 1) return runSimulation(world, population, config);
  const sim = new Simulation(world, population, config);
  const ctrl = new Int32Array(new SharedArrayBuffer(4 * CTRL_SLOTS));
  const workers = await Promise.all(
    Array.from({ length: threads - 1 }, () => startWorker({ ctx: sim.ctx, ctrl })),
  );
  const helpers = workers.length;
  try {
    const clock = new StepClock(config.measureFromS);
    while (!sim.done()) {
      sim.prepare();
      Atomics.store(ctrl, CTRL_DONE, 0);
      Atomics.store(ctrl, CTRL_NEXT, 0);
      Atomics.add(ctrl, CTRL_GENERATION, 1);
      Atomics.notify(ctrl, CTRL_GENERATION);
      claimBlocks(sim.ctx, ctrl);
      for (let done = Atomics.load(ctrl, CTRL_DONE); done < helpers; done = Atomics.load(ctrl, CTRL_DONE)) {
        Atomics.wait(ctrl, CTRL_DONE, done);
      }
      sim.commit();
      clock.tick(sim);
    }
    return { result: summarise(sim, clock.finish(sim), threads), frames: sim.frames };
  } finally {
    Atomics.store(ctrl, CTRL_STOP, 1);
    Atomics.add(ctrl, CTRL_GENERATION, 1);
    Atomics.notify(ctrl, CTRL_GENERATION);
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
  }
}

/**
 * The entry of a stepping worker. From the sources, workers run TypeScript through tsx: on Node 20 the
 * loader hooks of `execArgv: ['--import', 'tsx']` do not reach worker threads (ERR_UNKNOWN_FILE_EXTENSION),
 * so a plain-JavaScript boot file registers tsx's API inside the worker and then imports the step loop
 * (from tsx and under Vitest alike). The compiled build (scripts/build.mjs) emits the compiled step loop
 * under the boot file's name beside its chunks, so this same URL starts it there.
 */
const WORKER_ENTRY = new URL('./step-worker-boot.mjs', import.meta.url);

function startWorker(data: unknown): Promise<Worker> {
  return new Promise((resolve, reject) => {
    // execArgv is set, not inherited: a parent started by tsx passes loader flags that break eval workers.
    const worker = new Worker(WORKER_ENTRY, { workerData: data, execArgv: [] });
    worker.once('online', () => resolve(worker));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`crowd worker exited early with code ${code}`)));
  });
}
