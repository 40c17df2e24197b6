import type { LngLat, Polygon } from '@pactesur/contracts';
import {
  createLocalProjection,
  distance,
  lngLat,
  polygonArea,
  type LocalProjection,
  type XY,
} from '@pactesur/geo';

type Position = readonly [number, number];

/** The local projection around the centre of the points' bounding box; null without a point. */
function projectionAround(points: readonly Position[]): LocalProjection | null {
  if (points.length === 0) return null;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of points) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return createLocalProjection(lngLat((minLon + maxLon) / 2, (minLat + maxLat) / 2));
}

/** A GeoJSON ring (closed: its last point repeats the first) as the open ring of the local plane. */
function openRing(ring: readonly Position[], projection: LocalProjection): XY[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed =
    ring.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    first[0] === last[0] &&
    first[1] === last[1];
  return (closed ? ring.slice(0, -1) : ring).map(([lon, lat]) => projection.toXY(lngLat(lon, lat)));
}

/**
 * The area (m²) of a polygon in longitude and latitude, its holes taken off, on the local projection
 * around its outer ring.
 *
 * @example
 * // 0.001° × 0.001° in Nice
 * polygonAreaM2({ type: 'Polygon', coordinates: [[[7.26, 43.69], [7.261, 43.69], [7.261, 43.691], [7.26, 43.691], [7.26, 43.69]]] }); // ≈ 8 958
 */
export function polygonAreaM2(polygon: Polygon): number {
  const [outer, ...holes] = polygon.coordinates;
  const projection = projectionAround(outer ?? []);
  if (outer === undefined || projection === null) return 0;
  return polygonArea({
    outer: openRing(outer, projection),
    holes: holes.map((h) => openRing(h, projection)),
  });
}

/** The length (m) of a path in longitude and latitude, on the local projection around it. */
export function pathLengthM(path: readonly LngLat[]): number {
  const projection = projectionAround(path);
  if (projection === null) return 0;
  const points = path.map(([lon, lat]) => projection.toXY(lngLat(lon, lat)));
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1] as XY, points[i] as XY);
  return total;
}
