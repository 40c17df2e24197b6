import {
  err,
  lngLat,
  ok,
  segmentsCross,
  signedRingArea,
  type LngLat,
  type LocalProjection,
  type Result,
  type XY,
} from '@pactesur/geo';
import { vehicleError, type VehicleError } from './vehicle-error.ts';

/** A protected zone: its outer ring in degrees (open: the first point is not repeated). */
export interface Zone {
  readonly name: string;
  readonly ring: readonly LngLat[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The protected zones of a GeoJSON Polygon, Feature or FeatureCollection in WGS84 (outer rings; holes
 * are ignored: a zone is protected as a whole). Rings must be closed, simple and not empty.
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
    const r = parseRing(p.coords, p.name);
    if (!r.ok) return r;
    zones.push({ name: p.name, ring: r.value });
  }
  return ok(zones);
}

function parseRing(coords: unknown, name: string): Result<readonly LngLat[], VehicleError> {
  const outer: unknown = Array.isArray(coords) ? coords[0] : undefined;
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

/** The index of the first edge that properly crosses a non-adjacent edge of the ring, or -1. */
function selfCrossing(p: readonly (readonly [number, number])[]): number {
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const a = p[i] as readonly [number, number];
    const b = p[(i + 1) % n] as readonly [number, number];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const c = p[j] as readonly [number, number];
      const d = p[(j + 1) % n] as readonly [number, number];
      if (segmentsCross(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return i;
    }
  }
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
