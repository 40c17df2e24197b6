import type { KernelContext } from '../sim/kernel-context.ts';
import { stepRange } from '../sim/step-range.ts';
import { BLOCK, CTRL_NEXT } from './control.ts';

/**
 * Runs the kernel on blocks of the grid order claimed from the shared counter until all are taken.
 * @example
 * claimBlocks(ctx, ctrl);
 */
export function claimBlocks(ctx: KernelContext, ctrl: Int32Array): void {
  const total = ctx.grid.meta[0] as number;
  for (
    let from = Atomics.add(ctrl, CTRL_NEXT, BLOCK);
    from < total;
    from = Atomics.add(ctrl, CTRL_NEXT, BLOCK)
  ) {
    stepRange(ctx, from, Math.min(total, from + BLOCK));
  }
}
