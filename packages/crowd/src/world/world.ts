import type { Ring } from '../geometry/vec.ts';
import type { DomainMask } from './rasterise.ts';
import type { GridSpec } from './grid-spec.ts';
import type { WallIndex } from './wall-index.ts';

/** One exit of a compiled world. */
export interface WorldExit {
  readonly id: string;
  readonly ring: Ring;
  /** Opening width on the walkable boundary, metres. */
  readonly width: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Everything the stepping needs about the place, precomputed once: the fine grid with its domain mask,
 * wall distance and one floor field (distance and unit direction) per exit, and the bucketed walls.
 * Plain data of typed arrays, so it can be handed to worker threads as is.
 */
export interface World {
  readonly grid: GridSpec;
  readonly mask: DomainMask;
  /** Distance from each cell centre to the nearest wall, capped at `walls.reach`. */
  readonly wallDist: Float32Array;
  readonly walls: WallIndex;
  readonly exits: readonly WorldExit[];
  /** Number of floor fields (one per exit). */
  readonly fieldCount: number;
  /** Walking distance per field and cell: index field·cells + cell. */
  readonly fieldDist: Float32Array;
  /**
   * Unit walking direction per field and cell, x and y interleaved (index 2·(field·cells + cell)), so
   * that one bilinear look-up reads two cache lines, not four.
   */
  readonly fieldDir: Float32Array;
  /** Length of the period along x for periodic corridors, 0 for ordinary worlds. */
  readonly periodX: number;
  /** Walkable area in square metres. */
  readonly area: number;
}

/**
 * Index of the fine-grid cell holding (x, y), or -1 outside the grid.
 * @example
 * const cell = cellAt(world.grid, 3.1, 4.2);
 */
export function cellAt(grid: GridSpec, x: number, y: number): number {
  const c = Math.floor((x - grid.originX) / grid.cell);
  const r = Math.floor((y - grid.originY) / grid.cell);
  if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return -1;
  return r * grid.cols + c;
}
