import { describe, expect, it } from 'vitest';
import { styleErrors } from '../../../map/test-support/styleErrors.ts';
import { DENSITY_COLOURS, densityGrid, densityLevel } from './crowdDensity.ts';
import { createLocalProjection, lngLat, xy } from '@pactesur/geo';
import { densityOverlay, exitsOverlay, peopleOverlay } from './crowdOverlay.ts';

const origin: [number, number] = [7.27, 43.7];
const projection = createLocalProjection(lngLat(...origin));

/** `n` people spread inside the 2 m cell (col, row) of the grid at `origin`. */
const crowdIn = (col: number, row: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) =>
    projection.toLngLat(
      xy(col * 2 + 0.1 + (1.8 * (i % 5)) / 5, row * 2 + 0.1 + (1.8 * Math.floor(i / 5)) / 5),
    ),
  ).flat();

describe('densityLevel', () => {
  it('classes at 2, 4 and 5 persons/m², lower bounds included', () => {
    expect([0, 1.99, 2, 3.99, 4, 4.99, 5, 9].map(densityLevel)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('densityGrid', () => {
  it('counts people per 2 m cell and keeps the cells from 2 persons/m²', () => {
    const positions = new Float64Array([
      ...crowdIn(0, 0, 8),
      ...crowdIn(3, 1, 17),
      ...crowdIn(-2, -1, 21),
      ...crowdIn(5, 5, 7),
    ]);
    const grid = densityGrid(positions, origin);
    expect(grid.peak).toBe(21 / 4);
    expect(grid.cells.map((c) => [c.col, c.row, c.people, c.level])).toEqual([
      [-2, -1, 21, 3],
      [0, 0, 8, 1],
      [3, 1, 17, 2],
    ]);
  });

  it('gives each cell its square in longitude and latitude', () => {
    const [cell] = densityGrid(new Float64Array(crowdIn(1, 2, 10)), origin).cells;
    const ring = cell?.ring ?? [];
    expect(ring).toHaveLength(5);
    const [x0, y0] = projection.toXY(lngLat(...(ring[0] ?? origin)));
    const [x2, y2] = projection.toXY(lngLat(...(ring[2] ?? origin)));
    expect([x0, y0, x2, y2].map((v) => Math.round(v * 1000) / 1000)).toEqual([2, 4, 4, 6]);
  });

  it('has no cells and no peak for an empty frame', () => {
    expect(densityGrid(new Float64Array(0), origin)).toEqual({ cells: [], peak: 0 });
  });
});

describe('crowd overlays', () => {
  it('are valid MapLibre styles', () => {
    const grid = densityGrid(new Float64Array(crowdIn(0, 0, 20)), origin);
    expect(styleErrors(densityOverlay(grid.cells))).toEqual([]);
    expect(styleErrors(peopleOverlay(new Float64Array([7.27, 43.7])))).toEqual([]);
    expect(
      styleErrors(
        exitsOverlay(
          [
            {
              id: 'A',
              line: [
                [7.27, 43.7],
                [7.2701, 43.7],
              ],
            },
          ],
          [7.27, 43.7001],
        ),
      ),
    ).toEqual([]);
  });

  it('colour the heat map yellow, orange and red', () => {
    expect(JSON.stringify(densityOverlay([]).layers[0]?.paint)).toContain(
      `3,"${DENSITY_COLOURS[3]}",2,"${DENSITY_COLOURS[2]}","${DENSITY_COLOURS[1]}"`,
    );
  });

  it('draw one point per person and one line per exit', () => {
    const people = peopleOverlay(new Float64Array([1, 2, 3, 4]));
    expect(people.data.type === 'FeatureCollection' && people.data.features.length).toBe(2);
    const exits = exitsOverlay([
      {
        id: 'A',
        line: [
          [1, 2],
          [1, 3],
        ],
      },
    ]);
    expect(
      exits.data.type === 'FeatureCollection' && exits.data.features.map((f) => f.geometry.type),
    ).toEqual(['LineString', 'Point', 'Point']);
  });
});
