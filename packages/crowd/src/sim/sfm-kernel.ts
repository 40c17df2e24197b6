import { WALKING } from './agents.ts';
import type { SfmParams } from './model.ts';
import type { KernelContext } from './kernel-context.ts';
import { desiredDirection } from './desired-direction.ts';
import { crossesWall } from './wall-guard.ts';
import { exitAt } from './exit-at.ts';

// Imported constants copied once: hot loops read a local, not a module binding.
const S_WALKING = WALKING;

/** Neighbours and walls farther than contact + this (metres) exert no force (A·e^-7.5 ≈ 1 N). */
const FORCE_CUT = 0.6;
const dir = new Float64Array(2);

/**
 * One social-force step (semi-implicit Euler: velocity first, then position with the new velocity) for
 * the agents at positions [from, to) of the neighbour grid's order. Reads (x, y, vx, vy), writes
 * (nx, ny, nvx, nvy).
 * @example
 * sfmRange(ctx, 0, ctx.grid.meta[0]);
 */
export function sfmRange(ctx: KernelContext, from: number, to: number): void {
  const p = ctx.model as SfmParams;
  const { agents, grid, world, dt } = ctx;
  const { x, y, vx, vy, nx, ny, nvx, nvy, v0, radius, status, field, reached } = agents;
  const order = grid.order;
  const gCell = grid.cell;
  const period = world.periodX;
  const halfPeriod = period / 2;
  const walls = world.walls;
  const wg = walls.grid;
  const seg = walls.segments;
  const invB = 1 / p.B;
  const invM = 1 / p.mass;
  for (let k = from; k < to; k++) {
    const i = order[k] as number;
    const xi = x[i] as number;
    const yi = y[i] as number;
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
    const vxi = vx[i] as number;
    const vyi = vy[i] as number;
    desiredDirection(world, field[i] as number, xi, yi, dir);
    let fx = (p.mass * (v0i * (dir[0] as number) - vxi)) / p.tau;
    let fy = (p.mass * (v0i * (dir[1] as number) - vyi)) / p.tau;
    // Sliding friction acting on i's own velocity, −κ·g·(v_i·t)·t summed over contacts, is integrated
    // implicitly: it enters the matrix (1 + dt/m·Σ κ·g·t·tᵀ) solved for the new velocity below.
    let mxx = 0;
    let mxy = 0;
    let myy = 0;
    const reach = ri + ctx.maxRadius + FORCE_CUT;
    const span = Math.ceil(reach / gCell);
    const cc = Math.floor((xi - grid.originX) / gCell);
    const cr = Math.floor((yi - grid.originY) / gCell);
    const r0 = Math.max(0, cr - span);
    const r1 = Math.min(grid.rows - 1, cr + span);
    let c0 = cc - span;
    let c1 = cc + span;
    if (!grid.wrapX) {
      c0 = Math.max(0, c0);
      c1 = Math.min(grid.cols - 1, c1);
    } else if (c1 - c0 + 1 > grid.cols) {
      c0 = 0;
      c1 = grid.cols - 1;
    }
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cw = c < 0 ? c + grid.cols : c >= grid.cols ? c - grid.cols : c;
        const cell = r * grid.cols + cw;
        const end = grid.start[cell + 1] as number;
        for (let q = grid.start[cell] as number; q < end; q++) {
          const j = order[q] as number;
          if (j === i) continue;
          let dx = xi - (x[j] as number);
          if (period > 0) {
            if (dx > halfPeriod) dx -= period;
            else if (dx < -halfPeriod) dx += period;
          }
          const dy = yi - (y[j] as number);
          const d = Math.sqrt(dx * dx + dy * dy) + 1e-12;
          const l = ri + (radius[j] as number);
          const overlap = l - d;
          if (overlap < -FORCE_CUT) continue;
          const nxij = dx / d;
          const nyij = dy / d;
          let push = p.A * Math.exp(overlap * invB);
          if (overlap > 0) {
            push += p.k * overlap;
            const tx = -nyij;
            const ty = nxij;
            // The neighbour's part of Δv_ji is explicit (its state at the start of the step); i's own
            // part goes to the implicit matrix.
            const f = p.kappa * overlap;
            const vjt = (vx[j] as number) * tx + (vy[j] as number) * ty;
            fx += f * vjt * tx;
            fy += f * vjt * ty;
            mxx += f * tx * tx;
            mxy += f * tx * ty;
            myy += f * ty * ty;
          }
          fx += push * nxij;
          fy += push * nyij;
        }
      }
    }
    const wc = Math.floor((xi - wg.originX) / wg.cell);
    const wr = Math.floor((yi - wg.originY) / wg.cell);
    if (wc >= 0 && wr >= 0 && wc < wg.cols && wr < wg.rows) {
      const b = wr * wg.cols + wc;
      for (let q = walls.start[b] as number; q < (walls.start[b + 1] as number); q++) {
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
        const overlap = ri - dw;
        if (overlap < -FORCE_CUT) continue;
        const nwx = wx / dw;
        const nwy = wy / dw;
        // A corner is the end of two segments: each counts it half, so it pushes as one wall does.
        const share = t === 0 || t === 1 ? 0.5 : 1;
        let push = share * p.A * Math.exp(overlap * invB);
        if (overlap > 0) {
          push += share * p.k * overlap;
          // Wall friction −κ·g·(v_i·t)·t, wholly implicit (t = (−nwy, nwx)).
          const f = share * p.kappa * overlap;
          mxx += f * nwy * nwy;
          mxy -= f * nwy * nwx;
          myy += f * nwx * nwx;
        }
        fx += push * nwx;
        fy += push * nwy;
      }
    }
    // Solve (1 + dt/m·M)·u = v + dt/m·F. Explicit friction turns unstable once dt·κ·g/m passes 1 (a 3 cm
    // overlap at dt = 0.01 s): velocities then flip sign every step at the speed cap and a crowd pressed
    // into a door freezes in that limit cycle. The implicit form only damps, whatever the overlap.
    const h = dt * invM;
    const bx = vxi + h * fx;
    const by = vyi + h * fy;
    const axx = 1 + h * mxx;
    const axy = h * mxy;
    const ayy = 1 + h * myy;
    const det = axx * ayy - axy * axy;
    let ux = (ayy * bx - axy * by) / det;
    let uy = (axx * by - axy * bx) / det;
    const speed = Math.sqrt(ux * ux + uy * uy);
    const cap = p.maxSpeedFactor * v0i;
    if (speed > cap) {
      ux *= cap / speed;
      uy *= cap / speed;
    }
    let px = xi + dt * ux;
    let py = yi + dt * uy;
    if (crossesWall(walls, xi, yi, px, py)) {
      px = xi;
      py = yi;
      ux = 0;
      uy = 0;
    }
    nx[i] = px;
    ny[i] = py;
    nvx[i] = ux;
    nvy[i] = uy;
    reached[i] = px !== xi || py !== yi ? exitAt(world, px, py) : -1;
  }
}
