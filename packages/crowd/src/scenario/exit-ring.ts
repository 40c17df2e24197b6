import { inGround, type Region } from '../geometry/region.ts';
import type { Point, Ring } from '../geometry/vec.ts';

/** Depth given to exits drawn as lines, metres (several grid cells). */
const LINE_EXIT_DEPTH = 0.6;

/**
 * The polygon of an exit drawn as a line on the boundary: a rectangle extruded outwards (to the side
 * that is not walkable). Null when the line has walkable ground on both sides or on neither.
 * @example
 * lineExitRing(region, [[14.5, 20], [15.5, 20]]); // [[14.5,20],[15.5,20],[15.5,20.6],[14.5,20.6]]
 */
export function lineExitRing(region: Omit<Region, 'exits'>, line: readonly [Point, Point]): Ring | null {
  const [a, b] = line;
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len === 0) return null;
  const nx = -(b[1] - a[1]) / len;
  const ny = (b[0] - a[0]) / len;
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const full = { ...region, exits: [] };
  const left = inGround(full, mx + 0.05 * nx, my + 0.05 * ny);
  const right = inGround(full, mx - 0.05 * nx, my - 0.05 * ny);
  if (left === right) return null;
  const s = left ? -LINE_EXIT_DEPTH : LINE_EXIT_DEPTH;
  return [a, b, [b[0] + s * nx, b[1] + s * ny], [a[0] + s * nx, a[1] + s * ny]];
}
