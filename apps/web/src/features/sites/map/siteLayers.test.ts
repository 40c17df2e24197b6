import type { MultiPolygon } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { countLayers, OSM_LAYER_IDS, osmOverlay } from '../../../map/osmStyle.ts';
import { styleErrors } from '../../../map/test-support/styleErrors.ts';
import { OUTLINE_FILL, OUTLINE_MARKER, outlineBounds, outlineFeatures, outlineMarkers, outlineOverlay } from './outlines.ts';

const square = (lon: number, lat: number, size: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  ],
});

const street = (rank: string) => ({
  type: 'Feature' as const,
  properties: { layer: 'street', class: 'residential', rank },
  geometry: { type: 'LineString', coordinates: [] },
});

describe('osmOverlay', () => {
  it('draws every layer of an extract, bottom to top, in one source', () => {
    const overlay = osmOverlay({ features: [street('major')] });
    expect(overlay.id).toBe('osm');
    expect(overlay.layers.map((l) => l.id)).toEqual([...OSM_LAYER_IDS]);
    const streets = overlay.layers.find((l) => l.id === 'osm-street');
    expect(JSON.stringify(streets?.paint)).toContain('"match",["get","rank"],"major"');
    const barrierPoints = overlay.layers.find((l) => l.id === 'osm-barrier-point');
    expect(barrierPoints?.type).toBe('circle');
  });

  it('is a valid MapLibre style (zoom only at the top of an expression)', () => {
    expect(styleErrors(osmOverlay({ features: [street('minor')] }))).toEqual([]);
  });

  it('counts the features of each layer', () => {
    expect(countLayers({ features: [street('major'), street('path')] })).toEqual({ street: 2 });
  });
});

describe('outlines', () => {
  const a = { id: 'a', name: 'Grote Markt', outline: square(4.775, 51.588, 0.001) };
  const b = { id: 'b', name: 'Havermarkt', outline: square(4.774, 51.587, 0.0005) };

  it('flags the selected outline and draws it last', () => {
    const fc = outlineFeatures([a, b], 'a');
    expect(fc.features.map((f) => [f.properties.id, f.properties.selected])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    expect(outlineOverlay([a, b]).layers[0]?.id).toBe(OUTLINE_FILL);
    expect(styleErrors(outlineOverlay([a, b], 'b'))).toEqual([]);
  });

  it('marks each outline with a point in its middle, for overviews where the outline is too small', () => {
    const [first, last] = outlineMarkers([a, b], 'a');
    expect(first?.properties).toEqual({ id: 'b', name: 'Havermarkt', selected: false });
    expect(last?.geometry.coordinates[0]).toBeCloseTo(4.7755, 9);
    expect(last?.geometry.coordinates[1]).toBeCloseTo(51.5885, 9);
    const overlay = outlineOverlay([a, b]);
    const marker = overlay.layers.find((l) => l.id === OUTLINE_MARKER);
    expect(marker).toMatchObject({ type: 'circle', maxzoom: 14 });
    // Areas and points share one source; each layer draws only its own geometry.
    expect((overlay.data as { features: unknown[] }).features).toHaveLength(4);
    expect(overlay.layers.find((l) => l.id === OUTLINE_FILL)).toHaveProperty('filter');
  });

  it('bounds all outlines, or none without outlines', () => {
    const [w, s, e, n] = outlineBounds([a, b]) ?? [];
    expect([w, s]).toEqual([4.774, 51.587]);
    expect(e).toBeCloseTo(4.776, 9);
    expect(n).toBeCloseTo(51.589, 9);
    expect(outlineBounds([])).toBeNull();
  });
});
