import type { World } from '../world/world.ts';

/**
 * Writes into out[0], out[1] the unit walking direction of floor field `field` at (x, y): bilinear
 * interpolation of the four surrounding cell directions, ignoring cells with no direction (walls,
 * unreachable), renormalised. Writes (0, 0) when no surrounding cell has a direction.
 * @example
 * const out = new Float64Array(2);
 * desiredDirection(world, 0, 5, 5, out);
 */
export function desiredDirection(world: World, field: number, x: number, y: number, out: Float64Array): void {
  const g = world.grid;
  const cols = g.cols;
  const base = field * cols * g.rows;
  const fx = (x - g.originX) / g.cell - 0.5;
  const fy = (y - g.originY) / g.cell - 0.5;
  const c0 = Math.floor(fx);
  const r0 = Math.floor(fy);
  const tx = fx - c0;
  const ty = fy - r0;
  const dirX = world.fieldDirX;
  const dirY = world.fieldDirY;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < 4; k++) {
    const c = c0 + (k & 1);
    const r = r0 + (k >> 1);
    if (c < 0 || r < 0 || c >= cols || r >= g.rows) continue;
    const w = (k & 1 ? tx : 1 - tx) * (k >> 1 ? ty : 1 - ty);
    const i = base + r * cols + c;
    sx += w * (dirX[i] as number);
    sy += w * (dirY[i] as number);
  }
  const len = Math.sqrt(sx * sx + sy * sy);
  if (len > 1e-9) {
    out[0] = sx / len;
    out[1] = sy / len;
  } else {
    out[0] = 0;
    out[1] = 0;
  }
}
