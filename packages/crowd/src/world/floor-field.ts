import { CELL_BLOCKED, CELL_EXIT, type DomainMask } from './rasterise.ts';
import type { GridSpec } from './grid-spec.ts';
import { MinHeap } from '@pactesur/geo';

/** Neighbour steps of the 16-neighbour stencil: 4 axial, 4 diagonal, 8 knight moves. */
const STEPS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
  [2, 1],
  [2, -1],
  [-2, 1],
  [-2, -1],
  [1, 2],
  [1, -2],
  [-1, 2],
  [-1, -2],
];

/**
 * Walking distance to one exit on every cell (Dijkstra on the 16-neighbour stencil, so directions are
 * resolved to about 13°), with a travel-cost factor per cell that keeps paths off the walls.
 * Unreachable and blocked cells hold +Infinity.
 * @example
 * const dist = distanceField(grid, mask, costFactor, 0);
 */
export function distanceField(
  grid: GridSpec,
  mask: DomainMask,
  cost: Float32Array,
  exit: number,
): Float32Array {
  const { cols, rows } = grid;
  const kind = mask.kind;
  const dist = new Float64Array(cols * rows).fill(Infinity);
  const heap = new MinHeap(cols * 4);
  for (let i = 0; i < dist.length; i++) {
    if (kind[i] === CELL_EXIT && mask.exitOf[i] === exit) {
      dist[i] = 0;
      heap.push(0, i);
    }
  }
  const n = STEPS.length;
  const dcs = new Int32Array(n);
  const drs = new Int32Array(n);
  const len = new Float64Array(n);
  // Cells a step passes beside (offsets from the start cell; the target itself for axial steps).
  const via1 = new Int32Array(n);
  const via2 = new Int32Array(n);
  STEPS.forEach(([dc, dr], s) => {
    dcs[s] = dc;
    drs[s] = dr;
    len[s] = Math.hypot(dc, dr) * grid.cell;
    const [a, b] = throughCells(dc, dr);
    via1[s] = a[1] * cols + a[0];
    via2[s] = b[1] * cols + b[0];
  });
  while (heap.size > 0) {
    const d = heap.topKey();
    const i = heap.pop();
    if (d > (dist[i] as number)) continue;
    const c = i % cols;
    const r = (i - c) / cols;
    const ci = cost[i] as number;
    for (let s = 0; s < n; s++) {
      const nc = c + (dcs[s] as number);
      const nr = r + (drs[s] as number);
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
      const j = nr * cols + nc;
      if (
        kind[j] === CELL_BLOCKED ||
        kind[i + (via1[s] as number)] === CELL_BLOCKED ||
        kind[i + (via2[s] as number)] === CELL_BLOCKED
      )
        continue;
      const nd = d + (len[s] as number) * 0.5 * (ci + (cost[j] as number));
      if (nd < (dist[j] as number)) {
        dist[j] = nd;
        heap.push(nd, j);
      }
    }
  }
  return Float32Array.from(dist);
}

/**
 * The two cells a step (dc, dr) passes beside: both side cells of a diagonal step, the two cells beside
 * the midpoint of a knight move, the target itself for an axial step.
 */
function throughCells(dc: number, dr: number): [[number, number], [number, number]] {
  if (Math.abs(dc) + Math.abs(dr) === 1)
    return [
      [dc, dr],
      [dc, dr],
    ];
  if (Math.abs(dc) === 1 && Math.abs(dr) === 1)
    return [
      [dc, 0],
      [0, dr],
    ];
  if (Math.abs(dc) === 2)
    return [
      [dc / 2, 0],
      [dc / 2, dr],
    ];
  return [
    [0, dr / 2],
    [dc, dr / 2],
  ];
}

/**
 * Unit walking directions (minus the gradient of `dist`, by central differences where both neighbours
 * are open, one-sided beside walls) written into `dir` (x, y interleaved) from cell `offset` on.
 * @example
 * directionField(grid, dist, dir, 0);
 */
export function directionField(grid: GridSpec, dist: Float32Array, dir: Float32Array, offset: number): void {
  const { cols, rows } = grid;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const d = dist[i] as number;
      if (!Number.isFinite(d)) continue;
      const gx = slope(
        d,
        c > 0 ? (dist[i - 1] as number) : Infinity,
        c + 1 < cols ? (dist[i + 1] as number) : Infinity,
      );
      const gy = slope(
        d,
        r > 0 ? (dist[i - cols] as number) : Infinity,
        r + 1 < rows ? (dist[i + cols] as number) : Infinity,
      );
      const len = Math.hypot(gx, gy);
      if (len > 0) {
        dir[2 * (offset + i)] = -gx / len;
        dir[2 * (offset + i) + 1] = -gy / len;
      }
    }
  }
}

function slope(mid: number, lo: number, hi: number): number {
  const okLo = Number.isFinite(lo);
  const okHi = Number.isFinite(hi);
  if (okLo && okHi) return (hi - lo) / 2;
  if (okHi) return hi - mid;
  if (okLo) return mid - lo;
  return 0;
}
