import { gunzipSync } from 'node:zlib';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { decodeGlyphs } from '../basemap/decode-glyphs.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ demo: false });
});
afterAll(() => platform.close());

const inside = (lon: number, lat: number, ring: number[][]) => {
  let yes = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) yes = !yes;
  }
  return yes;
};

describe('the basemap routes (public, no session)', () => {
  it('serves Europe from Natural Earth: countries by name, borders and coastlines, cached for long', async () => {
    const r = await platform.request('/api/basemap/countries.geojson');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/geo+json');
    expect(r.headers.get('cache-control')).toMatch(/public, max-age=\d{6,}/);
    const map = (await r.json()) as FeatureCollection<MultiPolygon | MultiLineString, { kind: string; name?: string }> & {
      attribution: string;
    };
    expect(map.attribution).toBe('Natural Earth');
    const kinds = new Set(map.features.map((f) => f.properties.kind));
    expect(kinds).toEqual(new Set(['country', 'border', 'coast']));
    const france = map.features.find((f) => f.properties.name === 'France');
    expect(france?.geometry.type).toBe('MultiPolygon');
    // Paris is in France's outline; no coordinate leaves the box of Europe.
    const polygons = france?.geometry.type === 'MultiPolygon' ? france.geometry.coordinates : [];
    expect(polygons.some((p) => inside(2.35, 48.86, p[0] as number[][]))).toBe(true);
    for (const f of map.features) {
      const positions = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : [];
      for (const [lon, lat] of positions) {
        expect(lon).toBeGreaterThanOrEqual(-45);
        expect(lon).toBeLessThanOrEqual(75);
        expect(lat).toBeGreaterThanOrEqual(20);
        expect(lat).toBeLessThanOrEqual(78);
      }
    }
  });

  it('answers gzip to a browser that accepts it, the same document', async () => {
    const plain = await (await platform.request('/api/basemap/countries.geojson')).text();
    const r = await platform.request('/api/basemap/countries.geojson', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    const zipped = Buffer.from(await r.arrayBuffer());
    expect(zipped.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(zipped).toString('utf8')).toBe(plain);
  });

  it('serves SDF glyphs of Noto Sans for A–z and accented letters (é, ß, ö), as MapLibre asks for them', async () => {
    const r = await platform.request('/api/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-protobuf');
    const [stack, ...more] = decodeGlyphs(new Uint8Array(await r.arrayBuffer()));
    expect(more).toEqual([]);
    expect(stack?.range).toBe('0-255');
    const byId = new Map(stack!.glyphs.map((g) => [g.id, g]));
    for (const ch of 'AMZamz' + 'éßöÄ') {
      const g = byId.get(ch.codePointAt(0)!);
      expect(g, ch).toBeDefined();
      expect(g!.width).toBeGreaterThan(0);
      expect(g!.bitmap?.length).toBe((g!.width + 6) * (g!.height + 6));
      // Some pixel is well inside the letter, some outside it.
      expect(Math.max(...g!.bitmap!)).toBeGreaterThan(191);
      expect(Math.min(...g!.bitmap!)).toBeLessThan(100);
    }
    // Capitals stand on the baseline and are taller than lower-case x; the space is empty but advances.
    const [A, x, space] = [byId.get(65)!, byId.get(120)!, byId.get(32)!];
    expect(A.height).toBeGreaterThan(x.height);
    expect(A.top).toBeGreaterThan(x.top);
    expect(space.bitmap).toBeNull();
    expect(space.advance).toBeGreaterThan(0);
    // Ö is Ä's size: the accents sit above the same letter height.
    expect(byId.get(0xd6)!.top).toBe(byId.get(0xc4)!.top);
  });

  it('serves the bold stack and Latin Extended ranges (ł, ő), and takes the first known name of a stack', async () => {
    const bold = await platform.request('/api/basemap/glyphs/Noto%20Sans%20Bold/0-255.pbf');
    const regular = await platform.request('/api/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf');
    const widthOf = async (res: Response) => decodeGlyphs(new Uint8Array(await res.arrayBuffer()))[0]!.glyphs.find((g) => g.id === 77)!.advance;
    expect(await widthOf(bold)).toBeGreaterThanOrEqual(await widthOf(regular));
    const ext = await platform.request('/api/basemap/glyphs/Noto%20Sans%20Regular,Arial%20Unicode%20MS%20Regular/256-511.pbf');
    expect(ext.status).toBe(200);
    const ids = new Set(decodeGlyphs(new Uint8Array(await ext.arrayBuffer()))[0]!.glyphs.map((g) => g.id));
    expect(ids.has(0x142)).toBe(true); // ł
    expect(ids.has(0x151)).toBe(true); // ő
  });

  it.each([
    ['an unknown font stack', '/api/basemap/glyphs/Comic%20Sans/0-255.pbf'],
    ['a range not on a 256 boundary', '/api/basemap/glyphs/Noto%20Sans%20Regular/10-265.pbf'],
    ['a malformed range', '/api/basemap/glyphs/Noto%20Sans%20Regular/0-255.png'],
    ['a range beyond the last code point', '/api/basemap/glyphs/Noto%20Sans%20Regular/65536-65791.pbf'],
  ])('answers 404 not_found for %s', async (_what, path) => {
    const r = await platform.request(path);
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
