import type { PlanFeature } from '@pactesur/contracts';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { styleErrors } from '../../../map/test-support/styleErrors.ts';
import { PLAN_COLOURS, PLAN_FILL, featureColour, planOverlay, pointsDraftOverlay } from './planOverlay.ts';

const square: PlanFeature = {
  id: 'zone-1',
  name: 'Square',
  type: 'zone',
  use: 'audience',
  polygon: {
    type: 'Polygon',
    coordinates: [
      [
        [11.575, 48.137],
        [11.577, 48.137],
        [11.577, 48.138],
        [11.575, 48.137],
      ],
    ],
  },
};
const exit: PlanFeature = {
  id: 'exit-1',
  name: '',
  type: 'exit',
  line: [
    [11.575, 48.137],
    [11.5752, 48.137],
  ],
  widthM: 14.9,
  kind: 'level',
  entry: true,
};
const medical: PlanFeature = {
  id: 'point-1',
  name: 'First aid',
  type: 'point',
  kind: 'medical',
  at: [11.576, 48.1375],
  staff: 2,
};

describe('the plan on the map', () => {
  it('draws every feature, areas first, named by their name or else their id, the selected one flagged', () => {
    const overlay = planOverlay([medical, exit, square], 'exit-1');
    const data = overlay.data as FeatureCollection;
    expect(data.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point', 'LineString']);
    const property = (name: string) => data.features.map((f): unknown => f.properties?.[name]);
    expect(property('label')).toEqual(['Square', 'First aid', 'exit-1']);
    expect(property('selected')).toEqual([false, false, true]);
    expect(data.features[0]?.properties?.['colour']).toBe(PLAN_COLOURS.audience);
    expect(overlay.layers.map((l) => l.id)).toContain(PLAN_FILL);
  });

  it('is a style MapLibre accepts, and so is a draft', () => {
    expect(styleErrors(planOverlay([square, exit, medical], null))).toEqual([]);
    expect(
      styleErrors(
        pointsDraftOverlay([
          [11.575, 48.137],
          [11.576, 48.137],
        ]),
      ),
    ).toEqual([]);
    expect((pointsDraftOverlay([[11.575, 48.137]]).data as FeatureCollection).features).toHaveLength(1);
  });

  it('colours zones by their use', () => {
    const restricted: PlanFeature = { ...square, use: 'restricted' };
    expect(featureColour(restricted)).toBe(PLAN_COLOURS.restricted);
    expect(featureColour(exit)).toBe(PLAN_COLOURS.exit);
  });
});
