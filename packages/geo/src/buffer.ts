import type { PolygonXY } from './polygon.ts';
import { xy, type XY } from './xy.ts';

/**
 * The outline of a polyline widened by `halfWidth` metres on each side: mitred joins (the mitre is
 * clamped to twice the half-width at sharp turns) and flat ends. Meant for drawing and for outlines; for
 * an exact area use {@link corridorPieces}, whose union has no self-overlap problem.
 *
 * @example
 * bufferPolyline([xy(0, 0), xy(10, 0)], 1); // the rectangle (0,-1)–(10,1)
 */
export function bufferPolyline(line: readonly XY[], halfWidth: number): PolygonXY | null {
  return halfWidth > 0 ? offsetBand(line, -halfWidth, halfWidth) : null;
}

/**
 * The outline of the band between two offsets of a polyline, `from` and `to` metres to its left
 * (negative: right), e.g. a sidewalk beside a carriageway. Mitred joins, clamped at sharp turns.
 *
 * @example
 * offsetBand([xy(0, 0), xy(10, 0)], 3, 5); // the rectangle (0,3)–(10,5)
 */
export function offsetBand(line: readonly XY[], from: number, to: number): PolygonXY | null {
  const pts = dedupe(line);
  if (pts.length < 2 || !(to > from)) return null;
  const near: XY[] = [];
  const far: XY[] = [];
  for (let i = 0; i < pts.length; i++) {
    const [nx, ny] = joinNormal(pts, i);
    const p = pts[i] as XY;
    near.push(xy(p[0] + nx * from, p[1] + ny * from));
    far.push(xy(p[0] + nx * to, p[1] + ny * to));
  }
  return { outer: [...near, ...far.reverse()], holes: [] };
}

/**
 * The corridor of a polyline as simple convex pieces: one rectangle per segment, between the offsets
 * `from` and `to` metres left of the line (negative is right), plus a wedge on the outer side of each
 * bend. Their union is the corridor; hand them to {@link coverageArea}.
 *
 * @example
 * corridorPieces([xy(0, 0), xy(10, 0)], -1, 1); // one 10 m × 2 m rectangle
 */
export function corridorPieces(line: readonly XY[], from: number, to: number): PolygonXY[] {
  const pts = dedupe(line);
  const pieces: PolygonXY[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i] as XY;
    const b = pts[i + 1] as XY;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    pieces.push({
      outer: [
        xy(a[0] + nx * from, a[1] + ny * from),
        xy(b[0] + nx * from, b[1] + ny * from),
        xy(b[0] + nx * to, b[1] + ny * to),
        xy(a[0] + nx * to, a[1] + ny * to),
      ],
      holes: [],
    });
  }
  for (let i = 1; i + 1 < pts.length; i++) {
    const wedge = joinWedge(pts[i - 1] as XY, pts[i] as XY, pts[i + 1] as XY, from, to);
    if (wedge) pieces.push({ outer: wedge, holes: [] });
  }
  return pieces;
}

/** The triangle that fills the gap between two segment pieces on the outer side of a bend (a bevel join). */
function joinWedge(a: XY, p: XY, b: XY, from: number, to: number): XY[] | null {
  const n1 = unitNormal(a, p);
  const n2 = unitNormal(p, b);
  const turn = (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]);
  if (Math.abs(turn) < 1e-12) return null;
  const outer = turn > 0 ? Math.min(from, 0) : Math.max(to, 0);
  const inner = turn > 0 ? Math.min(to, 0) : Math.max(from, 0);
  if (outer === inner) return null;
  return [
    xy(p[0] + n1[0] * inner, p[1] + n1[1] * inner),
    xy(p[0] + n1[0] * outer, p[1] + n1[1] * outer),
    xy(p[0] + n2[0] * outer, p[1] + n2[1] * outer),
    xy(p[0] + n2[0] * inner, p[1] + n2[1] * inner),
  ];
}

function dedupe(line: readonly XY[]): XY[] {
  const out: XY[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function unitNormal(a: XY, b: XY): [number, number] {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
}

function joinNormal(pts: readonly XY[], i: number): [number, number] {
  const prev = pts[i - 1];
  const cur = pts[i] as XY;
  const next = pts[i + 1];
  if (!prev && next) return unitNormal(cur, next);
  if (prev && !next) return unitNormal(prev, cur);
  const n1 = unitNormal(prev as XY, cur);
  const n2 = unitNormal(cur, next as XY);
  let mx = n1[0] + n2[0];
  let my = n1[1] + n2[1];
  const ml = Math.hypot(mx, my);
  if (ml < 1e-9) return n1;
  mx /= ml;
  my /= ml;
  const cos = mx * n1[0] + my * n1[1];
  const scale = Math.min(1 / Math.max(cos, 1e-9), 2);
  return [mx * scale, my * scale];
}
