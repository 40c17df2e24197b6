import type { LngLat, MultiPolygon, Polygon } from '@pactesur/contracts';
import { createLocalProjection, lngLat, polygonArea, polygonContains, type LocalProjection, type PolygonXY, type XY } from '@pactesur/geo';

/** A coverage's area as GeoJSON: one polygon or several. */
export type CoverageArea = Polygon | MultiPolygon;

/** The polygons of an area, each as its closed rings of [lng, lat]. */
const polygonsOf = (area: CoverageArea): readonly (readonly (readonly (readonly [number, number])[])[])[] =>
  area.type === 'Polygon' ? [area.coordinates] : area.coordinates;

/** The bounding box of an area's outer rings, `[minLng, minLat, maxLng, maxLat]`. */
function bboxOf(area: CoverageArea): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(area))
    for (const [lng, lat] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
  return box;
}

/** The area's polygons on a local projection around the centre of its bounding box (rings opened). */
function projected(area: CoverageArea): { projection: LocalProjection; polygons: PolygonXY[] } {
  const [minLng, minLat, maxLng, maxLat] = bboxOf(area);
  const projection = createLocalProjection(lngLat((minLng + maxLng) / 2, (minLat + maxLat) / 2));
  const open = (ring: readonly (readonly [number, number])[]): XY[] => ring.slice(0, -1).map(([lng, lat]) => projection.toXY(lngLat(lng, lat)));
  const polygons = polygonsOf(area).flatMap(([outer, ...holes]) => (outer ? [{ outer: open(outer), holes: holes.map(open) }] : []));
  return { projection, polygons };
}

/**
 * The area in km² (holes subtracted), on a local projection around its centre: coverages are compared by
 * it, the smallest taking a report first, so a city's area wins over the region around it.
 */
export function areaKm2(area: CoverageArea): number {
  const { polygons } = projected(area);
  return polygons.reduce((sum, p) => sum + polygonArea(p), 0) / 1e6;
}

/** Whether the point lies inside the area (outside its holes). */
export function areaContains(area: CoverageArea, point: LngLat): boolean {
  const [minLng, minLat, maxLng, maxLat] = bboxOf(area);
  const [lng, lat] = point;
  if (lng < minLng || lng > maxLng || lat < minLat || lat > maxLat) return false;
  const { projection, polygons } = projected(area);
  const p = projection.toXY(lngLat(lng, lat));
  return polygons.some((polygon) => polygonContains(polygon, p));
}
