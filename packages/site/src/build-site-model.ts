import {
  coverageArea,
  createLocalProjection,
  lngLat,
  SegmentIndex,
  type BBox,
  type LngLat,
  type LocalProjection,
  type XY,
} from '@pactesur/geo';
import { assembleAreas, type Diagnostics, type OsmData } from '@pactesur/osm';
import { attachBarriers } from './attach-barriers.ts';
import { collectBarriers } from './collect-barriers.ts';
import { compileGraph } from './compile-graph.ts';
import { isOpenDrivableArea } from './feature-kinds.ts';
import { collectObstacles, obstacleEdges } from './obstacles.ts';
import { addOpenAreaSegments } from './open-area-segments.ts';
import { projectAreas } from './projected-areas.ts';
import { SegmentList } from './segment-list.ts';
import type { SiteModel } from './site-model.ts';
import { collectWalkable } from './walkable-space.ts';
import { addWaySegments } from './way-segments.ts';

/** Options of {@link buildSiteModel}. */
export interface SiteModelOptions {
  /** Projection centre; default the centre of the extract's bounds, else the median node. */
  readonly centre?: LngLat;
  /** Count walkable area only inside the extract's requested bounds (default true). */
  readonly clipToBounds?: boolean;
  /** Scanline step of the walkable-area computation in metres (default 0.1). */
  readonly areaStepM?: number;
}

/**
 * Builds the {@link SiteModel} of a read extract: areas assembled, walkable space and obstacles, the
 * traversable graph with open-area run-ins, barriers linked. Problems in the data are added to
 * `diagnostics`; nothing here throws for bad data.
 *
 * @example
 * const r = await readOsm(bytes);
 * const site = buildSiteModel(r.data, r.diagnostics);
 * site.graph.edgeCount; site.walkableAreaM2;
 */
export function buildSiteModel(
  data: OsmData,
  diagnostics: Diagnostics,
  options: SiteModelOptions = {},
): SiteModel {
  const projection = createLocalProjection(options.centre ?? centreOf(data));
  const areas = projectAreas(assembleAreas(data, diagnostics), projection);
  const clip = options.clipToBounds === false || !data.bounds ? null : projectBounds(data.bounds, projection);
  const walkable = collectWalkable(data, areas, projection);
  const obstacles = collectObstacles(areas);
  const walkableAreaM2 = coverageArea(
    walkable.flatMap((w) => w.pieces),
    obstacles.map((o) => o.polygon),
    { step: options.areaStepM ?? 0.1, ...(clip ? { clip } : {}) },
  );
  const barriers = collectBarriers(data, projection);
  const segs = new SegmentList();
  const traversableWays = addWaySegments(data, segs);
  const blockers = SegmentIndex.build([
    ...obstacleEdges(obstacles.filter((o) => o.kind === 'building')),
    ...barriers.flatMap((b, i) =>
      b.xy
        .slice(1)
        .map(
          (q, k) =>
            [(b.xy[k] as XY)[0], (b.xy[k] as XY)[1], q[0], q[1], i] as [
              number,
              number,
              number,
              number,
              number,
            ],
        ),
    ),
  ]);
  const toXY = (k: number): readonly [number, number] => [
    ((data.lon[k] as number) - projection.centre[0]) * projection.kx,
    ((data.lat[k] as number) - projection.centre[1]) * projection.ky,
  ];
  const openAreas = addOpenAreaSegments(
    data,
    areas.filter((a) => isOpenDrivableArea(a.area.tags)),
    segs,
    blockers,
    toXY,
  );
  const graph = compileGraph(segs, data, projection);
  const barrierLinks = attachBarriers(graph, barriers);
  return {
    projection,
    clip,
    walkable,
    walkableAreaM2,
    obstacles,
    barriers,
    graph,
    areas,
    stats: { traversableWays, openAreas, barrierLinks },
  };
}

function projectBounds(b: readonly [number, number, number, number], projection: LocalProjection): BBox {
  const lo = projection.toXY(lngLat(b[0], b[1]));
  const hi = projection.toXY(lngLat(b[2], b[3]));
  return [lo[0], lo[1], hi[0], hi[1]];
}

function centreOf(data: OsmData): LngLat {
  if (data.bounds)
    return lngLat((data.bounds[0] + data.bounds[2]) / 2, (data.bounds[1] + data.bounds[3]) / 2);
  if (data.nodeCount === 0) return lngLat(0, 0);
  const median = (a: Float64Array): number => {
    const s = Float64Array.from(a).sort();
    return s[s.length >> 1] as number;
  };
  return lngLat(median(data.lon), median(data.lat));
}
