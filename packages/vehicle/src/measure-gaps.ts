import { PackedRTree, segmentsCross, type XY } from '@pactesur/geo';
import type { SiteModel } from '@pactesur/site';

/** Gaps wider than this stop no class (the widest default body is 2.55 m + 0.1 m). */
export const MAX_GAP_M = 3;

type Seg = readonly [number, number, number, number];

/**
 * The narrowest physical gap (m) each edge passes through, measured from the geometry (HVM.md §1,
 * "a 2.4 m sidewalk gap"): from every free end of a blocking barrier line (bollard row, blocks, wall,
 * fence) and every bollard or block point, the nearest other blocking thing or building within
 * {@link MAX_GAP_M} spans a gap; an edge crossing that span passes through a gap that wide. Infinity
 * where an edge passes through no measured gap. Widths are centre to centre (errs wide, so fast).
 *
 * @example
 * const gaps = measureGaps(site, source); gaps[e] < 2.65; // trucks cannot pass edge e
 */
export function measureGaps(
  site: Pick<SiteModel, 'graph' | 'barriers'> & Partial<Pick<SiteModel, 'obstacles'>>,
  source: Uint32Array,
): Float32Array {
  const g = site.graph;
  const gaps = new Float32Array(g.edgeCount).fill(Number.POSITIVE_INFINITY);
  const walls: Seg[] = [];
  const owner: number[] = [];
  const ends: { x: number; y: number; owner: number }[] = [];
  site.barriers.forEach((b, i) => {
    if (b.kind !== 'bollard' && b.kind !== 'block' && b.kind !== 'wall' && b.kind !== 'fence') return;
    const pts = b.xy;
    const first = pts[0] as XY;
    const last = pts[pts.length - 1] as XY;
    if (pts.length === 1) {
      walls.push([first[0], first[1], first[0], first[1]]);
      owner.push(i);
      ends.push({ x: first[0], y: first[1], owner: i });
      return;
    }
    for (let k = 0; k + 1 < pts.length; k++) {
      const p = pts[k] as XY;
      const q = pts[k + 1] as XY;
      walls.push([p[0], p[1], q[0], q[1]]);
      owner.push(i);
    }
    ends.push({ x: first[0], y: first[1], owner: i }, { x: last[0], y: last[1], owner: i });
  });
  if (ends.length === 0) return gaps;
  for (const [k, o] of (site.obstacles ?? []).entries()) {
    if (o.kind !== 'building') continue;
    const ring = o.polygon.outer;
    for (let j = 0; j < ring.length; j++) {
      const p = ring[j] as XY;
      const q = ring[(j + 1) % ring.length] as XY;
      walls.push([p[0], p[1], q[0], q[1]]);
      owner.push(-1 - k);
    }
  }
  const wallIndex = new PackedRTree(walls.length);
  for (const w of walls)
    wallIndex.add(Math.min(w[0], w[2]), Math.min(w[1], w[3]), Math.max(w[0], w[2]), Math.max(w[1], w[3]));
  wallIndex.finish();
  const spans: (readonly [number, number, number, number, number])[] = [];
  for (const end of ends) {
    let best = MAX_GAP_M;
    let qx = 0;
    let qy = 0;
    for (const i of wallIndex.search([
      end.x - MAX_GAP_M,
      end.y - MAX_GAP_M,
      end.x + MAX_GAP_M,
      end.y + MAX_GAP_M,
    ])) {
      if (owner[i] === end.owner) continue;
      const w = walls[i] as Seg;
      const [cx, cy] = closest(w, end.x, end.y);
      const d = Math.hypot(cx - end.x, cy - end.y);
      if (d > 1e-6 && d < best) {
        best = d;
        qx = cx;
        qy = cy;
      }
    }
    if (best < MAX_GAP_M) spans.push([end.x, end.y, qx, qy, best]);
  }
  if (spans.length === 0) return gaps;
  const edgeIndex = new PackedRTree(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    const a = source[e] as number;
    const b = g.targets[e] as number;
    const ax = g.x[a] as number,
      ay = g.y[a] as number,
      bx = g.x[b] as number,
      by = g.y[b] as number;
    edgeIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  edgeIndex.finish();
  for (const [px, py, qx, qy, width] of spans) {
    for (const e of edgeIndex.search([
      Math.min(px, qx),
      Math.min(py, qy),
      Math.max(px, qx),
      Math.max(py, qy),
    ])) {
      const a = source[e] as number;
      const b = g.targets[e] as number;
      if (
        segmentsCross(g.x[a] as number, g.y[a] as number, g.x[b] as number, g.y[b] as number, px, py, qx, qy)
      )
        gaps[e] = Math.min(gaps[e] as number, width);
    }
  }
  return gaps;
}

function closest(w: Seg, x: number, y: number): readonly [number, number] {
  const dx = w[2] - w[0];
  const dy = w[3] - w[1];
  const l2 = dx * dx + dy * dy;
  const u = l2 > 0 ? Math.min(1, Math.max(0, ((x - w[0]) * dx + (y - w[1]) * dy) / l2)) : 0;
  return [w[0] + u * dx, w[1] + u * dy];
}
