import type { Point } from './vec.ts';

const EARTH_RADIUS_M = 6_371_008.8;

/** A projection from longitude/latitude (degrees) to local metres around an origin. */
export interface LocalProjection {
  readonly origin: Point;
  readonly toLocal: (lonLat: Point) => Point;
}

/**
 * An equirectangular projection centred on `origin` (lon, lat), accurate to well under a centimetre per
 * 100 m over the extent of a public space.
 * @example
 * const p = localProjection([7.26, 43.7]);
 * p.toLocal([7.26, 43.7]); // [0, 0]
 */
export function localProjection(origin: Point): LocalProjection {
  const k = (Math.PI / 180) * EARTH_RADIUS_M;
  const cosLat = Math.cos((origin[1] * Math.PI) / 180);
  return {
    origin,
    toLocal: ([lon, lat]) => [(lon - origin[0]) * k * cosLat, (lat - origin[1]) * k],
  };
}
