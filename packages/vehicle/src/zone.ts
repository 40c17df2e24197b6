import { MAX_ZONE_VERTICES } from '@pactesur/contracts/limits';
import {
  err,
  lngLat,
  ok,
  PackedRTree,
  SegmentIndex,
  signedRingArea,
  type LngLat,
  type LocalProjection,
  type Result,
  type XY,
} from '@pactesur/geo';
import { vehicleError, type VehicleError } from './vehicle-error.ts';

/** A protected zone: its outer ring in degrees (open: the first point is not repeated), and its holes. */
export interface Zone {
  readonly name: string;
  readonly ring: readonly LngLat[];
  /**
   * Inner rings (GeoJSON holes), open like `ring`. Their boundaries are part of the perimeter: a vehicle
   * inside a hole (a courtyard road) can hit from inside. Absent or empty: no holes.
   */
  readonly holes?: readonly (readonly LngLat[])[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The protected zones of a GeoJSON Polygon, Feature or FeatureCollection in WGS84, with their holes (the
 * hole boundaries are perimeter too, see {@link Zone}). Rings must be closed, simple and not empty;
 * a hole must lie inside its outer ring without touching it (`zone-invalid` otherwise).
 *
 * @example
 * const r = parseZones({ type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]] });
 * r.ok && r.value[0]?.ring.length; // 3
 */
export function parseZones(input: unknown): Result<readonly Zone[], VehicleError> {
  if (!isObj(input)) return err(vehicleError('zone-invalid', 'the zone is not a GeoJSON object'));
  const polygons: { name: string; coords: unknown }[] = [];
  const add = (geometry: unknown, name: string): VehicleError | null => {
    if (!isObj(geometry) || geometry.type !== 'Polygon')
      return vehicleError('zone-invalid', `${name} is not a GeoJSON Polygon`);
    polygons.push({ name, coords: geometry.coordinates });
    return null;
  };
  const featureName = (f: Obj, i: number): string => {
    const p = f.properties;
    return isObj(p) && typeof p.name === 'string' ? p.name : `zone ${i + 1}`;
  };
  let problem: VehicleError | null = null;
  if (input.type === 'FeatureCollection') {
    const features = Array.isArray(input.features) ? (input.features as unknown[]) : [];
    features.forEach((f, i) => {
      problem ??= isObj(f)
        ? add(f.geometry, featureName(f, i))
        : vehicleError('zone-invalid', 'a feature is not an object');
    });
  } else if (input.type === 'Feature') problem = add(input.geometry, featureName(input, 0));
  else problem = add(input, 'zone 1');
  if (problem) return err(problem);
  if (polygons.length === 0) return err(vehicleError('zone-empty', 'the zone has no polygon'));
  const zones: Zone[] = [];
  for (const p of polygons) {
    const r = parseRing(Array.isArray(p.coords) ? (p.coords as unknown[])[0] : undefined, p.name);
    if (!r.ok) return r;
    const holes: (readonly LngLat[])[] = [];
    const inner = Array.isArray(p.coords) ? (p.coords as unknown[]).slice(1) : [];
    let outer: RingEdges | null = null;
    for (const [i, coords] of inner.entries()) {
      const label = `${p.name} hole ${i + 1}`;
      const h = parseRing(coords, label);
      if (!h.ok) return h;
      outer ??= new RingEdges(onPlane(r.value, r.value));
      if (!inside(onPlane(h.value, r.value), outer))
        return err(vehicleError('zone-invalid', `${label} is not inside the zone's outer ring`));
      holes.push(h.value);
    }
    zones.push(holes.length > 0 ? { name: p.name, ring: r.value, holes } : { name: p.name, ring: r.value });
  }
  return ok(zones);
}

/** A ring on the plane of the zone whose outer ring is `outer` (longitudes shrunk by its latitude). */
function onPlane(ring: readonly LngLat[], outer: readonly LngLat[]): readonly XY[] {
  const k = Math.cos(((outer[0] as LngLat)[1] * Math.PI) / 180);
  return ring.map((p) => [p[0] * k, p[1]] as unknown as XY);
}

/**
 * The edges of a ring in spatial indexes, so that containment and crossing tests visit only the edges
 * near a point or a segment: checking every edge against every other is quadratic, seconds for one large
 * zone drawn by hand or received by the API.
 */
class RingEdges {
  readonly #ring: readonly XY[];
  readonly #boxes: PackedRTree;
  readonly segments: SegmentIndex;

