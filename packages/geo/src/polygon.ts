import type { LngLat } from './lnglat.ts';
import type { XY } from './xy.ts';

/** A ring of points, stored open (the first point is not repeated at the end). */
export type Ring<P> = readonly P[];

/** A polygon: one outer ring and zero or more holes, all open rings. */
export interface Polygon<P> {
  readonly outer: Ring<P>;
  readonly holes: readonly Ring<P>[];
}

/** A polygon in the local metric plane. */
export type PolygonXY = Polygon<XY>;
/** A polygon in WGS84 degrees. */
export type PolygonLngLat = Polygon<LngLat>;

/** An axis-aligned box `[minX, minY, maxX, maxY]` (in whatever plane the caller uses). */
export type BBox = readonly [minX: number, minY: number, maxX: number, maxY: number];

/**
 * The bounding box of a list of points, or `null` when the list is empty.
 *
 * @example
 * bboxOf([xy(0, 0), xy(2, 3)]); // [0, 0, 2, 3]
 */
export function bboxOf(points: readonly (readonly [number, number])[]): BBox | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
