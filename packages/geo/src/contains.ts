import type { PolygonXY, Ring } from './polygon.ts';
import type { XY } from './xy.ts';

/**
 * Whether a point lies inside an open ring (even–odd rule; points exactly on the boundary may go either way).
 *
 * @example
 * ringContains([xy(0, 0), xy(4, 0), xy(4, 4), xy(0, 4)], xy(1, 1)); // true
 */
export function ringContains(ring: Ring<XY>, p: XY): boolean {
  const [px, py] = p;
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as XY;
    const b = ring[j] as XY;
    if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0])
      inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies inside a polygon: inside the outer ring and in none of the holes.
 *
 * @example
 * polygonContains({ outer: square, holes: [] }, xy(1, 1)); // true
 */
export function polygonContains(polygon: PolygonXY, p: XY): boolean {
  if (!ringContains(polygon.outer, p)) return false;
  for (const hole of polygon.holes) if (ringContains(hole, p)) return false;
  return true;
}
