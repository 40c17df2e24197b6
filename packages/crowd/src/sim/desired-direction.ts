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
  const rows = g.rows;
  const base = field * cols * rows;
  const fx = (x - g.originX) / g.cell - 0.5;
  const fy = (y - g.originY) / g.cell - 0.5;
  const c0 = Math.floor(fx);
  const r0 = Math.floor(fy);
  const tx = fx - c0;
  const ty = fy - r0;
  const dir = world.fieldDir;
  let sx = 0;
  let sy = 0;
  if (c0 >= 0 && r0 >= 0 && c0 + 1 < cols && r0 + 1 < rows) {
    // Inside the grid (always, for agents on the ground): the two cells of a row are adjacent in memory.
    let i = 2 * (base + r0 * cols + c0);
    let w = (1 - tx) * (1 - ty);
    sx += w * (dir[i] as number);
    sy += w * (dir[i + 1] as number);
    w = tx * (1 - ty);
    sx += w * (dir[i + 2] as number);
    sy += w * (dir[i + 3] as number);
    i += 2 * cols;
    w = (1 - tx) * ty;
    sx += w * (dir[i] as number);
    sy += w * (dir[i + 1] as number);
    w = tx * ty;
    sx += w * (dir[i + 2] as number);
    sy += w * (dir[i + 3] as number);
  } else {
    for (let k = 0; k < 4; k++) {
      const c = c0 + (k & 1);
      const r = r0 + (k >> 1);
      if (c < 0 || r < 0 || c >= cols || r >= rows) continue;
      const w = (k & 1 ? tx : 1 - tx) * (k >> 1 ? ty : 1 - ty);
      const i = 2 * (base + r * cols + c);
      sx += w * (dir[i] as number);
      sy += w * (dir[i + 1] as number);
    }
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
