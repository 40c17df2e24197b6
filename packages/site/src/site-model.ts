import type { BBox, LocalProjection } from '@pactesur/geo';
import type { Barrier } from './barrier.ts';
import type { BarrierLinks } from './attach-barriers.ts';
import type { ObstaclePolygon } from './obstacles.ts';
import type { OpenAreaStats } from './open-area-segments.ts';
import type { ProjectedArea } from './projected-areas.ts';
import type { TraversableGraph } from './traversable-graph.ts';
import type { WalkablePolygon } from './walkable-space.ts';

/** A barrier way drawn as an obstacle line (walls, fences). */
export interface ObstacleLine {
  readonly barrier: number;
}

/**
 * The site model of an extract: what people can walk on, what nobody can cross, every surface a vehicle
 * can use (as a CSR graph) and the barriers, all in one local metric plane.
 */
export interface SiteModel {
  readonly projection: LocalProjection;
  /** The extract's requested area in site metres (walkable area is counted inside it); null when unknown. */
  readonly clip: BBox | null;
  readonly walkable: readonly WalkablePolygon[];
  /** Area of the union of the walkable polygons minus obstacles, inside `clip`, in m². */
  readonly walkableAreaM2: number;
  readonly obstacles: readonly ObstaclePolygon[];
  readonly barriers: readonly Barrier[];
  readonly graph: TraversableGraph;
  /** Every area of the extract in site metres (input of the public-space suggestions). */
  readonly areas: readonly ProjectedArea[];
  readonly stats: {
    readonly traversableWays: number;
    readonly openAreas: OpenAreaStats;
    readonly barrierLinks: BarrierLinks;
  };
}
