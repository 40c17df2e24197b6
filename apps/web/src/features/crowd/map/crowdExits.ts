import { MAX_EXIT_ID_LENGTH, type CrowdExit, type LngLat, type MultiPolygon } from '@pactesur/contracts';
import {
  createLocalProjection,
  distance,
  lngLat,
  type LngLat as GeoLngLat,
  type LocalProjection,
} from '@pactesur/geo';

/**
 * Exits of a crowd simulation drawn on the site map: segments on the edge of the site outline. Clicked
 * points are snapped to the nearest point of the outline's boundary; widths are measured in metres on the
 * platform's local projection (geo's `createLocalProjection`, the one the simulator uses).
 */

/**
 * A point as geo's checked `LngLat`. A click on a copy of the world east or west of the first one gives a
 * longitude beyond ±180°: it is brought back onto the first copy, where the site is.
 */
export function geoPoint([lon, lat]: readonly [number, number]): GeoLngLat {
  return lngLat(lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180, lat);
}

/** The local projection (metres east and north) centred on `centre`. */
export const projectionAt = (centre: readonly [number, number]): LocalProjection =>
  createLocalProjection(geoPoint(centre));

/** Distance in metres between two points given in longitude and latitude. */
export function distanceM(a: readonly [number, number], b: readonly [number, number]): number {
  const projection = projectionAt([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
  return distance(projection.toXY(geoPoint(a)), projection.toXY(geoPoint(b)));
}

/** A point of the outline's boundary: where, on which ring and edge (edge k joins corners k and k+1). */
export interface BoundaryPoint {
  readonly at: LngLat;
  readonly ring: number;
  readonly edge: number;
  /** Distance from the given point (m). */
  readonly distanceM: number;
}

/** The outer rings of a MultiPolygon: the edge of the site (holes are buildings inside it, not exits). */
const outerRings = (outline: MultiPolygon): readonly (readonly LngLat[])[] =>
  outline.coordinates.map((polygon) => polygon[0] ?? []).filter((ring) => ring.length >= 2);

/** Nearest point of segment ab to p: its parameter along ab (0–1) and its distance, in local metres. */
function nearestOnSegment(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): { s: number; d: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const s = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return { s, d: Math.hypot(p[0] - (a[0] + s * dx), p[1] - (a[1] + s * dy)) };
}

/** Candidate edges: every edge of every outer ring, or only the listed ones. */
function snapOn(
  point: readonly [number, number],
  outline: MultiPolygon,
  only?: readonly { ring: number; edge: number }[],
): BoundaryPoint | null {
  const projection = projectionAt(point);
  const p = projection.toXY(geoPoint(point));
  const rings = outerRings(outline);
  let best: BoundaryPoint | null = null;
  const consider = (ring: number, edge: number) => {
    const corners = rings[ring];
    const a = corners?.[edge];
    const b = corners?.[edge + 1];
    if (!a || !b) return;
    const near = nearestOnSegment(p, projection.toXY(geoPoint(a)), projection.toXY(geoPoint(b)));
    // Interpolated in degrees, not rounded: the simulator checks that an exit lies on the edge to the
    // millimetre, and a centimetre of rounding can put it just inside the site.
    const at: LngLat =
      near.s === 0
        ? [a[0], a[1]]
        : near.s === 1
          ? [b[0], b[1]]
          : [a[0] + near.s * (b[0] - a[0]), a[1] + near.s * (b[1] - a[1])];
    if (best === null || near.d < best.distanceM) best = { at, ring, edge, distanceM: near.d };
  };
  if (only) for (const { ring, edge } of only) consider(ring, edge);
  else
    rings.forEach((corners, ring) => {
      for (let edge = 0; edge + 1 < corners.length; edge++) consider(ring, edge);
    });
  return best;
}

/**
 * The point of the outline's boundary nearest to a clicked point (outer rings only), or null for an
 * outline without edges.
 *
 * @example snapToOutline([7.27, 43.70], square).at // on the square's nearest edge
 */
export function snapToOutline(point: readonly [number, number], outline: MultiPolygon): BoundaryPoint | null {
  return snapOn(point, outline);
}

/** The edges a boundary point lies on: its own, and the neighbouring one when it is on a corner. */
function edgesAt(b: BoundaryPoint, outline: MultiPolygon): { ring: number; edge: number }[] {
  const corners = outerRings(outline)[b.ring] ?? [];
  const edges = corners.length - 1;
  const same = (c: LngLat | undefined) => c !== undefined && distanceM(c, b.at) < 0.01;
  const list = [{ ring: b.ring, edge: b.edge }];
  if (same(corners[b.edge])) list.push({ ring: b.ring, edge: (b.edge - 1 + edges) % edges });
  if (same(corners[b.edge + 1])) list.push({ ring: b.ring, edge: (b.edge + 1) % edges });
  return list;
}

/** How far (m) the middle of a segment may be from the boundary: the segment must follow the edge. */
const ON_EDGE_M = 0.04;

/**
 * The exit between two clicked points: both snapped to the boundary. When the second lands on another edge
 * and the segment would cut across the site (round a corner), it is moved onto the first point's edge,
 * so that the exit always lies along the edge. Null when both points snap to the same place.
 */
export function exitBetween(
  first: readonly [number, number],
  second: readonly [number, number],
  outline: MultiPolygon,
): [LngLat, LngLat] | null {
  const a = snapToOutline(first, outline);
  let b = snapToOutline(second, outline);
  if (!a || !b) return null;
  const mid: [number, number] = [(a.at[0] + b.at[0]) / 2, (a.at[1] + b.at[1]) / 2];
  const midOnEdge = (snapToOutline(mid, outline)?.distanceM ?? Infinity) <= ON_EDGE_M;
  if (!midOnEdge) b = snapOn(second, outline, edgesAt(a, outline));
  if (!b || distanceM(a.at, b.at) < 0.05) return null;
  return [a.at, b.at];
}

/** Narrower exits fall between the simulator's grid cells: nobody could get through. */
export const MIN_EXIT_WIDTH_M = 0.5;

/** The width of an exit: the length of its segment (m). */
export const exitWidthM = (line: readonly [LngLat, LngLat]): number => distanceM(line[0], line[1]);

/** The next free default name: "Exit 1", "Exit 2" … (`label` is the translated word with `{n}`). */
export function nextExitId(exits: readonly Pick<CrowdExit, 'id'>[], label: (n: number) => string): string {
  const taken = new Set(exits.map((e) => e.id));
  for (let n = exits.length + 1; ; n++) {
    const id = label(n);
    if (!taken.has(id)) return id;
  }
}

/** Why exits typed as GeoJSON cannot be used. */
export type ExitsProblem = 'json' | 'shape' | 'empty' | 'too-many' | 'off-edge';

export type ExitsParse =
  { readonly ok: true; readonly exits: CrowdExit[] } | { readonly ok: false; readonly problem: ExitsProblem };

const isLngLat = (v: unknown): v is [number, number] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'number' &&
  typeof v[1] === 'number' &&
  Math.abs(v[0]) <= 180 &&
  Math.abs(v[1]) <= 90;

/**
 * Exits typed or pasted as GeoJSON: a FeatureCollection of LineString features (the `id` property names
 * the exit), a single Feature or LineString, or an array of them. Each line's first and last points are
 * the ends of the exit, snapped to the outline like clicks; a line far from the edge (more than
 * `toleranceM`) is refused.
 */
export function parseExitsText(
  text: string,
  outline: MultiPolygon,
  label: (n: number) => string,
  toleranceM = 25,
): ExitsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  const items: unknown[] = Array.isArray(value)
    ? value
    : typeof value === 'object' &&
        value !== null &&
        (value as { type?: unknown }).type === 'FeatureCollection'
      ? (((value as { features?: unknown }).features as unknown[] | undefined) ?? [])
      : [value];
  if (!Array.isArray(items)) return { ok: false, problem: 'shape' };
  if (items.length === 0) return { ok: false, problem: 'empty' };
  if (items.length > 50) return { ok: false, problem: 'too-many' };
  const exits: CrowdExit[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) return { ok: false, problem: 'shape' };
    const feature = item as { type?: unknown; geometry?: unknown; properties?: unknown };
    const geometry = (feature.type === 'Feature' ? feature.geometry : item) as {
      type?: unknown;
      coordinates?: unknown;
    } | null;
    const coords = geometry?.type === 'LineString' ? geometry.coordinates : undefined;
    if (!Array.isArray(coords) || coords.length < 2 || !coords.every(isLngLat))
      return { ok: false, problem: 'shape' };
    const from = coords[0] as [number, number];
    const to = coords.at(-1) as [number, number];
    const far = [from, to].some((p) => (snapToOutline(p, outline)?.distanceM ?? Infinity) > toleranceM);
    const line = far ? null : exitBetween(from, to, outline);
    if (!line) return { ok: false, problem: 'off-edge' };
    const props = feature.type === 'Feature' ? (feature.properties as { id?: unknown } | null) : null;
    const given = typeof props?.id === 'string' ? props.id.trim().slice(0, MAX_EXIT_ID_LENGTH) : '';
    exits.push({ id: given === '' ? nextExitId(exits, label) : given, line });
  }
  return { ok: true, exits };
}

/** Exits as GeoJSON text for the text field (a FeatureCollection of LineStrings named by `id`). */
export function exitsText(exits: readonly CrowdExit[]): string {
  if (exits.length === 0) return '';
  const features = exits.map(
    (e) =>
      `    { "type": "Feature", "properties": { "id": ${JSON.stringify(e.id)} },\n      "geometry": { "type": "LineString", "coordinates": [[${e.line[0].join(', ')}], [${e.line[1].join(', ')}]] } }`,
  );
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${features.join(',\n')}\n  ]\n}`;
}

/** Ids that are empty or given twice (the API needs distinct names). */
export function exitIdProblems(exits: readonly Pick<CrowdExit, 'id'>[]): {
  empty: boolean;
  duplicate: boolean;
} {
  const ids = exits.map((e) => e.id.trim());
  return { empty: ids.some((id) => id === ''), duplicate: new Set(ids).size !== ids.length };
}
