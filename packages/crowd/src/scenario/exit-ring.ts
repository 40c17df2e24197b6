import { inGround, type Region } from '../geometry/region.ts';
import { distanceToSegment, openRing, segmentParam, type Point, type Ring } from '../geometry/vec.ts';

/** Depth given to exits drawn as lines, metres (several grid cells). */
const LINE_EXIT_DEPTH = 0.6;
/** How far (m) the ends of a line may be from a ring for the exit to follow that ring. */
const ON_RING = 0.05;
/** Longest miter at a bend, as a multiple of the depth; sharper bends get two corners (a bevel). */
const MITER_LIMIT = 2;

/** Where a point lies on a ring: edge k (corners k and k+1) at parameter t, and how far from it. */
interface RingPosition {
  readonly edge: number;
  readonly t: number;
  readonly distance: number;
}

function positionOn(ring: Ring, p: Point): RingPosition {
  let best: RingPosition = { edge: 0, t: 0, distance: Infinity };
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Point;
    const b = ring[(i + 1) % ring.length] as Point;
    const d = distanceToSegment(p[0], p[1], a[0], a[1], b[0], b[1]);
    if (d < best.distance)
      best = { edge: i, t: segmentParam(p[0], p[1], a[0], a[1], b[0], b[1]), distance: d };
  }
  return best;
}

const pathLength = (path: readonly Point[]): number =>
  path.reduce(
    (s, p, i) =>
      i === 0 ? 0 : s + Math.hypot(p[0] - (path[i - 1] as Point)[0], p[1] - (path[i - 1] as Point)[1]),
    0,
  );

/** The ring's boundary from `a` to `b` walking forward (corner order), both ends included. */
function forwardPath(ring: Ring, a: Point, pa: RingPosition, b: Point, pb: RingPosition): Point[] {
  const path: Point[] = [a];
  const n = ring.length;
  if (pa.edge === pb.edge && pb.t >= pa.t) return [a, b];
  for (let k = 1; k <= n; k++) {
    path.push(ring[(pa.edge + k) % n] as Point);
    if ((pa.edge + k) % n === pb.edge) break;
  }
  path.push(b);
  return path;
}

/**
 * The stretch of boundary an exit line stands for: when both ends lie on one ring of the walkable area or
 * of an obstacle, the shorter way along that ring between them (so an exit drawn across corners of the
 * outline follows the outline, not the chord); otherwise the line itself.
 */
export function exitPath(region: Omit<Region, 'exits'>, line: readonly [Point, Point]): Point[] {
  const [a, b] = line;
  let best: { path: Point[]; length: number } | null = null;
  for (const closed of [...region.walkable, ...region.obstacles]) {
    const ring = openRing(closed);
    const pa = positionOn(ring, a);
    const pb = positionOn(ring, b);
    if (pa.distance > ON_RING || pb.distance > ON_RING) continue;
    const forward = forwardPath(ring, a, pa, b, pb);
    const backward = forwardPath(ring, b, pb, a, pa).reverse();
    for (const path of [forward, backward]) {
      const length = pathLength(path);
      if (best === null || length < best.length) best = { path, length };
    }
  }
  return best?.path ?? [a, b];
}

/** Unit left normal of segment p→q, or null for a zero-length segment. */
function leftNormal(p: Point, q: Point): Point | null {
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
  return len === 0 ? null : [-(q[1] - p[1]) / len, (q[0] - p[0]) / len];
}

/**
 * The polygon of an exit drawn as a line on the boundary: the stretch of boundary between its ends
 * (`exitPath`) extruded outwards (to the side that is not walkable) by a fixed depth, with mitred bends.
 * Null when the line has walkable ground on both sides or on neither.
 * @example
 * lineExitRing(region, [[14.5, 20], [15.5, 20]]); // [[14.5,20],[15.5,20],[15.5,20.6],[14.5,20.6]]
 */
export function lineExitRing(region: Omit<Region, 'exits'>, line: readonly [Point, Point]): Ring | null {
  const path = exitPath(region, line).filter(
    (p, i, all) => i === 0 || p[0] !== (all[i - 1] as Point)[0] || p[1] !== (all[i - 1] as Point)[1],
  );
  if (path.length < 2) return null;
  // The side is decided on the longest piece: the one least likely to be confused by a neighbouring edge.
  let longest = 0;
  for (let i = 1; i + 1 < path.length; i++) {
    const len = (k: number) =>
      Math.hypot(
        (path[k + 1] as Point)[0] - (path[k] as Point)[0],
        (path[k + 1] as Point)[1] - (path[k] as Point)[1],
      );
    if (len(i) > len(longest)) longest = i;
  }
  const [p, q] = [path[longest] as Point, path[longest + 1] as Point];
  const n = leftNormal(p, q);
  if (!n) return null;
  const mx = (p[0] + q[0]) / 2;
  const my = (p[1] + q[1]) / 2;
  const full = { ...region, exits: [] };
  const left = inGround(full, mx + 0.05 * n[0], my + 0.05 * n[1]);
  const right = inGround(full, mx - 0.05 * n[0], my - 0.05 * n[1]);
  if (left === right) return null;
  const s = left ? -LINE_EXIT_DEPTH : LINE_EXIT_DEPTH;
  const normals = path.slice(1).map((q2, i) => leftNormal(path[i] as Point, q2) as Point);
  const outer: Point[] = [];
  path.forEach((c, i) => {
    const before = normals[i - 1];
    const after = normals[i];
    if (!before || !after) {
      const m = (before ?? after) as Point;
      outer.push([c[0] + s * m[0], c[1] + s * m[1]]);
      return;
    }
    const bx = before[0] + after[0];
    const by = before[1] + after[1];
    const cosHalf = Math.hypot(bx, by) / 2;
    if (cosHalf > 1 / MITER_LIMIT) {
      const k = s / (2 * cosHalf * cosHalf);
      outer.push([c[0] + k * bx, c[1] + k * by]);
    } else {
      outer.push([c[0] + s * before[0], c[1] + s * before[1]], [c[0] + s * after[0], c[1] + s * after[1]]);
    }
  });
  return [...path, ...outer.reverse()];
}
