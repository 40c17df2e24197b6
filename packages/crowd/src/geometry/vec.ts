/** A point in local metres: x east, y north. */
export type Point = readonly [number, number];
/** A closed or open ring of points (the closing point may be repeated or not). */
export type Ring = readonly Point[];

/**
 * The ring without its repeated closing point.
 * @example
 * openRing([[0, 0], [1, 0], [1, 1], [0, 0]]).length; // 3
 */
export function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1])
    return ring.slice(0, -1);
  return ring;
}

/**
 * Signed area (positive counter-clockwise) of a ring, in square metres.
 * @example
 * ringArea([[0, 0], [2, 0], [2, 1], [0, 1]]); // 2
 */
export function ringArea(ring: Ring): number {
  const pts = openRing(ring);
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as Point;
    const b = pts[(i + 1) % pts.length] as Point;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/**
 * Whether (x, y) lies inside the ring (even–odd rule; points exactly on an edge may go either way).
 * @example
 * pointInRing(1, 1, [[0, 0], [2, 0], [2, 2], [0, 2]]); // true
 */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as Point;
    const b = ring[j] as Point;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/**
 * Distance from (px, py) to the segment a–b.
 * @example
 * distanceToSegment(0, 1, 0, 0, 2, 0); // 1
 */
export function distanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const t = segmentParam(px, py, ax, ay, bx, by);
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/**
 * Parameter in [0, 1] of the point of segment a–b closest to (px, py).
 * @example
 * segmentParam(1, 5, 0, 0, 2, 0); // 0.5
 */
export function segmentParam(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  const t = ((px - ax) * dx + (py - ay) * dy) / len2;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/**
 * Parameter t along p–q where it crosses segment a–b, or -1 when they do not cross.
 * @example
 * crossParam(0, -1, 0, 1, -1, 0, 1, 0); // 0.5
 */
export function crossParam(
  px: number,
  py: number,
  qx: number,
  qy: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const rx = qx - px;
  const ry = qy - py;
  const sx = bx - ax;
  const sy = by - ay;
  const den = rx * sy - ry * sx;
  if (den === 0) return -1;
  const t = ((ax - px) * sy - (ay - py) * sx) / den;
  const u = ((ax - px) * ry - (ay - py) * rx) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : -1;
}

/**
 * Distance from (px, py) to the nearest edge of a ring.
 * @example
 * distanceToRing(1, 1, [[0, 0], [4, 0], [4, 4], [0, 4]]); // 1
 */
export function distanceToRing(px: number, py: number, ring: Ring): number {
  const pts = openRing(ring);
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as Point;
    const b = pts[(i + 1) % pts.length] as Point;
    best = Math.min(best, distanceToSegment(px, py, a[0], a[1], b[0], b[1]));
  }
  return best;
}

/** Axis-aligned bounds. */
export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Bounds of a set of rings.
 * @example
 * boundsOf([[[0, 0], [3, 1], [1, 2]]]); // { minX: 0, minY: 0, maxX: 3, maxY: 2 }
 */
export function boundsOf(rings: readonly Ring[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY };
}
