// A GeoJSON file chosen as an alert's area (`capPolygonsOfText`): CAP polygons that keep the rules (latitude
// first, at least four pairs, closed, at most 6 decimals, within the contract's limits) or a known problem,
// never an exception, within bounded time and memory, whatever the file holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz, hostileJson, hostileText, jsonBytes, mutatedJson, mutatedText } from '../../../../../fuzz/harness.mjs';
import { MAX_AREA_POLYGONS, MAX_POLYGON_CHARS, capPolygonsOfGeoJson, capPolygonsOfText, type AreaProblem } from './geojsonArea.ts';

const PROBLEMS: readonly AreaProblem[] = ['json', 'type', 'coordinates', 'too-few', 'empty', 'too-many-polygons', 'too-detailed', 'too-large'];
const NUMBER = /^-?\d+(?:\.\d{1,6})?$/;

const ring = [
  [7.4201, 43.7311],
  [7.4212, 43.7311],
  [7.4212, 43.7322],
  [7.4201, 43.7322],
  [7.4201, 43.7311],
];
/** Areas as officers' tools export them: a polygon, a feature, a collection, a multipolygon with a hole. */
const SEEDS: readonly unknown[] = [
  { type: 'Polygon', coordinates: [ring] },
  { type: 'Feature', properties: { name: 'Place du Palais' }, geometry: { type: 'Polygon', coordinates: [ring] } },
  {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring, ring.slice().reverse()]] } },
    ],
  },
];

function checkResult(result: ReturnType<typeof capPolygonsOfText>): void {
  if (!result.ok) {
    expect(PROBLEMS).toContain(result.problem);
    return;
  }
  expect(result.polygons.length).toBeGreaterThan(0);
  expect(result.polygons.length).toBeLessThanOrEqual(MAX_AREA_POLYGONS);
  for (const polygon of result.polygons) {
    expect(polygon.length).toBeLessThanOrEqual(MAX_POLYGON_CHARS);
    const pairs = polygon.split(' ');
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(pairs[0]).toBe(pairs.at(-1));
    for (const pair of pairs) {
      const [lat = '', lon = '', ...rest] = pair.split(',');
      expect(rest).toEqual([]);
      expect(lat).toMatch(NUMBER);
      expect(lon).toMatch(NUMBER);
      expect(Math.abs(Number(lat))).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon))).toBeLessThanOrEqual(180);
    }
  }
}

describe('capPolygonsOfText on hostile files', () => {
  it('reads the seeds', () => {
    for (const seed of SEEDS) expect(capPolygonsOfGeoJson(seed).ok).toBe(true);
  });

  it('gives CAP polygons or a problem, for mutations of real areas', () =>
    fuzz(
      'geojson-area',
      fc.constantFrom(...SEEDS).chain((s) => mutatedJson(s, { maxRepeat: 5_000 })),
      (value) => checkResult(capPolygonsOfGeoJson(value)),
      { runs: 300, encode: jsonBytes, ext: '.json' },
    ));

  it('gives CAP polygons or a problem, for arbitrary JSON', () =>
    fuzz('geojson-area', hostileJson, (value) => checkResult(capPolygonsOfGeoJson(value)), {
      runs: 300,
      encode: jsonBytes,
      ext: '.json',
    }));

  it('gives CAP polygons or a problem, for damaged file text', () =>
    fuzz(
      'geojson-area',
      fc.oneof(
        hostileText,
        fc.constantFrom(...SEEDS).chain((s) => mutatedText(JSON.stringify(s), { maxRepeat: 5_000 })).map((b) => new TextDecoder().decode(b)),
      ),
      (text) => checkResult(capPolygonsOfText(text)),
      { runs: 300, encode: (text) => text, ext: '.json' },
    ));
});
