import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

/** The source of the basemap, its layers bottom to top, and the font stacks the server draws glyphs of. */
export const BASEMAP_SOURCE = 'basemap';
export const BASEMAP_LAND = 'basemap-land';
export const BASEMAP_LAYER_IDS = [BASEMAP_LAND, 'basemap-coast', 'basemap-border'] as const;
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** Credit of the basemap, shown in the attribution control while it is drawn. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth';

/** Colours of the basemap: sea, land, coastline, borders; `ground` under a site's own layers. */
export const BASE_COLOURS = {
  sea: '#d4e4ef',
  land: '#f6f4ee',
  coast: '#8fabc0',
  border: '#b3a99a',
  ground: '#f3f1ec',
} as const;

/** Zoom from which the basemap gives way to a site's own layers (Natural Earth is a 1:50 million map). */
const FADE_FROM = 11;
const FADE_TO = 13;

const fade = (from: number | string, to: number | string) =>
  ['interpolate', ['linear'], ['zoom'], FADE_FROM, from, FADE_TO, to] as unknown as ExpressionSpecification;

/** The server's URLs of the basemap and of the glyphs, for a page served from `origin`. */
export const basemapUrls = (origin: string) => ({
  countries: `${origin}/api/basemap/countries.geojson`,
  glyphs: `${origin}/api/basemap/glyphs/{fontstack}/{range}.pbf`,
});

/**
 * The base style of every map, all served by our own server (no tile, glyph or sprite server): the sea,
 * Europe's countries, coastlines and borders from Natural Earth, and Noto Sans glyphs for labels. Up to
 * zoom 11 it is a map of Europe; by zoom 13 it has faded to a plain ground under a site's own layers, as
 * a 1:50 million coastline is hundreds of metres off at street level. Pure: a description for MapLibre.
 */
export function baseStyle(origin: string): StyleSpecification {
  const urls = basemapUrls(origin);
  return {
    version: 8,
    glyphs: urls.glyphs,
    sources: {
      [BASEMAP_SOURCE]: { type: 'geojson', data: urls.countries, attribution: BASEMAP_ATTRIBUTION },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': fade(BASE_COLOURS.sea, BASE_COLOURS.ground) } },
      {
        id: BASEMAP_LAND,
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'fill-color': fade(BASE_COLOURS.land, BASE_COLOURS.ground) },
      },
      {
        id: 'basemap-coast',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'coast'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASE_COLOURS.coast, 'line-width': 0.8, 'line-opacity': fade(1, 0) },
      },
      {
        id: 'basemap-border',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BASE_COLOURS.border,
          'line-width': 1,
          'line-dasharray': [3, 2],
          'line-opacity': fade(1, 0),
        },
      },
    ],
  };
}
