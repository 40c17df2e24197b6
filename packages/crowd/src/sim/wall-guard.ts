import type { WallIndex } from '../world/wall-index.ts';
import { crossParam } from '../geometry/vec.ts';

/**
 * Whether the move (x0, y0) → (x1, y1) crosses a wall. Moves are a few centimetres, far below the reach
 * of the wall buckets, so the bucket of the start point holds every wall the move could cross.
 * @example
 * if (crossesWall(world.walls, x, y, nx, ny)) { nx = x; ny = y; }
 */
export function crossesWall(walls: WallIndex, x0: number, y0: number, x1: number, y1: number): boolean {
  const g = walls.grid;
  const c = Math.floor((x0 - g.originX) / g.cell);
  const r = Math.floor((y0 - g.originY) / g.cell);
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return false;
  const b = r * g.cols + c;
  const seg = walls.segments;
  for (let k = walls.start[b] as number; k < (walls.start[b + 1] as number); k++) {
    const s = 4 * (walls.items[k] as number);
    if (
      crossParam(
        x0,
        y0,
        x1,
        y1,
        seg[s] as number,
        seg[s + 1] as number,
        seg[s + 2] as number,
        seg[s + 3] as number,
      ) >= 0
    ) {
      return true;
    }
  }
  return false;
}
