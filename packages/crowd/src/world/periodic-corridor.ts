import { buildWallIndex } from './wall-index.ts';
import { gridOver } from './grid-spec.ts';
import { CELL_GROUND } from './rasterise.ts';
import { WALL_REACH } from './compile-world.ts';
import type { World } from './world.ts';

/**
 * A straight corridor of `width` metres, periodic along x with period `length`, where everyone walks
 * towards +x: the set-up of the fundamental diagram (RiMEA test 4) without an entrance or an exit.
 * @example
 * const world = periodicCorridor(10, 4);
 */
export function periodicCorridor(length: number, width: number, cell = 0.2): World {
  const bounds = { minX: 0, minY: 0, maxX: length, maxY: width };
  const grid = gridOver(bounds, cell, 0);
  const cells = grid.cols * grid.rows;
  const kind = new Uint8Array(cells).fill(CELL_GROUND);
  const exitOf = new Int16Array(cells).fill(-1);
  const over = WALL_REACH * 3;
  const segments = Float64Array.from([-over, 0, length + over, 0, -over, width, length + over, width]);
  const walls = buildWallIndex(segments, gridOver(bounds, WALL_REACH, 0), WALL_REACH);
  const wallDist = new Float32Array(cells);
  for (let r = 0; r < grid.rows; r++) {
    const y = (r + 0.5) * cell;
    wallDist.fill(Math.min(WALL_REACH, y, width - y), r * grid.cols, (r + 1) * grid.cols);
  }
  return {
    grid,
    mask: { kind, exitOf },
    wallDist,
    walls,
    exits: [],
    fieldCount: 1,
    fieldDist: new Float32Array(cells),
    fieldDir: new Float32Array(2 * cells).map((_, k) => (k % 2 === 0 ? 1 : 0)),
    periodX: length,
    area: length * width,
  };
}
