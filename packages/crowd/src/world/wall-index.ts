import { distanceToSegment } from '../geometry/vec.ts';
import type { GridSpec } from './grid-spec.ts';

/**
 * Wall segments bucketed on a coarse grid: a bucket lists every segment within `reach` of it, so one
 * bucket look-up gives every wall an agent in it can feel.
 */
export interface WallIndex {
  readonly grid: GridSpec;
  readonly reach: number;
  /** Segments as [ax, ay, bx, by] quadruples. */
  readonly segments: Float64Array;
  /** CSR offsets per bucket (length buckets + 1) into `items`. */
  readonly start: Int32Array;
  /** Segment indices. */
  readonly items: Int32Array;
}

/**
 * Buckets `segments` on `grid` (coarse, e.g. 1 m cells) with the given reach.
 * @example
 * const index = buildWallIndex(walls.segments, gridOver(bounds, 1, 1), 1);
 */
export function buildWallIndex(segments: Float64Array, grid: GridSpec, reach: number): WallIndex {
  const buckets = grid.cols * grid.rows;
  const lists: number[][] = Array.from({ length: buckets }, () => []);
  const half = grid.cell / 2;
  for (let s = 0; s * 4 < segments.length; s++) {
    const ax = segments[4 * s] as number,
      ay = segments[4 * s + 1] as number;
    const bx = segments[4 * s + 2] as number,
      by = segments[4 * s + 3] as number;
    const c0 = clamp(Math.floor((Math.min(ax, bx) - reach - grid.originX) / grid.cell), grid.cols);
    const c1 = clamp(Math.floor((Math.max(ax, bx) + reach - grid.originX) / grid.cell), grid.cols);
    const r0 = clamp(Math.floor((Math.min(ay, by) - reach - grid.originY) / grid.cell), grid.rows);
    const r1 = clamp(Math.floor((Math.max(ay, by) + reach - grid.originY) / grid.cell), grid.rows);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cx = grid.originX + (c + 0.5) * grid.cell;
        const cy = grid.originY + (r + 0.5) * grid.cell;
        // The bucket's farthest point from the segment is at most half a diagonal from its centre.
        if (distanceToSegment(cx, cy, ax, ay, bx, by) <= reach + half * Math.SQRT2)
          lists[r * grid.cols + c]?.push(s);
      }
    }
  }
  const start = new Int32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b] as number) + (lists[b]?.length ?? 0);
  const items = new Int32Array(start[buckets] as number);
  for (let b = 0; b < buckets; b++) items.set(lists[b] ?? [], start[b]);
  return { grid, reach, segments, start, items };
}

function clamp(v: number, n: number): number {
  return v < 0 ? 0 : v >= n ? n - 1 : v;
}

/**
 * Distance from (x, y) to the nearest wall, capped at the index's reach.
 * @example
 * wallDistance(index, 1, 1); // 1 in a room whose walls are the axes
 */
export function wallDistance(index: WallIndex, x: number, y: number): number {
  const { grid } = index;
  const c = Math.floor((x - grid.originX) / grid.cell);
  const r = Math.floor((y - grid.originY) / grid.cell);
  if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return 0;
  const b = r * grid.cols + c;
  let best = index.reach;
  const seg = index.segments;
  for (let k = index.start[b] as number; k < (index.start[b + 1] as number); k++) {
    const s = 4 * (index.items[k] as number);
    const d = distanceToSegment(
      x,
      y,
      seg[s] as number,
      seg[s + 1] as number,
      seg[s + 2] as number,
      seg[s + 3] as number,
    );
    if (d < best) best = d;
  }
  return best;
}
