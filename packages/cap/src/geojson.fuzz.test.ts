// The area conversions and the page counter on hostile input: a value or an error with a known code, never
// an exception, never a coordinate that is not a finite number in range; what geoJsonToCapPolygon writes,
// capPolygonToGeoJson reads. Corpus: none (inputs are generated).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz, hostileJson, hostileNumberText, hostileText, mutatedJson } from '../../../fuzz/harness.mjs';
import {
  capCircleToGeoJson,
  capPolygonToGeoJson,
  geoJsonToCapPolygon,
  type CapGeoErrorCode,
  type GeoJsonPolygon,
} from './geojson.ts';
import { CB_PAGE_GSM7, CB_PAGE_UCS2, cellBroadcastPages } from './pages.ts';

const PARSER = 'cap-geojson';
const CODES: readonly CapGeoErrorCode[] = [
  'polygon-syntax',
  'polygon-too-few-points',
  'polygon-not-closed',
  'circle-syntax',
  'radius-out-of-range',
  'coordinate-out-of-range',
  'geojson-invalid',
];

function checkRing(polygon: GeoJsonPolygon): void {
  for (const ring of polygon.coordinates)
    for (const [lon, lat] of ring)
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new Error(`kept ${lon}, ${lat}`);
}

const number = fc.oneof(
  hostileNumberText,
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.integer({ min: -95, max: 95 }).map(String),
);
const pairText = fc
  .tuple(number, number, fc.constantFrom(',', ', ', ';', ',,'))
  .map(([a, b, sep]) => `${a}${sep}${b}`);
const polygonText = fc.oneof(
  fc.array(pairText, { maxLength: 12 }).map((pairs) => [...pairs, pairs[0] ?? ''].join(' ')),
  fc
    .tuple(fc.array(pairText, { maxLength: 12 }), fc.constantFrom(' ', '\n', '\t '))
    .map(([pairs, sep]) => pairs.join(sep)),
  hostileText,
);
const seedPolygon = {
  type: 'Polygon',
  coordinates: [
    [
      [7.25, 43.69],
      [7.27, 43.69],
      [7.27, 43.7],
      [7.25, 43.69],
    ],
  ],
};

describe('area conversions on hostile input', () => {
  it('reads CAP polygon and circle text into a value or a known error', () =>
    fuzz(
      PARSER,
      fc.tuple(
        polygonText,
        fc.tuple(pairText, number).map(([c, r]) => `${c} ${r}`),
      ),
      ([polygon, circle]) => {
        const p = capPolygonToGeoJson(polygon);
        if (p.ok) checkRing(p.value);
        else expect(CODES).toContain(p.error.code);
        const c = capCircleToGeoJson(circle);
        if (c.ok) {
          checkRing(c.value.polygon);
          expect(Number.isFinite(c.value.radiusKm)).toBe(true);
        } else expect(CODES).toContain(c.error.code);
      },
      { runs: 400, encode: ([p, c]) => `${p}\n${c}` },
    ));

  it('writes what GeoJSON it accepts as a CAP polygon that reads back', () =>
    fuzz(
      PARSER,
      fc.oneof(
        mutatedJson(seedPolygon, {
          values: fc.oneof(hostileJson, fc.double(), fc.integer({ min: -190, max: 190 })),
        }),
        hostileJson,
      ),
      (value) => {
        const r = geoJsonToCapPolygon(value);
        if (!r.ok) {
          expect(CODES).toContain(r.error.code);
          return;
        }
        const back = capPolygonToGeoJson(r.value);
        if (!back.ok) throw new Error(`${r.value}: ${back.error.message}`);
        checkRing(back.value);
      },
      { runs: 400, encode: (v) => JSON.stringify(v) ?? 'undefined', ext: '.json' },
    ));

  it('counts the pages of any text consistently', () =>
    fuzz(
      PARSER,
      fc.oneof(
        hostileText,
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: fc.constantFrom('a', '€', 'ç', '😀', '['), maxLength: 2000 }),
      ),
      (text) => {
        const r = cellBroadcastPages(text);
        const size = r.encoding === 'gsm7' ? CB_PAGE_GSM7 : CB_PAGE_UCS2;
        expect(r.pages).toBeGreaterThanOrEqual(Math.ceil(r.units / size));
        expect(r.pages).toBeLessThanOrEqual(Math.ceil((2 * r.units) / size));
        expect(r.fits).toBe(r.pages <= 15);
        if (r.encoding === 'ucs2') expect(r.units).toBe(text.length);
      },
      { runs: 300, encode: (t) => t, ext: '.txt' },
    ));
});
