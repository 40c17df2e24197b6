import { describe, expect, it } from 'vitest';
import {
  MAX_CIRCLE_RADIUS_KM,
  areaToGeoJson,
  capCircleToGeoJson,
  capPolygonToGeoJson,
  circlePolygon,
  geoJsonToCapPolygon,
  type Position,
} from './geojson.ts';
import type { CapArea } from './model.ts';

const STORM = '38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14';

/** Great-circle distance in km on the sphere the circles are drawn on. */
function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const r = (d: number): number => (d * Math.PI) / 180;
  const a =
    Math.sin(r(lat2 - lat1) / 2) ** 2 +
    Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

function codeOf(r: { ok: boolean; error?: { code: string } }): string | undefined {
  return r.ok ? undefined : r.error?.code;
}

describe('capPolygonToGeoJson', () => {
  it('turns latitude-first pairs into a GeoJSON ring of [lon, lat]', () => {
    const r = capPolygonToGeoJson(STORM);
    expect(r).toEqual({
      ok: true,
      value: {
        type: 'Polygon',
        coordinates: [
          [
            [-120.14, 38.47],
            [-119.95, 38.34],
            [-119.74, 38.52],
            [-119.89, 38.62],
            [-120.14, 38.47],
          ],
        ],
      },
    });
  });

  it('reads pairs separated by any XML whitespace', () => {
    const r = capPolygonToGeoJson(`\n  ${STORM.replaceAll(' ', '\n\t ')}  `);
    expect(r.ok && r.value.coordinates[0]).toHaveLength(5);
  });

  it.each([
    ['', 'polygon-syntax'],
    ['   ', 'polygon-syntax'],
    ['38.47;-120.14 1,2 3,4 38.47;-120.14', 'polygon-syntax'],
    ['38.47,-120.14,5 1,2 3,4 38.47,-120.14', 'polygon-syntax'],
    ['1e1,2 3,4 5,6 1e1,2', 'polygon-syntax'],
    ['NaN,2 3,4 5,6 NaN,2', 'polygon-syntax'],
    ['1, 2 3,4 5,6 1,2', 'polygon-syntax'],
    ['1,2 3,4 1,2', 'polygon-too-few-points'],
    ['1,2 3,4 5,6 7,8', 'polygon-not-closed'],
    ['91,2 3,4 5,6 91,2', 'coordinate-out-of-range'],
    ['1,180.5 3,4 5,6 1,180.5', 'coordinate-out-of-range'],
  ])('refuses %j with %s', (text, code) => {
    expect(codeOf(capPolygonToGeoJson(text))).toBe(code);
  });
});

