import type { LocalProjection, PolygonXY } from '@pactesur/geo';
import type { OsmArea } from '@pactesur/osm';

/** An OSM area with its polygons in site metres. */
export interface ProjectedArea {
  readonly area: OsmArea;
  readonly polygons: readonly PolygonXY[];
}

/**
 * Projects the polygons of OSM areas into the site plane.
 *
 * @example
 * const projected = projectAreas(areas, projection);
 */
export function projectAreas(areas: readonly OsmArea[], projection: LocalProjection): ProjectedArea[] {
  return areas.map((area) => ({
    area,
    polygons: area.polygons.map((p) => ({
      outer: p.outer.map(projection.toXY),
      holes: p.holes.map((h) => h.map(projection.toXY)),
    })),
  }));
}
