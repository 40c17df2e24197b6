import { err, ok, type Result } from '@pactesur/geo';
import type { CapArea } from './model.ts';

/** `[longitude, latitude]` in degrees, GeoJSON's order (CAP writes latitude first). */
export type Position = readonly [lon: number, lat: number];

export interface GeoJsonPolygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}

export interface GeoJsonPoint {
  readonly type: 'Point';
  readonly coordinates: Position;
}

/** A polygon or circle of a CAP `area`, as a map shows it; a circle of radius 0 is its centre. */
export interface CapAreaFeature {
  readonly type: 'Feature';
  readonly geometry: GeoJsonPolygon | GeoJsonPoint;
  readonly properties:
    | { readonly kind: 'polygon'; readonly index: number; readonly areaDesc: string }
    | {
        readonly kind: 'circle';
        readonly index: number;
        readonly areaDesc: string;
        readonly centre: Position;
        readonly radiusKm: number;
      };
}

export interface CapAreaFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly CapAreaFeature[];
}

export type CapGeoErrorCode =
  | 'polygon-syntax'
  | 'polygon-too-few-points'
  | 'polygon-not-closed'
  | 'circle-syntax'
  | 'radius-out-of-range'
  | 'coordinate-out-of-range'
  | 'geojson-invalid';

export interface CapGeoError {
  readonly code: CapGeoErrorCode;
  readonly message: string;
}

export interface CapCircle {
  readonly centre: Position;
  readonly radiusKm: number;
  /** {@link circlePolygon} of the circle with its default number of sides. */
  readonly polygon: GeoJsonPolygon;
}

/** Mean Earth radius (IUGG), the sphere circles are drawn on. */
const EARTH_RADIUS_KM = 6371.0088;
/** Half the sphere's circumference: a larger radius covers the whole Earth and says nothing. */
export const MAX_CIRCLE_RADIUS_KM = Math.PI * EARTH_RADIUS_KM;

/** A decimal number as CAP writes coordinates: optional sign, digits, optional fraction; no exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const XML_SPACES = /[ \t\n\r]+/;

/**
 * A CAP `polygon` (`lat,lon lat,lon …`, latitude first, at least 4 pairs, the last repeating the first)
 * as a GeoJSON Polygon (`[lon, lat]`). Whether it crosses itself is the validator's question, not this one's.
 *
 * @example
 * capPolygonToGeoJson('38.47,-120.14 38.34,-119.95 38.52,-119.74 38.47,-120.14');
 * // { ok: true, value: { type: 'Polygon', coordinates: [[[-120.14, 38.47], [-119.95, 38.34], …]] } }
 */
export function capPolygonToGeoJson(text: string): Result<GeoJsonPolygon, CapGeoError> {
  const pairs = text.trim().split(XML_SPACES);
  if (pairs.length === 1 && pairs[0] === '') return fault('polygon-syntax', 'the polygon is empty');
  const ring: Position[] = [];
  for (const [k, pair] of pairs.entries()) {
    const p = latLon(pair, `point ${k + 1} of the polygon`, 'polygon-syntax');
    if (!p.ok) return p;
    ring.push(p.value);
  }
  if (ring.length < 4)
    return fault(
      'polygon-too-few-points',
      `the polygon has ${ring.length} points; at least 4 are needed (3 corners and the first again)`,
    );
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    return fault('polygon-not-closed', 'the polygon is not closed: its last point must repeat its first');
  return ok({ type: 'Polygon', coordinates: [ring] });
}

/**
 * A GeoJSON Polygon (checked: it may come from an upload) as a CAP `polygon`: its outer ring, coordinates
 * rounded to 6 decimals (about 0.1 m), latitude first, points repeated by the rounding dropped, closed.
 *
 * @example
 * geoJsonToCapPolygon({ type: 'Polygon', coordinates: [[[7.27, 43.69], [7.28, 43.69], [7.28, 43.7]]] });
 * // { ok: true, value: '43.69,7.27 43.69,7.28 43.7,7.28 43.69,7.27' }
 */
export function geoJsonToCapPolygon(polygon: unknown): Result<string, CapGeoError> {
  if (!isObject(polygon) || polygon.type !== 'Polygon' || !Array.isArray(polygon.coordinates))
    return fault(
      'geojson-invalid',
      'expected a GeoJSON Polygon: { "type": "Polygon", "coordinates": [[[lon, lat], …]] }',
    );
  const outer: unknown = polygon.coordinates[0];
  if (!Array.isArray(outer)) return fault('geojson-invalid', 'the polygon has no outer ring');
  const points: [number, number][] = [];
  for (const [k, position] of outer.entries()) {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      typeof position[0] !== 'number' ||
      typeof position[1] !== 'number'
    )
      return fault('geojson-invalid', `position ${k + 1} of the outer ring is not [lon, lat]`);
    const lon = position[0];
    const lat = position[1];
    if (!inRange(lat, lon))
      return fault(
        'coordinate-out-of-range',
        `position ${k + 1} of the outer ring (${String(lon)}, ${String(lat)}) is outside ±180°, ±90°`,
      );
    const p: [number, number] = [round6(lat), round6(lon)];
    const prev = points[points.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) points.push(p);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) points.push(first);
  if (points.length < 4)
    return fault(
      'polygon-too-few-points',
      'the outer ring has fewer than 3 distinct corners once rounded to 6 decimals',
    );
  return ok(points.map(([lat, lon]) => `${decimal(lat)},${decimal(lon)}`).join(' '));
}

/**
 * A CAP `circle` (`lat,lon radius`, the radius in kilometres) as its centre (`[lon, lat]`), radius and a
 * polygon approximating it.
 *
 * @example
 * capCircleToGeoJson('32.9525,-115.5527 2'); // { ok: true, value: { centre: [-115.5527, 32.9525], radiusKm: 2, polygon } }
 */
