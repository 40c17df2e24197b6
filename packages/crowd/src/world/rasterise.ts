import type { Point, Ring } from '../geometry/vec.ts';
import type { Region } from '../geometry/region.ts';
import type { GridSpec } from './grid-spec.ts';

/** Cell kinds of the domain mask. */
export const CELL_BLOCKED = 0;
export const CELL_GROUND = 1;
export const CELL_EXIT = 2;

/** The domain mask of a grid: what each cell centre lies in. */
export interface DomainMask {
  /** CELL_BLOCKED, CELL_GROUND or CELL_EXIT per cell. */
  readonly kind: Uint8Array;
  /** Index of the exit of an exit cell, else -1. */
  readonly exitOf: Int16Array;
}

/**
 * Rasterises a region on a grid by scanlines through the cell centres (even–odd per ring).
 * @example
 * const mask = rasterise(region, gridOver(boundsOf(region.walkable), 0.2, 2));
 */
export function rasterise(region: Region, grid: GridSpec): DomainMask {
  const cells = grid.cols * grid.rows;
  const walk = new Uint8Array(cells);
  const blocked = new Uint8Array(cells);
  const exitOf = new Int16Array(cells).fill(-1);
  for (const ring of region.walkable) fillRing(ring, grid, (i) => (walk[i] = 1));
  for (const ring of region.obstacles) fillRing(ring, grid, (i) => (blocked[i] = 1));
  region.exits.forEach((ring, k) =>
    fillRing(ring, grid, (i) => (exitOf[i] = exitOf[i] === -1 ? k : (exitOf[i] as number))),
  );
  const kind = new Uint8Array(cells);
  for (let i = 0; i < cells; i++) {
    if (exitOf[i] !== -1 && !(walk[i] && !blocked[i])) kind[i] = CELL_EXIT;
    else {
      exitOf[i] = -1;
      kind[i] = walk[i] && !blocked[i] ? CELL_GROUND : CELL_BLOCKED;
    }
  }
  demoteDoorway(kind, exitOf, grid);
  return { kind, exitOf };
}

/**
 * Exit cells next to walkable ground become ground: people leave once their body is through the
 * opening (a cell past the boundary), not as soon as their centre touches the line. The exit polygon's
 * sides act as the door jambs, so an exit behaves like a door in a wall of some thickness.
 */
function demoteDoorway(kind: Uint8Array, exitOf: Int16Array, grid: GridSpec): void {
  const { cols, rows } = grid;
  const doorway: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (kind[i] !== CELL_EXIT) continue;
      let nearGround = false;
      for (let dr = -1; dr <= 1 && !nearGround; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr,
            cc = c + dc;
          if (rr >= 0 && cc >= 0 && rr < rows && cc < cols && kind[rr * cols + cc] === CELL_GROUND)
            nearGround = true;
        }
      }
      if (nearGround) doorway.push(i);
    }
  }
  for (const i of doorway) {
    kind[i] = CELL_GROUND;
    exitOf[i] = -1;
  }
}

/** Calls `visit` for every cell whose centre lies inside `ring`. */
function fillRing(ring: Ring, grid: GridSpec, visit: (cell: number) => void): void {
  const xs: number[] = [];
  const n = ring.length;
  for (let r = 0; r < grid.rows; r++) {
    const y = grid.originY + (r + 0.5) * grid.cell;
    xs.length = 0;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as Point;
      const b = ring[j] as Point;
      if (a[1] > y !== b[1] > y) xs.push(((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]);
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil(((xs[k] as number) - grid.originX) / grid.cell - 0.5));
      const c1 = Math.min(
        grid.cols - 1,
        Math.floor(((xs[k + 1] as number) - grid.originX) / grid.cell - 0.5),
      );
      for (let c = c0; c <= c1; c++) visit(r * grid.cols + c);
    }
  }
}
