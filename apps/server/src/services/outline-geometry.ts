import type { LngLat, MultiPolygon, Polygon } from '@pactesur/contracts';
import { createLocalProjection, lngLat, polygonArea, type XY } from '@pactesur/geo';

/** The centre of an outline's bounding box. */
export function outlineCentre(outline: MultiPolygon): LngLat {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of outline.coordinates)
    for (const [lon, lat] of polygon[0] ?? []) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}

/**
 * The area in m² enclosed by an outline drawn by hand (holes subtracted), on a local projection around its
 * centre. Buildings inside are not subtracted: outlines from an extract's suggestions carry their walkable
 * area instead.
 */
export function outlineAreaM2(outline: MultiPolygon): number {
  const centre = outlineCentre(outline);
  const projection = createLocalProjection(lngLat(centre[0], centre[1]));
  const open = (ring: readonly (readonly [number, number])[]): XY[] =>
    ring.slice(0, -1).map(([lon, lat]) => projection.toXY(lngLat(lon, lat)));
  let total = 0;
  for (const [outer, ...holes] of outline.coordinates) {
    if (!outer) continue;
    total += polygonArea({ outer: open(outer), holes: holes.map(open) });
  }
  return Math.round(total);
}

/**
 * The default protected zone of a site: the outer ring of the largest polygon of its outline. Holes (the
 * buildings and fountains inside a square) are left out: no vehicle starts inside them. A site whose outline
 * has several parts gets its largest; a user draws a zone of their own for another.
 */
export function zoneFromOutline(outline: MultiPolygon): Polygon {
  let best: MultiPolygon['coordinates'][number] | undefined;
  let bestArea = -1;
  for (const polygon of outline.coordinates) {
    const area = outlineAreaM2({ type: 'MultiPolygon', coordinates: [[polygon[0] ?? []]] });
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return { type: 'Polygon', coordinates: [best?.[0] ?? []] };
}