export function capCircleToGeoJson(text: string): Result<CapCircle, CapGeoError> {
  const parts = text.trim().split(XML_SPACES);
  if (parts.length !== 2)
    return fault('circle-syntax', "a circle is 'lat,lon radius' (the radius in kilometres)");
  const centre = latLon(parts[0] as string, 'the centre of the circle', 'circle-syntax');
  if (!centre.ok) return centre;
  const r = parts[1] as string;
  if (!DECIMAL.test(r))
    return fault('circle-syntax', `the radius '${clip(r)}' is no decimal number of kilometres`);
  const radiusKm = Number(r);
  if (radiusKm < 0 || radiusKm > MAX_CIRCLE_RADIUS_KM)
    return fault(
      'radius-out-of-range',
      `the radius ${clip(r)} km is outside 0 to ${Math.floor(MAX_CIRCLE_RADIUS_KM)} km`,
    );
  return ok({ centre: centre.value, radiusKm, polygon: circlePolygon(centre.value, radiusKm) });
}

/**
 * A circle on the sphere as a closed ring of `sides` points (great-circle destinations from the centre at
 * equal bearings), longitudes kept within ±180°. Throws a `RangeError` on arguments no caller should pass
 * (a centre off the Earth, a negative radius, fewer than 3 or more than 3600 sides).
 *
 * @example
 * circlePolygon([7.27, 43.7], 0.5).coordinates[0].length; // 33
 */
export function circlePolygon(centre: Position, radiusKm: number, sides = 32): GeoJsonPolygon {
  const [lon0, lat0] = centre;
  if (!inRange(lat0, lon0)) throw new RangeError(`circle centre ${lon0}, ${lat0} is outside ±180°, ±90°`);
  if (!(radiusKm >= 0 && radiusKm <= MAX_CIRCLE_RADIUS_KM))
    throw new RangeError(`circle radius ${radiusKm} km is out of range`);
  if (!Number.isInteger(sides) || sides < 3 || sides > 3600)
    throw new RangeError(`a circle needs 3 to 3600 sides, not ${sides}`);
  const phi1 = toRad(lat0);
  const lambda1 = toRad(lon0);
  const delta = radiusKm / EARTH_RADIUS_KM;
  const ring: Position[] = [];
  for (let k = 0; k < sides; k++) {
    const theta = (2 * Math.PI * k) / sides;
    const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
    const phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
    const lambda2 =
      lambda1 +
      Math.atan2(
        Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
        Math.cos(delta) - Math.sin(phi1) * sinPhi2,
      );
    ring.push([wrapLongitude(toDeg(lambda2)), toDeg(phi2)]);
  }
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * The polygons and circles of a CAP `area` as a FeatureCollection (a circle as its polygon, or as a point
 * when its radius is 0), or the first of them that cannot be read.
 */
export function areaToGeoJson(
  area: CapArea,
): Result<
  CapAreaFeatureCollection,
  CapGeoError & { readonly element: 'polygon' | 'circle'; readonly index: number }
> {
  const features: CapAreaFeature[] = [];
  for (const [index, text] of area.polygons.entries()) {
    const p = capPolygonToGeoJson(text);
    if (!p.ok)
      return err({
        ...p.error,
        message: `polygon ${index + 1}: ${p.error.message}`,
        element: 'polygon',
        index,
      });
    features.push({
      type: 'Feature',
      geometry: p.value,
      properties: { kind: 'polygon', index, areaDesc: area.areaDesc },
    });
  }
  for (const [index, text] of area.circles.entries()) {
    const c = capCircleToGeoJson(text);
    if (!c.ok)
      return err({
        ...c.error,
        message: `circle ${index + 1}: ${c.error.message}`,
        element: 'circle',
        index,
      });
    const { centre, radiusKm, polygon } = c.value;
    features.push({
      type: 'Feature',
      geometry: radiusKm === 0 ? { type: 'Point', coordinates: centre } : polygon,
      properties: { kind: 'circle', index, areaDesc: area.areaDesc, centre, radiusKm },
    });
  }
  return ok({ type: 'FeatureCollection', features });
}

/** `lat,lon` as `[lon, lat]`, checked. */
function latLon(
  pair: string,
  what: string,
  syntax: 'polygon-syntax' | 'circle-syntax',
): Result<Position, CapGeoError> {
  const parts = pair.split(',');
  if (parts.length !== 2 || !DECIMAL.test(parts[0] as string) || !DECIMAL.test(parts[1] as string))
    return fault(syntax, `${what} '${clip(pair)}' is not 'lat,lon' in decimal degrees`);
  const lat = Number(parts[0]);
  const lon = Number(parts[1]);
  if (!inRange(lat, lon))
    return fault(
      'coordinate-out-of-range',
      `${what} '${clip(pair)}' is outside ±90° latitude, ±180° longitude`,
    );
  return ok([lon, lat]);
}

function fault(code: CapGeoErrorCode, message: string): { readonly ok: false; readonly error: CapGeoError } {
  return err({ code, message });
}

function inRange(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

function round6(v: number): number {
  const r = Math.round(v * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no -0
}

/** A rounded coordinate as plain decimal text (multiples of 1e-6 never print with an exponent). */
function decimal(v: number): string {
  return String(v);
}

function wrapLongitude(lon: number): number {
  if (lon > 180) return lon - 360;
  if (lon < -180) return lon + 360;
  return lon;
}

function toRad(deg: number): number {
  return (deg * Math.PI) / 180;
}

function toDeg(rad: number): number {
  return (rad * 180) / Math.PI;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** At most 40 characters of a bad value, for a message. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
