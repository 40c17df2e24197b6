import { mix32 } from '../prng.ts';
import { WALKING } from './agents.ts';
import type { CfsmParams } from './model.ts';
import type { KernelContext } from './kernel-context.ts';
import { desiredDirection } from './desired-direction.ts';
import { crossesWall } from './wall-guard.ts';
import { exitAt } from './exit-at.ts';

// Imported constants copied once: hot loops read a local, not a module binding.
const S_WALKING = WALKING;

/** Neighbours farther than l + this (metres) no longer bend the direction (a·e^-6 ≈ 2 % of the goal). */
const REPULSION_CUT = 0.6;
/** Walls farther than r + this no longer bend the direction. */
const WALL_CUT = 0.3;
/**
 * Half-width of the path, as a fraction of the sum of radii: ½ makes the path the strip of width 2r
 * swept by the agent's body (CROWD.md). A neighbour whose centre lies outside it does not stop the agent;
 * the direction term steers past it. A full sum of radii (JuPedSim) forbids the staggered "zipper" lanes
 * of real bottlenecks and caps a 1 m bottleneck near one person per second.
 */
const STRIP = 0.5;

let candDx = new Float64Array(512);
let candDy = new Float64Array(512);
let candGap = new Float64Array(512);
let candL = new Float64Array(512);
const dir = new Float64Array(2);

/**
 * Gap to the closest agent ahead in i's path among the cells outside the 3 × 3 block around (cc, cr),
 * out to `reach` metres. Only the cells that the path strip (half-width (r_i + max r)·STRIP, from the
 * agent to `reach` along (ex, ey)) crosses are visited: per row of cells, the columns the strip spans.
 */
function farHeadway(
  ctx: KernelContext,
  xi: number,
  yi: number,
  ri: number,
  ex: number,
  ey: number,
  cc: number,
  cr: number,
  reach: number,
): number {
  const grid = ctx.grid;
  const { px, py, pr, start } = grid;
  const period = ctx.world.periodX;
  const cell = grid.cell;
  const cols = grid.cols;
  const w = (ri + ctx.maxRadius) * STRIP;
  // The strip in grid units: the centre line from (ax, ay) to (bx, by), widened by w·|ey| along x and
  // w·|ex| along y (a point of the strip is a centre-line point plus s·(−ey, ex), |s| ≤ w).
  const ax = (xi - grid.originX) / cell;
  const ay = (yi - grid.originY) / cell;
  const bx = ax + (ex * reach) / cell;
  const by = ay + (ey * reach) / cell;
  const wx = (w * (ey < 0 ? -ey : ey)) / cell;
  const wy = (w * (ex < 0 ? -ex : ex)) / cell;
  let r0 = Math.floor((ay < by ? ay : by) - wy);
  let r1 = Math.floor((ay < by ? by : ay) + wy);
  if (r0 < 0) r0 = 0;
  if (r1 > grid.rows - 1) r1 = grid.rows - 1;
  const dyl = by - ay;
  let gap = Infinity;
  for (let r = r0; r <= r1; r++) {
    // Part of the centre line whose y lies within the row widened by wy, as parameters t0..t1 in [0, 1].
    let t0 = 0;
    let t1 = 1;
    if (dyl > 1e-12 || dyl < -1e-12) {
      const ta = (r - wy - ay) / dyl;
      const tb = (r + 1 + wy - ay) / dyl;
      t0 = ta < tb ? ta : tb;
      t1 = ta < tb ? tb : ta;
      if (t0 < 0) t0 = 0;
      if (t1 > 1) t1 = 1;
      if (t0 > t1) continue;
    }
    const xa = ax + t0 * (bx - ax);
    const xb = ax + t1 * (bx - ax);
    let c0 = Math.floor((xa < xb ? xa : xb) - wx);
    let c1 = Math.floor((xa < xb ? xb : xa) + wx);
    if (!grid.wrapX) {
      if (c0 < 0) c0 = 0;
      if (c1 > cols - 1) c1 = cols - 1;
    } else if (c1 - c0 + 1 > cols) {
      c0 = cc - Math.floor(cols / 2);
      c1 = c0 + cols - 1;
    }
    const inBlockRow = r >= cr - 1 && r <= cr + 1;
    const rowBase = r * cols;
    for (let c = c0; c <= c1; c++) {
      if (inBlockRow && c >= cc - 1 && c <= cc + 1) continue;
      const cw = c < 0 ? c + cols : c >= cols ? c - cols : c;
      const k = rowBase + cw;
      const end = start[k + 1] as number;
      for (let q = start[k] as number; q < end; q++) {
        let dx = (px[q] as number) - xi;
        if (period > 0) {
          if (dx > period / 2) dx -= period;
          else if (dx < -period / 2) dx += period;
        }
        const dy = (py[q] as number) - yi;
        if (dx * ex + dy * ey <= 0) continue;
        const l = ri + (pr[q] as number);
        const perp = dx * ey - dy * ex;
        if (perp >= l * STRIP || perp <= -l * STRIP) continue;
        const g = Math.sqrt(dx * dx + dy * dy) - l;
        if (g < gap) gap = g;
      }
    }
  }
  return gap;
}

