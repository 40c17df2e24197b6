import { geoJsonToCapPolygon } from '@pactesur/cap';
import type { MultiPolygon } from '@pactesur/contracts';

/**
 * GeoJSON (RFC 7946: `[lon, lat]`) turned into CAP 1.2 polygons: `lat,lon` pairs separated by spaces,
 * latitude first, the ring closed, at least four pairs, coordinates to at most 6 decimals (about 10 cm).
 * An area applies to every language of an alert, so these strings go into each info's `area`.
 */

/** At most this many polygons in one CAP area (the contract's limit). */
export const MAX_AREA_POLYGONS = 20;
/** The longest polygon string the contract takes. */
export const MAX_POLYGON_CHARS = 100_000;
/** The largest GeoJSON file read; an area needs far less. */
export const MAX_AREA_FILE_BYTES = 5_000_000;

/** Why a GeoJSON area cannot be used (each has a sentence in the dictionaries: `areaProblem.<problem>`). */
export type AreaProblem =
  | 'json'
  | 'type'
  | 'coordinates'
  | 'too-few'
  | 'empty'
  | 'too-many-polygons'
  | 'too-detailed'
  | 'too-large';

export type AreaParse =
  { readonly ok: true; readonly polygons: readonly string[] } | { readonly ok: false; readonly problem: AreaProblem };

const fail = (problem: AreaProblem): AreaParse => ({ ok: false, problem });

/** A number as CAP writes it: at most 6 decimals, no trailing zeros, never `-0`. */
export function capNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? '0' : String(rounded);
}

/**
 * One ring as a CAP polygon (`geoJsonToCapPolygon` of `@pactesur/cap`: rounded, latitude first, repeated
 * corners dropped, closed), with the composer's reasons: `coordinates` for what is not `[lon, lat]` in
 * range, `too-few` when fewer than three distinct corners remain, `too-detailed` past the contract's length.
 *
 * @example capPolygon([[7.42, 43.73], [7.43, 43.73], [7.43, 43.74], [7.42, 43.73]])
 * // '43.73,7.42 43.73,7.43 43.74,7.43 43.73,7.42'
 */
export function capPolygon(ring: unknown): { readonly ok: true; readonly polygon: string } | { readonly ok: false; readonly problem: AreaProblem } {
  if (!Array.isArray(ring)) return { ok: false, problem: 'coordinates' };
  if (ring.length > MAX_POLYGON_CHARS / 4) return { ok: false, problem: 'too-detailed' };
  const made = geoJsonToCapPolygon({ type: 'Polygon', coordinates: [ring] });
  if (!made.ok) return { ok: false, problem: made.error.code === 'polygon-too-few-points' ? 'too-few' : 'coordinates' };
  if (new Set(made.value.split(' ')).size < 3) return { ok: false, problem: 'too-few' };
  return made.value.length > MAX_POLYGON_CHARS ? { ok: false, problem: 'too-detailed' } : { ok: true, polygon: made.value };
}

/** The outer rings of polygons (CAP polygons have no holes), each as a CAP polygon. */
function polygonsOf(outerRings: readonly unknown[]): AreaParse {
  if (outerRings.length === 0) return fail('empty');
  if (outerRings.length > MAX_AREA_POLYGONS) return fail('too-many-polygons');
  const polygons: string[] = [];
  for (const ring of outerRings) {
    const made = capPolygon(ring);
    if (!made.ok) return made;
    polygons.push(made.polygon);
  }
  return { ok: true, polygons };
}

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;

/** The outer rings of a Polygon or MultiPolygon geometry, or the problem with it. */
function outerRingsOf(geometry: unknown): readonly unknown[] | AreaProblem {
  const type = field(geometry, 'type');
  const coordinates = field(geometry, 'coordinates');
  if (type === 'Polygon') {
    if (!Array.isArray(coordinates)) return 'coordinates';
    const rings: readonly unknown[] = coordinates;
    return rings.length === 0 ? [] : [rings[0]];
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates)) return 'coordinates';
    const rings: unknown[] = [];
    for (const polygon of coordinates as unknown[]) {
      if (!Array.isArray(polygon) || polygon.length === 0) return 'coordinates';
      rings.push(polygon[0]);
      if (rings.length > MAX_AREA_POLYGONS) return 'too-many-polygons';
    }
    return rings;
  }
  return 'type';
}

/**
 * The CAP polygons of a GeoJSON value: a Polygon, a MultiPolygon, a Feature holding one, or a
 * FeatureCollection of such Features (all their polygons together). Any other type (points, lines, a
 * GeometryCollection, a Feature without geometry) is refused with `type`.
 */
export function capPolygonsOfGeoJson(value: unknown): AreaParse {
  const type = field(value, 'type');
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const rings = outerRingsOf(value);
    return typeof rings === 'string' ? fail(rings) : polygonsOf(rings);
  }
  if (type === 'Feature') return capPolygonsOfGeoJson(field(value, 'geometry'));
  if (type === 'FeatureCollection') {
    const features = field(value, 'features');
    if (!Array.isArray(features)) return fail('type');
    const rings: unknown[] = [];
    for (const feature of features as unknown[]) {
      if (field(feature, 'type') !== 'Feature') return fail('type');
      const found = outerRingsOf(field(feature, 'geometry'));
      if (typeof found === 'string') return fail(found);
      rings.push(...found);
      if (rings.length > MAX_AREA_POLYGONS) return fail('too-many-polygons');
    }
    return polygonsOf(rings);
  }
  return fail('type');
}

/** The CAP polygons of a GeoJSON file's text (see {@link capPolygonsOfGeoJson}). */
export function capPolygonsOfText(text: string): AreaParse {
  if (text.length > MAX_AREA_FILE_BYTES) return fail('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('json');
  }
  return capPolygonsOfGeoJson(value);
}

/** The CAP polygons of a site's outline (one per polygon of its MultiPolygon). */
export const capPolygonsOfOutline = (outline: MultiPolygon): AreaParse => capPolygonsOfGeoJson(outline);
