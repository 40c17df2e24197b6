import type { World } from '../world/world.ts';

/**
 * The exit whose area holds (x, y), or −1 (also outside the grid). Periodic worlds have no exits.
 * @example
 * if (exitAt(world, x, y) >= 0) status[i] = OUT;
 */
export function exitAt(world: World, x: number, y: number): number {
  const g = world.grid;
  const c = Math.floor((x - g.originX) / g.cell);
  const r = Math.floor((y - g.originY) / g.cell);
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1;
  return world.mask.exitOf[r * g.cols + c] as number;
}
