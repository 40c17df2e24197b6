import { cfsmRange } from './cfsm-kernel.ts';
import type { KernelContext } from './kernel-context.ts';
import { sfmRange } from './sfm-kernel.ts';

/**
 * Runs the model's kernel for the agents at positions [from, to) of the neighbour grid's order.
 * @example
 * stepRange(ctx, 0, ctx.grid.meta[0]);
 */
export function stepRange(ctx: KernelContext, from: number, to: number): void {
  if (ctx.model.kind === 'cfsm') cfsmRange(ctx, from, to);
  else sfmRange(ctx, from, to);
}