describe('geoJsonToCapPolygon', () => {
  it('writes the outer ring latitude first, and reads back to the same polygon', () => {
    const polygon = capPolygonToGeoJson(STORM);
    expect(polygon.ok && geoJsonToCapPolygon(polygon.value)).toEqual({ ok: true, value: STORM });
  });

  it('closes an open ring, rounds to 6 decimals and drops the points rounding repeats', () => {
    const r = geoJsonToCapPolygon({
      type: 'Polygon',
      coordinates: [
        [
          [7.2712344, 43.6951],
          [7.27123449, 43.69510001],
          [7.28, 43.6951],
          [7.28, 43.7],
          [-0.0000001, 43.7],
        ],
        [
          [7.275, 43.697],
          [7.276, 43.697],
          [7.276, 43.698],
          [7.275, 43.697],
        ],
      ],
    });
    expect(r).toEqual({ ok: true, value: '43.6951,7.271234 43.6951,7.28 43.7,7.28 43.7,0 43.6951,7.271234' });
  });

  it.each([
    ['null', null],
    ['a string', 'Polygon'],
    ['a MultiPolygon', { type: 'MultiPolygon', coordinates: [] }],
    ['no ring', { type: 'Polygon', coordinates: [] }],
    [
      'a position of text',
      {
        type: 'Polygon',
        coordinates: [
          [
            ['7', '43'],
            [1, 2],
            [3, 4],
            [7, 43],
          ],
        ],
      },
    ],
    ['a position of one number', { type: 'Polygon', coordinates: [[[7], [1, 2], [3, 4], [7]]] }],
    [
      'NaN',
      {
        type: 'Polygon',
        coordinates: [
          [
            [Number.NaN, 1],
            [1, 2],
            [3, 4],
            [Number.NaN, 1],
          ],
        ],
      },
    ],
    [
      'Infinity',
      {
        type: 'Polygon',
        coordinates: [
          [
            [Infinity, 1],
            [1, 2],
            [3, 4],
            [Infinity, 1],
          ],
        ],
      },
    ],
    [
      'a latitude of 95',
      {
        type: 'Polygon',
        coordinates: [
          [
            [1, 95],
            [1, 2],
            [3, 4],
            [1, 95],
          ],
        ],
      },
    ],
    [
      'two distinct points',
      {
        type: 'Polygon',
        coordinates: [
          [
            [1, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      },
    ],
    [
      'points a rounding merges',
      {
        type: 'Polygon',
        coordinates: [
          [
            [1, 1],
            [1.0000001, 1],
            [1, 1.0000001],
            [1, 1],
          ],
        ],
      },
    ],
  ])('refuses %s', (_what, value) => {
    const r = geoJsonToCapPolygon(value);
    expect(r.ok).toBe(false);
    expect(['geojson-invalid', 'coordinate-out-of-range', 'polygon-too-few-points']).toContain(codeOf(r));
  });
});

describe('capCircleToGeoJson and circlePolygon', () => {
  it('reads the centre (as [lon, lat]) and the radius in km, with a ring at that distance', () => {
    const r = capCircleToGeoJson('43.7,7.27 1.5');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.centre).toEqual([7.27, 43.7]);
    expect(r.value.radiusKm).toBe(1.5);
    const ring = r.value.polygon.coordinates[0] ?? [];
    expect(ring).toHaveLength(33);
    expect(ring[32]).toEqual(ring[0]);
    for (const p of ring) expect(distanceKm(p, [7.27, 43.7])).toBeCloseTo(1.5, 6);
    // The first point is due north of the centre.
    expect(ring[0]?.[0]).toBeCloseTo(7.27, 9);
    expect(ring[0]?.[1]).toBeGreaterThan(43.7);
  });

  it('reads a circle of radius 0 (OASIS example A.3)', () => {
    const r = capCircleToGeoJson('32.9525,-115.5527 0');
    expect(r.ok && r.value).toMatchObject({ centre: [-115.5527, 32.9525], radiusKm: 0 });
  });

  it('draws as many sides as asked and keeps longitudes within ±180° across the antimeridian', () => {
    const ring = circlePolygon([179.99, -16.5], 20, 64).coordinates[0] ?? [];
    expect(ring).toHaveLength(65);
    expect(ring.every(([lon]) => lon >= -180 && lon <= 180)).toBe(true);
    expect(ring.some(([lon]) => lon < 0)).toBe(true);
    for (const p of ring) expect(distanceKm(p, [179.99, -16.5])).toBeCloseTo(20, 6);
  });

  it('throws on arguments no caller should pass', () => {
    expect(() => circlePolygon([0, 0], 1, 2)).toThrow(RangeError);
    expect(() => circlePolygon([0, 0], 1, 2.5)).toThrow(RangeError);
    expect(() => circlePolygon([0, 0], -1)).toThrow(RangeError);
    expect(() => circlePolygon([200, 0], 1)).toThrow(RangeError);
  });

  it.each([
    ['', 'circle-syntax'],
    ['43.7,7.27', 'circle-syntax'],
    ['43.7,7.27 1 2', 'circle-syntax'],
    ['43.7;7.27 1', 'circle-syntax'],
    ['43.7,7.27 km', 'circle-syntax'],
    ['43.7,7.27 1e3', 'circle-syntax'],
    ['43.7,7.27 -1', 'radius-out-of-range'],
    ['43.7,7.27 Infinity', 'circle-syntax'],
    ['43.7,7.27 30000', 'radius-out-of-range'],
    ['-91,7.27 1', 'coordinate-out-of-range'],
  ])('refuses %j with %s', (text, code) => {
    expect(codeOf(capCircleToGeoJson(text))).toBe(code);
  });

  it('allows radii up to half the circumference', () => {
    expect(capCircleToGeoJson(`0,0 ${Math.floor(MAX_CIRCLE_RADIUS_KM)}`).ok).toBe(true);
  });
});

describe('areaToGeoJson', () => {
  const area: CapArea = {
    areaDesc: 'Here',
    polygons: [STORM],
    circles: ['32.9525,-115.5527 0', '43.7,7.27 2'],
    geocodes: [],
  };

  it('gives a feature per polygon and circle, a circle of radius 0 as its centre', () => {
    const r = areaToGeoJson(area);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.features.map((f) => [f.geometry.type, f.properties.kind, f.properties.index])).toEqual([
      ['Polygon', 'polygon', 0],
      ['Point', 'circle', 0],
      ['Polygon', 'circle', 1],
    ]);
    expect(r.value.features[1]?.geometry.coordinates).toEqual([-115.5527, 32.9525]);
    expect(r.value.features[2]?.properties).toMatchObject({
      areaDesc: 'Here',
      radiusKm: 2,
      centre: [7.27, 43.7],
    });
  });

  it('names the first polygon or circle it cannot read', () => {
    const r = areaToGeoJson({ ...area, circles: ['43.7,7.27 2', 'oops'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'circle-syntax', element: 'circle', index: 1 } });
    expect(!r.ok && r.error.message.startsWith('circle 2: ')).toBe(true);
  });
});
