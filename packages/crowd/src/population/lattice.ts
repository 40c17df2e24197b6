import { pointInRing, boundsOf, type Ring } from '../geometry/vec.ts';
import { cellAt, type World } from '../world/world.ts';
import { CELL_GROUND } from '../world/rasterise.ts';
import { wallDistance } from '../world/wall-index.ts';

/**
 * Points of a triangular lattice of the given spacing inside `area` ∩ walkable ground, at least
 * `clearance` metres from every wall, in row-major order. The lattice is shifted by (ox, oy).
 * @example
 * const pts = latticePoints(world, area, 0.5, 0.25, 0, 0);
 */
export function latticePoints(
  world: World,
  area: Ring,
  spacing: number,
  clearance: number,
  ox: number,
  oy: number,
): number[] {
  const b = boundsOf([area]);
  const dy = (spacing * Math.sqrt(3)) / 2;
  const out: number[] = [];
  let row = 0;
  for (let y = b.minY + oy; y <= b.maxY; y += dy, row++) {
    const shift = row % 2 === 0 ? 0 : spacing / 2;
    for (let x = b.minX + ox + shift; x <= b.maxX; x += spacing) {
      if (isFree(world, area, x, y, clearance)) out.push(x, y);
    }
  }
  return out;
}

/**
 * Whether a disc of radius `clearance` at (x, y) lies on walkable ground inside `area`, clear of walls.
 * @example
 * isFree(world, area, 1, 1, 0.2);
 */
export function isFree(world: World, area: Ring, x: number, y: number, clearance: number): boolean {
  if (!pointInRing(x, y, area)) return false;
  const cell = cellAt(world.grid, x, y);
  if (cell < 0 || world.mask.kind[cell] !== CELL_GROUND) return false;
  return wallDistance(world.walls, x, y) >= clearance;
}
