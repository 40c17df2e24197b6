import type { PolygonXY, Ring } from './polygon.ts';
import type { XY } from './xy.ts';

/**
 * Signed area (m²) of an open ring by the shoelace formula: positive when counter-clockwise.
 *
 * @example
 * signedRingArea([xy(0, 0), xy(2, 0), xy(2, 2), xy(0, 2)]); // 4
 */
export function signedRingArea(ring: Ring<XY>): number {
  const n = ring.length;
  if (n < 3) return 0;
  let sum = 0;
  let prev = ring[n - 1] as XY;
  for (const p of ring) {
    sum += (prev[0] - p[0]) * (prev[1] + p[1]);
    prev = p;
  }
  return sum / 2;
}

/**
 * Area (m²) of a polygon: the outer ring minus its holes, whatever their orientation.
 *
 * @example
 * polygonArea({ outer: square10, holes: [square2] }); // 96
 */
export function polygonArea(polygon: PolygonXY): number {
  let a = Math.abs(signedRingArea(polygon.outer));
  for (const hole of polygon.holes) a -= Math.abs(signedRingArea(hole));
  return Math.max(0, a);
}
