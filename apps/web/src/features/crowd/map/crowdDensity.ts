import { DENSITY_CELL_M, type LngLat } from '@pactesur/contracts';
import { xy } from '@pactesur/geo';
import { geoPoint, projectionAt } from './crowdExits.ts';
import type { Positions } from './crowdFrames.ts';

/**
 * The density heat map of a playback frame, computed in the browser: people counted in square cells of
 * `DENSITY_CELL_M` (the cells of the API's peak density), each cell's people per m² classed against the
 * crowd-safety thresholds 2, 4 and 5 persons/m².
 */

/** Lower bounds of the classes (persons/m²): crowded, dense, dangerous. */
export const DENSITY_THRESHOLDS = [2, 4, 5] as const;

/** 1: from 2, 2: from 4, 3: from 5 persons/m² (0: below the first threshold). */
export type DensityLevel = 0 | 1 | 2 | 3;

/** Yellow, orange, red: distinct, and dark enough outlines to read on the light base map. */
export const DENSITY_COLOURS: Readonly<Record<1 | 2 | 3, string>> = {
  1: '#facc15',
  2: '#f97316',
  3: '#dc2626',
};

export const densityLevel = (density: number): DensityLevel =>
  density >= DENSITY_THRESHOLDS[2]
    ? 3
    : density >= DENSITY_THRESHOLDS[1]
      ? 2
      : density >= DENSITY_THRESHOLDS[0]
        ? 1
        : 0;

export interface DensityCell {
  /** Column and row of the cell from the grid origin. */
  readonly col: number;
  readonly row: number;
  readonly people: number;
  /** People per m². */
  readonly density: number;
  readonly level: DensityLevel;
  /** The cell's square (closed ring, longitude and latitude). */
  readonly ring: LngLat[];
}

export interface DensityGrid {
  /** Cells at or above the first threshold (what the heat map draws). */
  readonly cells: DensityCell[];
  /** The highest density of any cell (persons/m²). */
  readonly peak: number;
}

/**
 * Counts the people of a frame per cell of a grid anchored at `origin` (so that cells stay in place from
 * frame to frame), and keeps the cells at or above the lowest threshold.
 */
export function densityGrid(
  positions: Positions,
  origin: readonly [number, number],
  cellM = DENSITY_CELL_M,
): DensityGrid {
  const projection = projectionAt(origin);
  const counts = new Map<string, { col: number; row: number; people: number }>();
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const [x, y] = projection.toXY(geoPoint([positions[i] as number, positions[i + 1] as number]));
    const col = Math.floor(x / cellM);
    const row = Math.floor(y / cellM);
    const key = `${col},${row}`;
    const cell = counts.get(key);
    if (cell) cell.people += 1;
    else counts.set(key, { col, row, people: 1 });
  }
  const area = cellM * cellM;
  let peak = 0;
  const cells: DensityCell[] = [];
  for (const { col, row, people } of counts.values()) {
    const density = people / area;
    peak = Math.max(peak, density);
    const level = densityLevel(density);
    if (level === 0) continue;
    const [x0, y0, x1, y1] = [col * cellM, row * cellM, (col + 1) * cellM, (row + 1) * cellM];
    const ring = (
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ] as const
    ).map(([x, y]): LngLat => {
      const [lon, lat] = projection.toLngLat(xy(x, y));
      return [lon, lat];
    });
    cells.push({ col, row, people, density, level, ring });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { cells, peak };
}
