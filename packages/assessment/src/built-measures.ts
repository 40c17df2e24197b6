import type { IndicatorDetail, MultiPolygon } from '@pactesur/contracts';
import {
  createLocalProjection,
  lngLat,
  polygonContains,
  toLngLat,
  type LocalProjection,
  type LngLat,
  type PolygonXY,
  type XY,
} from '@pactesur/geo';

/** How far outside the outline a barrier still protects the site (m). */
export const BARRIER_REACH_M = 25;

/** A barrier of the extract's map layers (layer `barrier`): its OSM `barrier` value and its geometry. */
export interface BarrierFeature {
  readonly class: string;
  readonly geometry: { readonly type: string; readonly coordinates: unknown };
}

/** What the built measures are counted from. */
export interface BuiltMeasuresInput {
  readonly outline: MultiPolygon;
  readonly barriers: readonly BarrierFeature[];
  /** The adopted protection plan: its measures and cost, when the site has one. */
  readonly plan: { readonly measures: number; readonly costEur: number } | null;
}

/** A finite [lon, lat] within ±180°, ±90°, or null for anything else. */
function pointOf(value: unknown): LngLat | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  const r = toLngLat(lon, lat);
  return r.ok ? r.value : null;
}

/** The vertices of a Point or LineString geometry that are points; nothing for any other geometry. */
function verticesOf(geometry: unknown): LngLat[] {
  if (typeof geometry !== 'object' || geometry === null) return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Point') {
    const p = pointOf(coordinates);
    return p === null ? [] : [p];
  }
  if (type === 'LineString' && Array.isArray(coordinates)) {
    const out: LngLat[] = [];
    for (const v of coordinates as unknown[]) {
      const p = pointOf(v);
      if (p !== null) out.push(p);
    }
    return out;
  }
  return [];
}

/** The outline's rings as open rings of valid points (GeoJSON repeats the first point at the end). */
function ringsOf(outline: MultiPolygon): LngLat[][][] {
  const polygons: unknown = outline?.coordinates;
  if (!Array.isArray(polygons)) return [];
  return (polygons as unknown[]).map((polygon) =>
    (Array.isArray(polygon) ? (polygon as unknown[]) : []).map((ring) => {
      const points = (Array.isArray(ring) ? (ring as unknown[]) : [])
        .map(pointOf)
        .filter((p): p is LngLat => p !== null);
      const first = points[0];
      const last = points[points.length - 1];
      if (
        points.length > 1 &&
        first !== undefined &&
        last !== undefined &&
        first[0] === last[0] &&
        first[1] === last[1]
      )
        points.pop();
      return points;
    }),
  );
}

/** Distance from p to the segment a–b (m). */
function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The outline in the local plane, for "inside or within reach". */
class Reach {
  private readonly polygons: PolygonXY[];
  private readonly rings: XY[][];
  private readonly box: readonly [number, number, number, number];

  constructor(
    private readonly projection: LocalProjection,
    rings: LngLat[][][],
  ) {
    this.polygons = rings
      .filter((p) => (p[0]?.length ?? 0) >= 3)
      .map(([outer = [], ...holes]) => ({
        outer: outer.map(projection.toXY),
        holes: holes.filter((h) => h.length >= 3).map((h) => h.map(projection.toXY)),
      }));
    this.rings = rings.flat().map((r) => r.map(projection.toXY));
    let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of this.rings)
      for (const [x, y] of r)
        box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    this.box = [
      box[0] - BARRIER_REACH_M,
      box[1] - BARRIER_REACH_M,
      box[2] + BARRIER_REACH_M,
      box[3] + BARRIER_REACH_M,
    ];
  }

  covers(point: LngLat): boolean {
    const p = this.projection.toXY(point);
    const [minX, minY, maxX, maxY] = this.box;
    if (p[0] < minX || p[0] > maxX || p[1] < minY || p[1] > maxY) return false;
    if (this.polygons.some((polygon) => polygonContains(polygon, p))) return true;
    for (const ring of this.rings) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i] as XY;
        const b = ring[(i + 1) % ring.length] as XY;
        if (segmentDistance(p, a, b) <= BARRIER_REACH_M) return true;
      }
    }
    return false;
  }
}

/** The local projection centred on the middle of the outline's extent, or null for an outline with no point. */
function projectionFor(rings: LngLat[][][]): LocalProjection | null {
  const points = rings.flat(2);
  if (points.length === 0) return null;
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    minLon = Math.min(minLon, lon);
    minLat = Math.min(minLat, lat);
    maxLon = Math.max(maxLon, lon);
    maxLat = Math.max(maxLat, lat);
  }
  return createLocalProjection(lngLat((minLon + maxLon) / 2, (minLat + maxLat) / 2));
}

/**
 * The built measures already on a site (ASSESSMENT.md: "from OSM barriers and the adopted protection
 * plan"): the OSM barriers (points and lines of the extract's `barrier` layer) with a vertex inside the
 * outline or within 25 m of it, counted by their `barrier` value (most frequent first, then by value),
 * and the adopted plan's measures and cost. The value is the barriers counted plus the plan's measures.
 * Geometry that is not a Point or LineString of finite [lon, lat] is skipped, as is a feature without a
 * text value.
 */
export function builtMeasures(input: BuiltMeasuresInput): {
  value: number;
  detail: Extract<IndicatorDetail, { key: 'built-measures' }>;
} {
  const rings = ringsOf(input.outline);
  const projection = projectionFor(rings);
  const counts = new Map<string, number>();
  if (projection !== null) {
    const reach = new Reach(projection, rings);
    for (const barrier of Array.isArray(input.barriers) ? input.barriers : []) {
      const kind: unknown = (barrier as Partial<BarrierFeature> | null)?.class;
      if (typeof kind !== 'string') continue;
      if (verticesOf((barrier as Partial<BarrierFeature>).geometry).some((v) => reach.covers(v)))
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  const osm = [...counts]
    .map(([kind, count]) => ({ class: kind, count }))
    .sort((a, b) => b.count - a.count || (a.class < b.class ? -1 : a.class > b.class ? 1 : 0));
  const osmTotal = osm.reduce((sum, o) => sum + o.count, 0);
  return {
    value: osmTotal + (input.plan?.measures ?? 0),
    detail: {
      key: 'built-measures',
      osm,
      planMeasures: input.plan?.measures ?? null,
      planCostEur: input.plan?.costEur ?? null,
    },
  };
}
