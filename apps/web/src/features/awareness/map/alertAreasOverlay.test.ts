import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ALERT_AREAS_FILL, alertAreasBounds, alertAreasOverlay } from './alertAreasOverlay.ts';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, s],
    ],
  ],
});

const AREAS: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: square(7.25, 43.69, 7.27, 43.7) },
    { type: 'Feature', properties: {}, geometry: square(7.28, 43.68, 7.29, 43.695) },
  ],
};

describe('the areas of the public alerts on a map', () => {
  it('draws them as a fill, counted, under an edge', () => {
    const overlay = alertAreasOverlay(AREAS);
    expect(overlay.data).toBe(AREAS);
    expect(overlay.layers.map((l) => [l.id, l.type])).toEqual([
      [ALERT_AREAS_FILL, 'fill'],
      ['public-alert-areas-line', 'line'],
    ]);
  });

  it('frames every area, and nothing without areas', () => {
    expect(alertAreasBounds(AREAS)).toEqual([7.25, 43.68, 7.29, 43.7]);
    expect(alertAreasBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
