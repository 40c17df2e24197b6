/**
 * A stepping worker: waits for the main thread to publish a step (generation counter), computes blocks
 * of agents until none is left, reports done. Started by `parallel-runner.ts` (through tsx from the sources).
 */
import { workerData } from 'node:worker_threads';
import type { KernelContext } from '../sim/kernel-context.ts';
import { claimBlocks } from './claim-blocks.ts';
import { CTRL_DONE, CTRL_GENERATION, CTRL_STOP } from './control.ts';

const { ctx, ctrl } = workerData as { ctx: KernelContext; ctrl: Int32Array };
// Generations start at 0 and the first step is 1: a worker that loads late still sees step 1.
let seen = 0;
for (;;) {
  Atomics.wait(ctrl, CTRL_GENERATION, seen);
  seen = Atomics.load(ctrl, CTRL_GENERATION);
  if (Atomics.load(ctrl, CTRL_STOP) === 1) break;
  claimBlocks(ctx, ctrl);
  Atomics.add(ctrl, CTRL_DONE, 1);
  Atomics.notify(ctrl, CTRL_DONE);
}
