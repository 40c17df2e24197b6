import type { LngLat } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  cornersOf,
  draftOverlay,
  draftPolygon,
  parseZoneText,
  ringSelfIntersects,
  roundLngLat,
  zoneText,
} from './zoneDraft.ts';

/** Place Masséna, Nice, roughly. */
const square: LngLat[] = [
  [7.2695, 43.6975],
  [7.2712, 43.6975],
  [7.2712, 43.6987],
  [7.2695, 43.6987],
];

describe('draftPolygon', () => {
  it('needs three distinct corners and closes the ring', () => {
    expect(draftPolygon(square.slice(0, 2))).toEqual({ ok: false, problem: 'too-few' });
    expect(draftPolygon([square[0]!, square[0]!, square[1]!])).toEqual({ ok: false, problem: 'too-few' });
    const drawn = draftPolygon(square);
    expect(drawn.ok && drawn.polygon.coordinates[0]).toEqual([...square, square[0]]);
  });

  it('refuses a ring whose edges cross (a bow tie)', () => {
    const bowTie: LngLat[] = [square[0]!, square[2]!, square[1]!, square[3]!];
    expect(ringSelfIntersects(bowTie)).toBe(true);
    expect(ringSelfIntersects(square)).toBe(false);
    expect(draftPolygon(bowTie)).toEqual({ ok: false, problem: 'self-intersecting' });
  });
});

describe('parseZoneText', () => {
  it('reads a Polygon or a Feature, closed or not, and gives the same text back', () => {
    const open = JSON.stringify({ type: 'Polygon', coordinates: [square] });
    const closed = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...square, square[0]]] },
    });
    const a = parseZoneText(open);
    const b = parseZoneText(closed);
    expect(a).toEqual(b);
    expect(a.ok && cornersOf(a.polygon.coordinates[0]!)).toEqual(square);
    if (a.ok) expect(parseZoneText(zoneText(a.polygon))).toEqual(a);
  });

  it('says what is wrong with other text', () => {
    expect(parseZoneText('{ not json')).toEqual({ ok: false, problem: 'json' });
    expect(parseZoneText('{"type":"Point","coordinates":[7.27,43.7]}')).toEqual({
      ok: false,
      problem: 'shape',
    });
    expect(parseZoneText('{"type":"Polygon","coordinates":[[[700,43],[7,43],[7,44]]]}')).toEqual({
      ok: false,
      problem: 'shape',
    });
    expect(parseZoneText('{"type":"Polygon","coordinates":[[[7,43],[7.1,43]]]}')).toEqual({
      ok: false,
      problem: 'too-few',
    });
  });
});

describe('drawing helpers', () => {
  it('rounds a click to about a centimetre', () => {
    expect(roundLngLat([7.269512345678, 43.69751234567])).toEqual([7.2695123, 43.6975123]);
  });

  it('draws corners, then the edges, then the closed area', () => {
    const kinds = (n: number) =>
      (draftOverlay(square.slice(0, n)).data as { features: { geometry: { type: string } }[] }).features.map(
        (f) => f.geometry.type,
      );
    expect(kinds(1)).toEqual(['Point']);
    expect(kinds(2)).toEqual(['LineString', 'Point', 'Point']);
    expect(kinds(4)).toEqual(['LineString', 'Polygon', 'Point', 'Point', 'Point', 'Point']);
  });
});

describe('the draft overlay style', () => {
  it('is valid for MapLibre', async () => {
    const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
    const overlay = draftOverlay(square);
    const errors = validateStyleMin({
      version: 8,
      sources: { [overlay.id]: { type: 'geojson', data: overlay.data } },
      layers: overlay.layers.map((l) => ({ ...l, source: overlay.id })),
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
