import type { World } from '../world/world.ts';
import type { AgentArrays } from './agents.ts';
import type { ModelParams } from './model.ts';
import type { NeighbourGrid } from './neighbour-grid.ts';

/**
 * What a step kernel reads and writes: plain data only (typed arrays, numbers), so the same object can be
 * passed to a worker thread, where the shared arrays stay shared and the static ones are copied once.
 */
export interface KernelContext {
  readonly world: World;
  readonly agents: AgentArrays;
  readonly grid: NeighbourGrid;
  readonly model: ModelParams;
  readonly dt: number;
  readonly seed: number;
  /** clock[0]: time in seconds at the start of the step; clock[1]: step index. */
  readonly clock: Float64Array;
  /** Largest agent radius, metres. */
  readonly maxRadius: number;
}
