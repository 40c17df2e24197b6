import { extractWalls } from '../geometry/walls.ts';
import { boundsOf, openRing, ringArea } from '../geometry/vec.ts';
import type { Region } from '../geometry/region.ts';
import { gridOver } from './grid-spec.ts';
import { CELL_BLOCKED, CELL_GROUND, rasterise } from './rasterise.ts';
import type { GridSpec } from './grid-spec.ts';
import { buildWallIndex, wallDistance } from './wall-index.ts';
import { directionField, distanceField } from './floor-field.ts';
import type { World, WorldExit } from './world.ts';

/** Options of world compilation. */
export interface WorldOptions {
  /** Fine grid cell size in metres (at most 0.25). */
  readonly cell?: number;
  /** Exit identifiers, in the order of `region.exits`. */
  readonly exitIds?: readonly string[];
  /** Told after the grid and after each exit's floor field (the long part), with the fraction done. */
  readonly onProgress?: (fraction: number, phase: string) => void;
}

/** Fine grid cell size in metres when none is given. */
export const DEFAULT_CELL = 0.2;

/** Reach of wall forces and wall buckets, metres. */
export const WALL_REACH = 1.0;
/** Floor-field cost factor rises linearly to 1 + WALL_PENALTY at the wall over WALL_BAND metres. */
const WALL_BAND = 0.5;
const WALL_PENALTY = 1.0;

/**
 * Compiles a region into a world: grid, walls, wall distances and one floor field per exit.
 * @example
 * const world = compileWorld({ walkable: [room], obstacles: [], exits: [door] }, { exitIds: ['door'] });
 */
export function compileWorld(region: Region, options: WorldOptions = {}): World {
  const cell = options.cell ?? DEFAULT_CELL;
  const bounds = boundsOf([...region.walkable, ...region.exits]);
  const grid = gridOver(bounds, cell, 2);
  const mask = rasterise(region, grid);
  const wallSet = extractWalls(region);
  burnWalls(mask.kind, grid, wallSet.segments);
  const walls = buildWallIndex(wallSet.segments, gridOver(bounds, WALL_REACH, 2), WALL_REACH);
  const cells = grid.cols * grid.rows;
  const wallDist = new Float32Array(cells);
  const cost = new Float32Array(cells);
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const i = r * grid.cols + c;
      const d = wallDistance(walls, grid.originX + (c + 0.5) * cell, grid.originY + (r + 0.5) * cell);
      wallDist[i] = d;
      cost[i] = 1 + WALL_PENALTY * Math.max(0, 1 - d / WALL_BAND);
    }
  }
  const fieldCount = region.exits.length;
  const fieldDist = new Float32Array(fieldCount * cells);
  const fieldDir = new Float32Array(2 * fieldCount * cells);
  options.onProgress?.(1 / (fieldCount + 1), 'grid');
  for (let k = 0; k < fieldCount; k++) {
    const dist = distanceField(grid, mask, cost, k);
    fieldDist.set(dist, k * cells);
    directionField(grid, dist, fieldDir, k * cells);
    options.onProgress?.((k + 2) / (fieldCount + 1), `floor field ${options.exitIds?.[k] ?? k + 1}`);
  }
  const exits: WorldExit[] = region.exits.map((ring, k) => {
    const b = boundsOf([ring]);
    return {
      id: options.exitIds?.[k] ?? `exit-${k}`,
      ring: openRing(ring),
      width: wallSet.exitWidths[k] ?? 0,
      ...b,
    };
  });
  let area = 0;
  for (const ring of region.walkable) area += Math.abs(ringArea(ring));
  for (const ring of region.obstacles) area -= Math.abs(ringArea(ring));
  let groundCells = 0;
  for (let i = 0; i < cells; i++) if (mask.kind[i] === CELL_GROUND) groundCells++;
  if (groundCells === 0) area = 0;
  return {
    grid,
    mask,
    wallDist,
    walls,
    exits,
    fieldCount,
    fieldDist,
    fieldDir,
    periodX: 0,
    area,
  };
}

/**
 * Blocks every ground cell a wall passes through, so that walls thinner than a cell (a partition
 * between two rooms) still cut the floor field: centre sampling alone could leave both sides open.
 */
function burnWalls(kind: Uint8Array, grid: GridSpec, segments: Float64Array): void {
  for (let s = 0; s < segments.length; s += 4) {
    const ax = segments[s] as number,
      ay = segments[s + 1] as number;
    const bx = segments[s + 2] as number,
      by = segments[s + 3] as number;
    const steps = Math.max(1, Math.ceil((Math.hypot(bx - ax, by - ay) / grid.cell) * 3));
    for (let k = 0; k <= steps; k++) {
      const c = Math.floor((ax + ((bx - ax) * k) / steps - grid.originX) / grid.cell);
      const r = Math.floor((ay + ((by - ay) * k) / steps - grid.originY) / grid.cell);
      if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) continue;
      const i = r * grid.cols + c;
      if (kind[i] === CELL_GROUND) kind[i] = CELL_BLOCKED;
    }
  }
}
