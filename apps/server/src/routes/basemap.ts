import { Hono } from 'hono';
import type { BasemapAssets } from '../basemap/index.ts';
import type { AppEnv } from '../http/context.ts';

/** Public data that changes only with the server's packages: browsers may keep it a week. */
const CACHE = 'public, max-age=604800';

/**
 * The map background every map draws, public (no session needed: it is public data):
 * - `GET /api/basemap/countries.geojson` — Europe's countries, borders and coastlines from Natural Earth
 *   (public domain), with `attribution: "Natural Earth"`;
 * - `GET /api/basemap/glyphs/:fontstack/:range.pbf` — the SDF glyphs of a 256 code point range for map
 *   labels, drawn from Noto Sans (`Noto Sans Regular`, `Noto Sans Bold`); an unknown font stack or a
 *   malformed range answers `not_found`.
 */
export function basemapRoutes(assets: BasemapAssets) {
  return new Hono<AppEnv>()
    .get('/countries.geojson', (c) => {
      const body = assets.countries();
      const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
      const headers: Record<string, string> = {
        'content-type': 'application/geo+json',
        'cache-control': CACHE,
        vary: 'accept-encoding',
      };
      if (gzip) headers['content-encoding'] = 'gzip';
      return c.body(gzip ? body.gzip : body.plain, 200, headers);
    })
    .get('/glyphs/:fontstack/:range', (c) =>
      c.body(assets.glyphs(c.req.param('fontstack'), c.req.param('range')), 200, {
        'content-type': 'application/x-protobuf',
        'cache-control': CACHE,
      }),
    );
}
