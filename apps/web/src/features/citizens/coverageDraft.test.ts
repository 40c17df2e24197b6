import { SaveCoverage, type LngLat } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { coverageBody } from './coverageDraft.ts';

const SQUARE: LngLat[] = [
  [7.26, 43.69],
  [7.28, 43.69],
  [7.28, 43.71],
  [7.26, 43.71],
];

describe('a coverage area drawn on the map', () => {
  it('is saved as the closed polygon of its corners, with its name and categories once each', () => {
    const made = coverageBody(' Vieux-Nice ', ['crowding', 'other', 'crowding'], SQUARE);
    expect(made).toEqual({
      ok: true,
      body: {
        name: 'Vieux-Nice',
        categories: ['crowding', 'other'],
        area: { type: 'Polygon', coordinates: [[...SQUARE, SQUARE[0]]] },
      },
    });
    expect(made.ok && SaveCoverage.safeParse(made.body).success).toBe(true);
  });

  it('says what is missing', () => {
    expect(coverageBody('', [], SQUARE.slice(0, 2))).toEqual({
      ok: false,
      problems: ['name', 'categories', 'too-few'],
    });
    const bowTie: LngLat[] = [
      SQUARE[0] as LngLat,
      SQUARE[2] as LngLat,
      SQUARE[1] as LngLat,
      SQUARE[3] as LngLat,
    ];
    expect(coverageBody('Port', ['other'], bowTie)).toEqual({ ok: false, problems: ['self-intersecting'] });
  });
});
