import { ringContains, type XY } from '@pactesur/geo';
import { maskTurnRadii, TURN_WINDOW_M, type TurnRadii } from './turn-radius.ts';
import type { VehicleGraph } from './vehicle-graph.ts';

/**
 * Where the graph meets one zone, per node and per edge (class-independent): which nodes lie inside,
 * and for every edge from outside the fraction `crossT` along it at which it first crosses the perimeter
 * (NaN: it does not), the arc position `crossS` of that point along the perimeter and the perimeter edge.
 * The perimeter is the outer ring followed by the rings of the holes (a vehicle inside a hole, on a
 * courtyard road, hits from inside); arc positions run on along them in that order. The turning radii
 * (`TurnRadii`) are the vehicle graph's, with windows stopped at the perimeter (ADR 0302).
 */
export interface ZoneCut extends TurnRadii {
  /** The outer ring. */
  readonly ring: readonly XY[];
  /** The outer ring, then the holes. */
  readonly rings: readonly (readonly XY[])[];
  /** Every perimeter edge [from, to], outer ring first then each hole; `crossSeg` indexes this list. */
  readonly segments: readonly (readonly [XY, XY])[];
  /** Arc length at the start of each perimeter edge (of `segments`); the last entry is the perimeter length. */
  readonly cumM: Float64Array;
  readonly perimeterM: number;
  readonly inside: Uint8Array;
  readonly crossT: Float64Array;
  readonly crossS: Float64Array;
  readonly crossSeg: Int32Array;
}

/**
 * Cuts the vehicle graph with a zone ring in site metres, and the rings of its holes if any.
 *
 * @example
 * const cut = cutZone(vg, projectZone(zone, site.projection), projectHoles(zone, site.projection));
 */
export function cutZone(
  vg: VehicleGraph,
  ring: readonly XY[],
  holes: readonly (readonly XY[])[] = [],
): ZoneCut {
  const g = vg.graph;
  const rings = [ring, ...holes];
  const segments: (readonly [XY, XY])[] = [];
  for (const r of rings)
    for (let i = 0; i < r.length; i++) segments.push([r[i] as XY, r[(i + 1) % r.length] as XY]);
  const n = segments.length;
  const cumM = new Float64Array(n + 1);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const [a, b] = segments[i] as readonly [XY, XY];
    cumM[i + 1] = (cumM[i] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]);
    minX = Math.min(minX, a[0]);
    minY = Math.min(minY, a[1]);
    maxX = Math.max(maxX, a[0]);
    maxY = Math.max(maxY, a[1]);
  }
  const inside = new Uint8Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    const x = g.x[v] as number;
    const y = g.y[v] as number;
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    const p = [x, y] as unknown as XY;
    if (ringContains(ring, p) && !holes.some((h) => ringContains(h, p))) inside[v] = 1;
  }
  const crossT = new Float64Array(g.edgeCount).fill(Number.NaN);
  const crossS = new Float64Array(g.edgeCount).fill(Number.NaN);
  const crossSeg = new Int32Array(g.edgeCount).fill(-1);
  for (let e = 0; e < g.edgeCount; e++) {
    const s = vg.source[e] as number;
    if (inside[s]) continue;
    const t = g.targets[e] as number;
    const ax = g.x[s] as number,
      ay = g.y[s] as number;
    const bx = g.x[t] as number,
      by = g.y[t] as number;
    if (
      Math.max(ax, bx) < minX ||
      Math.min(ax, bx) > maxX ||
      Math.max(ay, by) < minY ||
      Math.min(ay, by) > maxY
    )
      continue;
    let best = Infinity;
    let bestSeg = -1;
    let bestU = 0;
    for (let i = 0; i < n; i++) {
      const [c, d] = segments[i] as readonly [XY, XY];
      const hit = intersect(ax, ay, bx, by, c[0], c[1], d[0], d[1]);
      if (hit !== null && hit[0] < best) {
        best = hit[0];
        bestSeg = i;
        bestU = hit[1];
      }
    }
    if (bestSeg < 0 && inside[t]) {
      // Enters through a ring corner exactly: take the target and its nearest perimeter position.
      const near = nearestOnRing(segments, bx, by);
      best = 1;
      bestSeg = near[0];
      bestU = near[1];
    }
    if (bestSeg < 0) continue;
    crossT[e] = best;
    crossSeg[e] = bestSeg;
    crossS[e] =
      (cumM[bestSeg] as number) + bestU * ((cumM[bestSeg + 1] as number) - (cumM[bestSeg] as number));
  }
  const turns = zoneTurns(vg, inside, crossT, [minX, minY, maxX, maxY]);
  return {
    ring,
    rings,
    segments,
    cumM,
    perimeterM: cumM[n] as number,
    inside,
    crossT,
    crossS,
    crossSeg,
    ...turns,
  };
}

/**
 * The vehicle graph's turning radii with windows stopped at the zone: a vehicle that hits the perimeter
 * mid-curve need not drive the rest of the curve. Only nodes within a window's reach of the zone's box
 * can have a window that meets the perimeter, so only theirs are recomputed.
 */
function zoneTurns(
  vg: VehicleGraph,
  inside: Uint8Array,
  crossT: Float64Array,
  box: readonly [number, number, number, number],
): TurnRadii {
  const g = vg.graph;
  const stopEdge = new Uint8Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    const r = g.reverse[e] as number;
    if (
      !Number.isNaN(crossT[e]) ||
      !Number.isNaN(crossT[r]) ||
      inside[vg.source[e] as number] ||
      inside[g.targets[e] as number]
    )
      stopEdge[e] = 1;
  }
  const reach = TURN_WINDOW_M + 1;
  const near: number[] = [];
  for (let v = 0; v < g.nodeCount; v++) {
    const x = g.x[v] as number;
    const y = g.y[v] as number;
    if (x >= box[0] - reach && x <= box[2] + reach && y >= box[1] - reach && y <= box[3] + reach)
      near.push(v);
  }
  return maskTurnRadii(g, vg.source, vg.ux, vg.uy, vg.corridorM, vg, inside, stopEdge, near);
}

/** Parameters (t along a–b, u along c–d) of the intersection of two segments, or null. */
function intersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): readonly [number, number] | null {
  const rx = bx - ax,
    ry = by - ay,
    sx = dx - cx,
    sy = dy - cy;
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-12) return null;
  const qx = cx - ax,
    qy = cy - ay;
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [t, u];
}

function nearestOnRing(
  segments: readonly (readonly [XY, XY])[],
  x: number,
  y: number,
): readonly [number, number] {
  let best = Infinity;
  let seg = 0;
  let at = 0;
  for (let i = 0; i < segments.length; i++) {
    const [c, d] = segments[i] as readonly [XY, XY];
    const sx = d[0] - c[0],
      sy = d[1] - c[1];
    const l2 = sx * sx + sy * sy;
    const u = l2 > 0 ? Math.min(1, Math.max(0, ((x - c[0]) * sx + (y - c[1]) * sy) / l2)) : 0;
    const dist = Math.hypot(c[0] + u * sx - x, c[1] + u * sy - y);
    if (dist < best) {
      best = dist;
      seg = i;
      at = u;
    }
  }
  return [seg, at];
}