  constructor(ring: readonly XY[]) {
    this.#ring = ring;
    const n = ring.length;
    this.#boxes = new PackedRTree(n);
    const segments: [number, number, number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      const a = ring[i] as XY;
      const b = ring[(i + n - 1) % n] as XY;
      this.#boxes.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
      segments.push([a[0], a[1], b[0], b[1], i]);
    }
    this.#boxes.finish();
    this.segments = SegmentIndex.build(segments);
  }

  /**
   * Exactly geo's `ringContains` (the same even–odd test, edge by edge), on the edges a rightward ray
   * from `p` can meet; the ray starts a hair to the left so that rounding cannot drop an edge.
   */
  contains(p: XY): boolean {
    const [px, py] = p;
    const ring = this.#ring;
    const n = ring.length;
    let inside = false;
    for (const i of this.#boxes.search([px - 1e-9 * (1 + Math.abs(px)), py, Infinity, py])) {
      const a = ring[i] as XY;
      const b = ring[(i + n - 1) % n] as XY;
      if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
    return inside;
  }
}

/** Whether `hole` lies strictly inside the ring of `outer`: every corner inside, no edges crossing. */
function inside(hole: readonly XY[], outer: RingEdges): boolean {
  if (!hole.every((p) => outer.contains(p))) return false;
  for (let j = 0; j < hole.length; j++) {
    const r = hole[j] as XY;
    const s = hole[(j + 1) % hole.length] as XY;
    if (outer.segments.firstCrossing(r[0], r[1], s[0], s[1]) >= 0) return false;
  }
  return true;
}

function parseRing(outer: unknown, name: string): Result<readonly LngLat[], VehicleError> {
  if (!Array.isArray(outer) || outer.length === 0)
    return err(vehicleError('zone-empty', `${name} has no coordinates`));
  const pts: LngLat[] = [];
  for (const c of outer as unknown[]) {
    if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number')
      return err(vehicleError('zone-invalid', `${name} has a position that is not [lon, lat]`));
    const [lon, lat] = c as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      return err(vehicleError('zone-invalid', `${name} has a position outside ±180°, ±90°: ${lon}, ${lat}`));
    const prev = pts[pts.length - 1];
    if (!prev || prev[0] !== lon || prev[1] !== lat) pts.push(lngLat(lon, lat));
    if (pts.length > MAX_ZONE_VERTICES + 1)
      return err(vehicleError('zone-invalid', `${name} has more than ${MAX_ZONE_VERTICES} corners`));
  }
  const first = pts[0] as LngLat;
  const last = pts[pts.length - 1] as LngLat;
  if (pts.length > 1 && (first[0] !== last[0] || first[1] !== last[1]))
    return err(
      vehicleError('zone-not-closed', `${name} is not closed: its last position must repeat its first`),
    );
  const ring = pts.slice(0, -1);
  if (ring.length < 3) return err(vehicleError('zone-empty', `${name} has fewer than 3 distinct corners`));
  const k = Math.cos((first[1] * Math.PI) / 180);
  const plane = ring.map((p) => [p[0] * k, p[1]] as const);
  const crossing = selfCrossing(plane);
  if (crossing >= 0)
    return err(vehicleError('zone-self-intersecting', `${name} crosses itself at its edge ${crossing + 1}`));
  if (Math.abs(signedRingArea(plane as unknown as XY[])) * 1.2e10 < 1)
    return err(vehicleError('zone-empty', `${name} has no area`));
  return ok(ring);
}

/**
 * The index of the first edge that properly crosses a non-adjacent edge of the ring, or -1. Adjacent
 * edges only touch, which is no proper crossing, so the index of all edges can answer for each.
 */
function selfCrossing(p: readonly (readonly [number, number])[]): number {
  const n = p.length;
  const edge = (i: number) => {
    const a = p[i] as readonly [number, number];
    const b = p[(i + 1) % n] as readonly [number, number];
    return [a[0], a[1], b[0], b[1]] as const;
  };
  const index = SegmentIndex.build(Array.from({ length: n }, (_, i) => [...edge(i), i] as const));
  for (let i = 0; i < n; i++) if (index.firstCrossing(...edge(i)) >= 0) return i;
  return -1;
}

/**
 * The zone ring in site metres.
 *
 * @example
 * const ring = projectZone(zone, site.projection);
 */
export function projectZone(zone: Zone, projection: LocalProjection): readonly XY[] {
  return zone.ring.map((p) => projection.toXY(p));
}

/**
 * The zone's holes in site metres (empty when it has none).
 *
 * @example
 * const cut = cutZone(vg, projectZone(zone, p), projectHoles(zone, p));
 */
export function projectHoles(zone: Zone, projection: LocalProjection): readonly (readonly XY[])[] {
  return (zone.holes ?? []).map((h) => h.map((p) => projection.toXY(p)));
}
