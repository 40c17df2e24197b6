import { allRings, exitAt, inDomain, inGround, type Region } from './region.ts';
import { distanceToSegment, segmentParam, type Point } from './vec.ts';

/** Walls of a region and the opening width of every exit. */
export interface WallSet {
  /** Wall segments as [ax, ay, bx, by] quadruples. */
  readonly segments: Float64Array;
  /** Length of walkable boundary that each exit opens, in metres (0: the exit touches no boundary). */
  readonly exitWidths: readonly number[];
}

interface Edge {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
  readonly walkable: boolean;
  readonly exit: boolean;
}

const SIDE_EPS = 1e-4;

/**
 * Raised when polygons cross one another so often that their walls would be cut into more pieces than
 * {@link maxWallPieces} (each piece is then tested against every polygon: cubic time on hostile input).
 */
export class GeometryTooComplex extends Error {
  override readonly name = 'GeometryTooComplex';
}

/** Most wall pieces for `edges` polygon edges: every edge, and a generous number of crossings. */
export function maxWallPieces(edges: number): number {
  return 4 * edges + 10_000;
}

/**
 * Extracts the walls of a region: the pieces of every polygon edge with the simulated domain (ground plus
 * exits) on exactly one side. Edges shared by two touching walkable polygons, the stretches of boundary
 * covered by an exit (summed into the exit's width) and the exit polygons' own edges are not walls:
 * people walk on through an exit until they are counted out.
 * Throws {@link GeometryTooComplex} when the polygons cross one another too often.
 * @example
 * const { segments, exitWidths } = extractWalls({ walkable: [room], obstacles: [], exits: [door] });
 */
export function extractWalls(region: Region): WallSet {
  const edges: Edge[] = [];
  const rings = allRings(region);
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i] as Point;
      const b = ring[(i + 1) % ring.length] as Point;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      const exit = r >= region.walkable.length + region.obstacles.length;
      edges.push({ ax: a[0], ay: a[1], bx: b[0], by: b[1], walkable: r < region.walkable.length, exit });
    }
  });
  const out: number[] = [];
  const seen = new Set<string>();
  const exitWidths = region.exits.map(() => 0);
  // All cuts first, counted as they come: the pieces are refused before any is tested or kept.
  const cutsOf: number[][] = [];
  const most = maxWallPieces(edges.length);
  let pieces = 0;
  for (const e of edges) {
    const cuts = cutParams(e, edges);
    pieces += cuts.length - 1;
    if (pieces > most) throw new GeometryTooComplex(`the polygons cross one another more than ${most - edges.length} times`);
    cutsOf.push(cuts);
  }
  for (const [k, e] of edges.entries()) {
    const cuts = cutsOf[k] as number[];
    const len = Math.hypot(e.bx - e.ax, e.by - e.ay);
    const nx = -(e.by - e.ay) / len;
    const ny = (e.bx - e.ax) / len;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const t0 = cuts[c] as number;
      const t1 = cuts[c + 1] as number;
      if ((t1 - t0) * len < 1e-9) continue;
      const tm = (t0 + t1) / 2;
      const mx = e.ax + tm * (e.bx - e.ax);
      const my = e.ay + tm * (e.by - e.ay);
      const lx = mx + SIDE_EPS * nx,
        ly = my + SIDE_EPS * ny;
      const rx = mx - SIDE_EPS * nx,
        ry = my - SIDE_EPS * ny;
      const left = inDomain(region, lx, ly);
      const right = inDomain(region, rx, ry);
      if (left !== right && !e.exit) {
        const piece = [
          e.ax + t0 * (e.bx - e.ax),
          e.ay + t0 * (e.by - e.ay),
          e.ax + t1 * (e.bx - e.ax),
          e.ay + t1 * (e.by - e.ay),
        ];
        const key = piece.map((v) => v.toFixed(6));
        const k1 = key.join(',');
        const k2 = [key[2], key[3], key[0], key[1]].join(',');
        if (!seen.has(k1) && !seen.has(k2)) {
          seen.add(k1);
          out.push(...piece);
        }
      } else if (left && e.walkable) {
        const groundLeft = inGround(region, lx, ly);
        const groundRight = inGround(region, rx, ry);
        if (groundLeft !== groundRight) {
          const k = groundLeft ? exitAt(region, rx, ry) : exitAt(region, lx, ly);
          if (k >= 0) exitWidths[k] = (exitWidths[k] ?? 0) + (t1 - t0) * len;
        }
      }
    }
  }
  return { segments: Float64Array.from(out), exitWidths };
}

/** Sorted parameters along `e` where other edges cross it or touch it. */
function cutParams(e: Edge, edges: readonly Edge[]): number[] {
  const ts = [0, 1];
  const minX = Math.min(e.ax, e.bx) - 1e-7,
    maxX = Math.max(e.ax, e.bx) + 1e-7;
  const minY = Math.min(e.ay, e.by) - 1e-7,
    maxY = Math.max(e.ay, e.by) + 1e-7;
  for (const o of edges) {
    if (o === e) continue;
    if (Math.max(o.ax, o.bx) < minX || Math.min(o.ax, o.bx) > maxX) continue;
    if (Math.max(o.ay, o.by) < minY || Math.min(o.ay, o.by) > maxY) continue;
    for (const [px, py] of [
      [o.ax, o.ay],
      [o.bx, o.by],
    ] as const) {
      if (distanceToSegment(px, py, e.ax, e.ay, e.bx, e.by) < 1e-7)
        ts.push(segmentParam(px, py, e.ax, e.ay, e.bx, e.by));
    }
    const rx = e.bx - e.ax,
      ry = e.by - e.ay,
      sx = o.bx - o.ax,
      sy = o.by - o.ay;
    const den = rx * sy - ry * sx;
    if (den !== 0) {
      const t = ((o.ax - e.ax) * sy - (o.ay - e.ay) * sx) / den;
      const u = ((o.ax - e.ax) * ry - (o.ay - e.ay) * rx) / den;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
    }
  }
  ts.sort((a, b) => a - b);
  return ts;
}
