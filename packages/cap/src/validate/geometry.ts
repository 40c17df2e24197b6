/**
 * CAP's geometry: `polygon` is `lat,lon lat,lon …` (WGS84, latitude first — the reverse of GeoJSON), at
 * least four points, the last equal to the first, edges that do not cross; `circle` is `lat,lon radius`
 * with the radius in kilometres.
 */

/** A point as CAP writes it: latitude, then longitude, in degrees. */
export type LatLon = readonly [lat: number, lon: number];

/**
 * The most points one polygon may have to be checked. The crossing test compares pairs of edges: a sweep
 * skips most pairs on real shapes, but a hostile one (long edges side by side, all their boxes overlapping)
 * makes it compare them all, about half a second at this size on a small machine. Real alert areas have
 * tens to hundreds of points (the cell-broadcast systems take about a hundred).
 */
export const MAX_POLYGON_POINTS = 5_000;

const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)';
const POINT = new RegExp(`^(${NUMBER}),(${NUMBER})$`);
const RADIUS = /^\+?(?:\d+(?:\.\d*)?|\.\d+)$/;

export type PointResult =
  { readonly ok: true; readonly point: LatLon } | { readonly ok: false; readonly message: string };

/** One `lat,lon` pair, in range. */
export function parsePoint(text: string): PointResult {
  const m = POINT.exec(text);
  if (!m) return { ok: false, message: 'is not a lat,lon pair of decimal numbers' };
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (!(lat >= -90 && lat <= 90))
    return { ok: false, message: `has latitude ${m[1]}, outside -90 to 90 (CAP writes latitude first)` };
  if (!(lon >= -180 && lon <= 180))
    return { ok: false, message: `has longitude ${m[2]}, outside -180 to 180` };
  return { ok: true, point: [lat, lon] };
}

/** Why a polygon is refused: its text, its edges crossing, or its size. */
export type PolygonProblem = 'invalid' | 'crossing' | 'too-large';

export type PolygonResult =
  | { readonly ok: true; readonly points: LatLon[] }
  | {
      readonly ok: false;
      readonly problem: PolygonProblem;
      readonly points: number;
      readonly message: string;
    };

/** XML's white space, which separates the parts of a polygon or circle (a no-break space does not). */
export const XML_SPACES = /[ \t\n\r]+/;

const isXmlSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The number of parts of a text between XML white space, counted without splitting it. */
function countTokens(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const space = isXmlSpace(text.charCodeAt(i));
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/**
 * A polygon's points, checked: pairs in range, at least four, closed, edges that do not cross. Polygons of
 * more than `maxPoints` points are refused unread (`too-large`).
 */
export function parsePolygon(text: string, maxPoints = MAX_POLYGON_POINTS): PolygonResult {
  const count = countTokens(text);
  const fail = (problem: PolygonProblem, message: string): PolygonResult => ({
    ok: false,
    problem,
    points: count,
    message,
  });
  if (count > maxPoints)
    return fail('too-large', `has ${count} points, more than the ${maxPoints} this validator checks`);
  const tokens = text.split(XML_SPACES).filter((t) => t !== '');
  const points: LatLon[] = [];
  for (const [i, token] of tokens.entries()) {
    const p = parsePoint(token);
    if (!p.ok) return fail('invalid', `point ${i + 1} ${p.message}`);
    points.push(p.point);
  }
  if (points.length < 4)
    return fail(
      'invalid',
      `has ${points.length} point${points.length === 1 ? '' : 's'}: a polygon needs at least 4, the last equal to the first`,
    );
  const first = points[0] as LatLon;
  const last = points[points.length - 1] as LatLon;
  if (first[0] !== last[0] || first[1] !== last[1])
    return fail('invalid', 'is not closed: its last point must equal its first');
  const crossing = findCrossing(points);
  if (crossing !== null) return fail(crossing.degenerate ? 'invalid' : 'crossing', crossing.message);
  return { ok: true, points };
}

export type CircleResult =
  | { readonly ok: true; readonly centre: LatLon; readonly radiusKm: number }
  | { readonly ok: false; readonly message: string };

/** A circle: `lat,lon radius`, the centre in range and the radius a non-negative number of kilometres. */
export function parseCircle(text: string): CircleResult {
  const count = countTokens(text);
  if (count !== 2)
    return {
      ok: false,
      message: `has ${count} part${count === 1 ? '' : 's'}, not the 2 of "lat,lon radius"`,
    };
  const tokens = text.split(XML_SPACES).filter((t) => t !== '');
  const [centreText = '', radiusText = ''] = tokens;
  const centre = parsePoint(centreText);
  if (!centre.ok) return { ok: false, message: `has a centre that ${centre.message}` };
  if (!RADIUS.test(radiusText))
    return { ok: false, message: 'has a radius that is not a non-negative number of kilometres' };
  return { ok: true, centre: centre.point, radiusKm: Number(radiusText) };
}

// ---------------------------------------------------------------------------------------------------------
// Crossing edges. Coordinates are taken as plane coordinates (longitude as x, latitude as y), as CAP
// receivers draw them; a polygon around a pole or over the antimeridian is outside what CAP describes.

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
};

