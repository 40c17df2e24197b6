import { describe, expect, it } from 'vitest';
import {
  MAX_AREA_POLYGONS,
  MAX_POLYGON_CHARS,
  capNumber,
  capPolygon,
  capPolygonsOfGeoJson,
  capPolygonsOfOutline,
  capPolygonsOfText,
} from './geojsonArea.ts';

const SQUARE = [
  [7.42, 43.731],
  [7.421, 43.731],
  [7.421, 43.732],
  [7.42, 43.732],
  [7.42, 43.731],
];
const SQUARE_CAP = '43.731,7.42 43.731,7.421 43.732,7.421 43.732,7.42 43.731,7.42';
const polygon = (ring: unknown) => ({ type: 'Polygon', coordinates: [ring] });

describe('capNumber', () => {
  it('keeps at most 6 decimals, no trailing zeros, and never writes -0', () => {
    expect(capNumber(7.4212345678)).toBe('7.421235');
    expect(capNumber(43.7)).toBe('43.7');
    expect(capNumber(-0.0000001)).toBe('0');
    expect(capNumber(-12.5)).toBe('-12.5');
  });
});

describe('capPolygon', () => {
  it('writes latitude first, separated by spaces, and closed', () => {
    expect(capPolygon(SQUARE)).toEqual({ ok: true, polygon: SQUARE_CAP });
  });

  it('closes an open ring and drops repeated corners and heights', () => {
    const open = [[7.42, 43.731, 12], [7.42, 43.731], [7.421, 43.731], [7.421, 43.732], [7.42, 43.732]];
    expect(capPolygon(open)).toEqual({ ok: true, polygon: SQUARE_CAP });
  });

  it('merges corners that round to the same place, and refuses what is left with fewer than three', () => {
    expect(capPolygon([[7.4200001, 43.731], [7.4200002, 43.731], [7.421, 43.732], [7.42, 43.731]])).toEqual({
      ok: false,
      problem: 'too-few',
    });
  });

  it('refuses positions that are not WGS84 longitude and latitude', () => {
    for (const ring of [[[200, 10], [1, 1], [2, 2]], [[1, 95], [1, 1], [2, 2]], [['7', '43'], [1, 1], [2, 2]], [[1], [2, 2], [3, 3]], [[NaN, 1], [1, 1], [2, 2]], 'ring', null])
      expect(capPolygon(ring), JSON.stringify(ring)).toEqual({ ok: false, problem: 'coordinates' });
  });

  it('refuses a ring whose string would pass the contract’s length', () => {
    // About 19 characters a corner: 6,000 corners fit, 6,000 more do not.
    const ring = (n: number) => Array.from({ length: n }, (_, i) => [7.123456 + i * 1e-6, 43.123456 + (i % 2) * 1e-6]);
    expect(capPolygon(ring(5_000)).ok).toBe(true);
    const made = capPolygon(ring(12_000));
    expect(made.ok ? 'made' : made.problem).toBe('too-detailed');
    expect(MAX_POLYGON_CHARS).toBe(100_000);
  });
});

describe('capPolygonsOfGeoJson', () => {
  it('takes a Polygon, a MultiPolygon, a Feature and a FeatureCollection, keeping outer rings only', () => {
    const hole = [[7.4205, 43.7312], [7.4207, 43.7312], [7.4207, 43.7314], [7.4205, 43.7312]];
    const shifted = SQUARE.map(([lon = 0, lat = 0]) => [lon + 0.01, lat]);
    expect(capPolygonsOfGeoJson({ type: 'Polygon', coordinates: [SQUARE, hole] })).toEqual({ ok: true, polygons: [SQUARE_CAP] });
    const multi = { type: 'MultiPolygon', coordinates: [[SQUARE, hole], [shifted]] };
    const both = capPolygonsOfGeoJson(multi);
    expect(both.ok && both.polygons.length).toBe(2);
    expect(both.ok && both.polygons[1]).toBe('43.731,7.43 43.731,7.431 43.732,7.431 43.732,7.43 43.731,7.43');
    expect(capPolygonsOfGeoJson({ type: 'Feature', properties: {}, geometry: polygon(SQUARE) })).toEqual({ ok: true, polygons: [SQUARE_CAP] });
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: null, geometry: polygon(SQUARE) },
        { type: 'Feature', properties: null, geometry: multi },
      ],
    };
    const all = capPolygonsOfGeoJson(collection);
    expect(all.ok && all.polygons.length).toBe(3);
  });

  it('refuses other geometries and shapes with a reason', () => {
    expect(capPolygonsOfGeoJson({ type: 'Point', coordinates: [7.42, 43.73] })).toEqual({ ok: false, problem: 'type' });
    expect(capPolygonsOfGeoJson({ type: 'LineString', coordinates: SQUARE })).toEqual({ ok: false, problem: 'type' });
    expect(capPolygonsOfGeoJson({ type: 'GeometryCollection', geometries: [polygon(SQUARE)] })).toEqual({ ok: false, problem: 'type' });
    expect(capPolygonsOfGeoJson({ type: 'Feature', geometry: null })).toEqual({ ok: false, problem: 'type' });
    expect(capPolygonsOfGeoJson({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] } }] })).toEqual({ ok: false, problem: 'type' });
    expect(capPolygonsOfGeoJson({ type: 'FeatureCollection', features: [] })).toEqual({ ok: false, problem: 'empty' });
    expect(capPolygonsOfGeoJson({ type: 'Polygon', coordinates: [] })).toEqual({ ok: false, problem: 'empty' });
    expect(capPolygonsOfGeoJson({ type: 'Polygon', coordinates: 'x' })).toEqual({ ok: false, problem: 'coordinates' });
    expect(capPolygonsOfGeoJson([polygon(SQUARE)])).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses more polygons than a CAP area of the contract holds', () => {
    const many = { type: 'MultiPolygon', coordinates: Array.from({ length: MAX_AREA_POLYGONS + 1 }, () => [SQUARE]) };
    expect(capPolygonsOfGeoJson(many)).toEqual({ ok: false, problem: 'too-many-polygons' });
    const exactly = { type: 'MultiPolygon', coordinates: Array.from({ length: MAX_AREA_POLYGONS }, () => [SQUARE]) };
    expect(capPolygonsOfGeoJson(exactly).ok).toBe(true);
  });

  it('reads a site’s outline', () => {
    expect(capPolygonsOfOutline({ type: 'MultiPolygon', coordinates: [[SQUARE as [number, number][]]] })).toEqual({ ok: true, polygons: [SQUARE_CAP] });
  });
});

describe('capPolygonsOfText', () => {
  it('reads a GeoJSON file and says when it is not JSON', () => {
    expect(capPolygonsOfText(JSON.stringify(polygon(SQUARE)))).toEqual({ ok: true, polygons: [SQUARE_CAP] });
    expect(capPolygonsOfText('{"type": "Polygon", ')).toEqual({ ok: false, problem: 'json' });
    expect(capPolygonsOfText('')).toEqual({ ok: false, problem: 'json' });
    expect(capPolygonsOfText(' '.repeat(5_000_001))).toEqual({ ok: false, problem: 'too-large' });
  });
});