function growScratch(): void {
  const grow = (a: Float64Array) => {
    const b = new Float64Array(a.length * 2);
    b.set(a);
    return b;
  };
  candDx = grow(candDx);
  candDy = grow(candDy);
  candGap = grow(candGap);
  candL = grow(candL);
}

/**
 * One collision-free-speed-model step for the agents at positions [from, to) of the neighbour grid's
 * order: direction from the floor field bent by neighbours and walls, speed from the gap to the closest
 * agent ahead in the agent's path. Reads (x, y), writes (nx, ny, nvx, nvy).
 * @example
 * cfsmRange(ctx, 0, ctx.grid.meta[0]);
 */
export function cfsmRange(ctx: KernelContext, from: number, to: number): void {
  const p = ctx.model as CfsmParams;
  const { agents, grid, world, dt } = ctx;
  const { nx, ny, nvx, nvy, v0, radius, status, field, reached } = agents;
  const order = grid.order;
  const { px: gx, py: gy, pr: gr } = grid;
  const gStart = grid.start;
  const gCols = grid.cols;
  const gRows = grid.rows;
  const gCell = grid.cell;
  const period = world.periodX;
  const halfPeriod = period / 2;
  const step = ctx.clock[1] as number;
  const walls = world.walls;
  const wg = walls.grid;
  const seg = walls.segments;
  const invD = 1 / p.D;
  const invDw = 1 / p.DWall;
  const maxR = ctx.maxRadius;
  const aRep = p.a;
  const aWall = p.aWall;
  const T = p.T;
  const noise = p.noise;
  // Module scratch arrays read through locals: a module `let` is reloaded on every access.
  let cDx = candDx;
  let cDy = candDy;
  let cGap = candGap;
  let cL = candL;
  const seedMix = mix32(ctx.seed ^ 0x5bd1e995);
  for (let k = from; k < to; k++) {
    const i = order[k] as number;
    const xi = gx[k] as number;
    const yi = gy[k] as number;
    if (status[i] !== S_WALKING) {
      nx[i] = xi;
      ny[i] = yi;
      nvx[i] = 0;
      nvy[i] = 0;
      reached[i] = -1;
      continue;
    }
    const ri = radius[i] as number;
    const v0i = v0[i] as number;
    desiredDirection(world, field[i] as number, xi, yi, dir);
    let sx = dir[0] as number;
    let sy = dir[1] as number;
    // Neighbours of the 3 × 3 cells around: repulsion now, headway candidates for later (the path
    // depends on the final direction). Cells are at least as wide as the repulsion reach.
    const cc = Math.floor((xi - grid.originX) / gCell);
    const cr = Math.floor((yi - grid.originY) / gCell);
    // Farther than this, a neighbour neither bends the direction nor limits the speed.
    const reach = ri + maxR + (v0i * T > REPULSION_CUT ? v0i * T : REPULSION_CUT);
    const reach2 = reach * reach;
    let m = 0;
    const r0 = cr - 1 < 0 ? 0 : cr - 1;
    const r1 = cr + 1 >= gRows ? gRows - 1 : cr + 1;
    const c0 = grid.wrapX ? cc - 1 : cc - 1 < 0 ? 0 : cc - 1;
    const c1 = grid.wrapX ? cc + 1 : cc + 1 >= gCols ? gCols - 1 : cc + 1;
    for (let r = r0; r <= r1; r++) {
      const rowBase = r * gCols;
      for (let c = c0; c <= c1; c++) {
        const cw = c < 0 ? c + gCols : c >= gCols ? c - gCols : c;
        const cell = rowBase + cw;
        const end = gStart[cell + 1] as number;
        for (let q = gStart[cell] as number; q < end; q++) {
          if (q === k) continue;
          let dx = (gx[q] as number) - xi;
          if (period > 0) {
            if (dx > halfPeriod) dx -= period;
            else if (dx < -halfPeriod) dx += period;
          }
          const dy = (gy[q] as number) - yi;
          const d2 = dx * dx + dy * dy;
          if (d2 > reach2) continue;
          const d = Math.sqrt(d2) + 1e-12;
          const l = ri + (gr[q] as number);
          if (d < l + REPULSION_CUT) {
            const w = (aRep * Math.exp((l - d) * invD)) / d;
            sx -= w * dx;
            sy -= w * dy;
          }
          if (m === cDx.length) {
            growScratch();
            cDx = candDx;
            cDy = candDy;
            cGap = candGap;
            cL = candL;
          }
          cDx[m] = dx;
          cDy[m] = dy;
          cGap[m] = d - l;
          cL[m] = l;
          m++;
        }
      }
    }
    // Walls.
    const wc = Math.floor((xi - wg.originX) / wg.cell);
    const wr = Math.floor((yi - wg.originY) / wg.cell);
    if (wc >= 0 && wr >= 0 && wc < wg.cols && wr < wg.rows) {
      const b = wr * wg.cols + wc;
      const wend = walls.start[b + 1] as number;
      for (let q = walls.start[b] as number; q < wend; q++) {
        const s = 4 * (walls.items[q] as number);
        const ax = seg[s] as number,
          ay = seg[s + 1] as number;
        const ex = (seg[s + 2] as number) - ax,
          ey = (seg[s + 3] as number) - ay;
        const len2 = ex * ex + ey * ey;
        let t = len2 > 0 ? ((xi - ax) * ex + (yi - ay) * ey) / len2 : 0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const wx = xi - (ax + t * ex);
        const wy = yi - (ay + t * ey);
        const dw = Math.sqrt(wx * wx + wy * wy) + 1e-12;
        if (dw < ri + WALL_CUT) {
          // A corner is the end of two segments: each counts it half.
          const w = ((t === 0 || t === 1 ? 0.5 : 1) * aWall * Math.exp((ri - dw) * invDw)) / dw;
          sx += w * wx;
          sy += w * wy;
        }
      }
    }
    const len = Math.sqrt(sx * sx + sy * sy);
    if (len < 1e-9) {
      nx[i] = xi;
      ny[i] = yi;
      nvx[i] = 0;
      nvy[i] = 0;
      reached[i] = -1;
      continue;
    }
    let ex = sx / len;
    let ey = sy / len;
    if (noise > 0) {
      // Triangular turn with standard deviation `noise` from the two 16-bit halves of one draw of the
      // agent's own counter-based stream; small-angle rotation (error below 1e-6 for turns under 0.3 rad).
      const h = mix32(seedMix ^ mix32(i + step * 0x9e3779b1));
      const angle = (((h & 0xffff) + (h >>> 16)) / 65535 - 1) * noise * 2.449489742783178;
      const a2 = angle * angle;
      const cs = 1 - a2 * (0.5 - a2 / 24);
      const sn = angle * (1 - a2 * (1 / 6 - a2 / 120));
      const rx = ex * cs - ey * sn;
      ey = ex * sn + ey * cs;
      ex = rx;
    }
    // Speed: gap to the closest agent ahead in the path (the T-law), and never into contact with anyone
    // ahead, in the path or beside it (the step may not close more than the free distance).
    let gap = Infinity;
    let free = Infinity;
    for (let q = 0; q < m; q++) {
      const dx = cDx[q] as number;
      const dy = cDy[q] as number;
      const along = dx * ex + dy * ey;
      if (along <= 0) continue;
      const perp = dx * ey - dy * ex;
      const lq = cL[q] as number;
      if (perp >= lq || perp <= -lq) continue;
      const contact = along - Math.sqrt(lq * lq - perp * perp);
      if (contact < free) free = contact;
      const half = lq * STRIP;
      if (perp >= half || perp <= -half) continue;
      const g = cGap[q] as number;
      if (g < gap) gap = g;
    }
    // Agents beyond the 3 × 3 cells are farther than `covered`; look there only when it can matter.
    const fx = xi - grid.originX - cc * gCell;
    const fy = yi - grid.originY - cr * gCell;
    const covered = gCell + Math.min(fx, gCell - fx, fy, gCell - fy) - ri - maxR;
    if (gap > covered && v0i * T > covered)
      gap = Math.min(gap, farHeadway(ctx, xi, yi, ri, ex, ey, cc, cr, ri + maxR + v0i * T));
    let v = gap / T;
    if (v > v0i) v = v0i;
    if (v * dt > free) v = free / dt;
    if (v < 0) v = 0;
    let px = xi + dt * v * ex;
    let py = yi + dt * v * ey;
    if (v > 0 && crossesWall(walls, xi, yi, px, py)) {
      px = xi;
      py = yi;
      v = 0;
    }
    nx[i] = px;
    ny[i] = py;
    nvx[i] = v * ex;
    nvy[i] = v * ey;
    reached[i] = v > 0 ? exitAt(world, px, py) : -1;
  }
}
