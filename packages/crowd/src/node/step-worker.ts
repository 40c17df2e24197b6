/**
 * A stepping worker: waits for the main thread to publish a step (generation counter), computes its
 * slice of the agents, reports done. Loaded through tsx (see `parallel-runner.ts`).
 */
import { workerData } from 'node:worker_threads';
import type { KernelContext } from '../sim/kernel-context.ts';
import { stepRange } from '../sim/step-range.ts';
import { chunk } from './chunk.ts';
import { CTRL_DONE, CTRL_GENERATION, CTRL_STOP } from './control.ts';

const { ctx, ctrl, part, parts } = workerData as {
  ctx: KernelContext;
  ctrl: Int32Array;
  part: number;
  parts: number;
};
// Generations start at 0 and the first step is 1: a worker that loads late still sees step 1.
let seen = 0;
for (;;) {
  Atomics.wait(ctrl, CTRL_GENERATION, seen);
  seen = Atomics.load(ctrl, CTRL_GENERATION);
  if (Atomics.load(ctrl, CTRL_STOP) === 1) break;
  const [from, to] = chunk(ctx.grid.meta[0] as number, part, parts);
  stepRange(ctx, from, to);
  Atomics.add(ctrl, CTRL_DONE, 1);
  Atomics.notify(ctrl, CTRL_DONE);
}
