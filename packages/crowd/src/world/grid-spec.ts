import type { Bounds } from '../geometry/vec.ts';

/** A regular grid of square cells; cell (c, r) has its centre at origin + (c + ½, r + ½)·cell. */
export interface GridSpec {
  readonly originX: number;
  readonly originY: number;
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
}

/**
 * A grid covering `bounds` with cells of `cell` metres and `pad` extra cells on every side.
 * @example
 * gridOver({ minX: 0, minY: 0, maxX: 10, maxY: 5 }, 0.25, 1).cols; // 42
 */
export function gridOver(bounds: Bounds, cell: number, pad: number): GridSpec {
  const originX = bounds.minX - pad * cell;
  const originY = bounds.minY - pad * cell;
  return {
    originX,
    originY,
    cell,
    cols: Math.ceil((bounds.maxX - bounds.minX) / cell) + 2 * pad,
    rows: Math.ceil((bounds.maxY - bounds.minY) / cell) + 2 * pad,
  };
}