/** True when c, known to be on the line through a and b, lies within the box of segment ab. */
const within = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean =>
  Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);

/** True when segments ab and cd share at least one point (crossing, touching or overlapping). */
function segmentsMeet(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && within(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && within(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && within(cx, cy, dx, dy, bx, by))
  );
}

const fmt = (p: LatLon): string => `${p[0]},${p[1]}`;

/**
 * Where a closed ring crosses or touches itself, said for a message (`degenerate`: it has no area at all), or null. Repeated consecutive points
 * are one corner. Edges that share a corner meet there by nature: they are at fault only when the second
 * turns back along the first. Other pairs must not meet at all. Edges are swept in order of their left
 * end, so that only pairs whose boxes overlap in longitude are compared.
 */
export function findCrossing(
  ring: readonly LatLon[],
): { readonly degenerate: boolean; readonly message: string } | null {
  const pts: LatLon[] = [];
  for (const p of ring) {
    const prev = pts[pts.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) pts.push(p);
  }
  const k = pts.length - 1; // edges: pts[i] → pts[i + 1], the last point equal to the first
  if (k < 3) return { degenerate: true, message: 'encloses no area: it has fewer than 3 distinct corners' };
  const xs = Float64Array.from(pts, (p) => p[1]);
  const ys = Float64Array.from(pts, (p) => p[0]);
  const x = (i: number): number => xs[i] as number;
  const y = (i: number): number => ys[i] as number;

  // Corners where the ring turns straight back on itself.
  for (let i = 0; i < k; i++) {
    const a = i === 0 ? k - 1 : i - 1;
    const b = i;
    const c = i + 1;
    const turnsBack =
      orient(x(a), y(a), x(b), y(b), x(c), y(c)) === 0 &&
      (x(a) - x(b)) * (x(c) - x(b)) + (y(a) - y(b)) * (y(c) - y(b)) > 0;
    if (turnsBack) return { degenerate: false, message: `folds back on itself at ${fmt(pts[b] as LatLon)}` };
  }

  // The edges in sweep order, in flat typed arrays: the inner loop below runs up to n²/2 times on a hostile
  // shape, and reads them in order.
  const order = Array.from({ length: k }, (_, i) => i).sort(
    (a, b) => Math.min(x(a), x(a + 1)) - Math.min(x(b), x(b + 1)),
  );
  const edge = new Int32Array(order);
  const minX = new Float64Array(k);
  const maxX = new Float64Array(k);
  const minY = new Float64Array(k);
  const maxY = new Float64Array(k);
  for (let s = 0; s < k; s++) {
    const i = order[s] as number;
    minX[s] = Math.min(x(i), x(i + 1));
    maxX[s] = Math.max(x(i), x(i + 1));
    minY[s] = Math.min(y(i), y(i + 1));
    maxY[s] = Math.max(y(i), y(i + 1));
  }
  for (let s = 0; s < k; s++) {
    const i = edge[s] as number;
    const iMaxX = maxX[s] as number;
    const iMinY = minY[s] as number;
    const iMaxY = maxY[s] as number;
    for (let t = s + 1; t < k; t++) {
      if ((minX[t] as number) > iMaxX) break;
      if ((maxY[t] as number) < iMinY || (minY[t] as number) > iMaxY) continue;
      const j = edge[t] as number;
      const d = i > j ? i - j : j - i;
      if (d === 1 || d === k - 1) continue; // neighbours meet at their shared corner
      if (segmentsMeet(x(i), y(i), x(i + 1), y(i + 1), x(j), y(j), x(j + 1), y(j + 1))) {
        const [e1, e2] = i < j ? [i, j] : [j, i];
        return {
          degenerate: false,
          message: `crosses itself: the edge from corner ${e1 + 1} (${fmt(pts[e1] as LatLon)}) meets the edge from corner ${e2 + 1} (${fmt(pts[e2] as LatLon)})`,
        };
      }
    }
  }
  return null;
}
