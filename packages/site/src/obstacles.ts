import type { PolygonXY, XY } from '@pactesur/geo';
import { obstacleAreaKind, type ObstacleKind } from './feature-kinds.ts';
import type { ProjectedArea } from './projected-areas.ts';

/** A building or body of water: space nobody crosses. */
export interface ObstaclePolygon {
  readonly kind: ObstacleKind;
  readonly source: { readonly type: 'way' | 'relation'; readonly id: number };
  readonly polygon: PolygonXY;
}

/**
 * The obstacle polygons among the site's areas.
 *
 * @example
 * const buildings = collectObstacles(projectedAreas).filter((o) => o.kind === 'building');
 */
export function collectObstacles(areas: readonly ProjectedArea[]): ObstaclePolygon[] {
  const out: ObstaclePolygon[] = [];
  for (const { area, polygons } of areas) {
    const kind = obstacleAreaKind(area.tags);
    if (kind) for (const polygon of polygons) out.push({ kind, source: area.source, polygon });
  }
  return out;
}

/**
 * Every edge of the obstacle polygons as `[x1, y1, x2, y2, owner]`, for a `SegmentIndex`.
 *
 * @example
 * SegmentIndex.build(obstacleEdges(obstacles));
 */
export function obstacleEdges(
  obstacles: readonly ObstaclePolygon[],
): [number, number, number, number, number][] {
  const out: [number, number, number, number, number][] = [];
  obstacles.forEach((o, owner) => {
    for (const ring of [o.polygon.outer, ...o.polygon.holes]) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i] as XY;
        const b = ring[(i + 1) % ring.length] as XY;
        out.push([a[0], a[1], b[0], b[1], owner]);
      }
    }
  });
  return out;
}
