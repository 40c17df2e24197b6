import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../i18n/all-dictionaries.ts';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE, baseStyle } from './baseStyle.ts';
import { MAP_LOCALE_KEYS, mapLocale } from './mapLocale.ts';
import { OSM_LABEL_LAYERS, osmLabelOverlay } from './osmStyle.ts';

const { en, fr, es, it: italian } = DICTIONARIES;

const ORIGIN = 'http://127.0.0.1:8080';

const feature = (layer: string, type: string, name?: string) => ({
  type: 'Feature' as const,
  properties: { layer, class: 'x', ...(name ? { name } : {}) },
  geometry: { type, coordinates: [] },
});

/** The base style with overlays added the way `applyOverlays` adds them. */
const withOverlay = (overlay: ReturnType<typeof osmLabelOverlay>): StyleSpecification => {
  const style = baseStyle(ORIGIN);
  return {
    ...style,
    sources: { ...style.sources, [overlay.id]: { type: 'geojson', data: overlay.data } },
    layers: [...style.layers, ...overlay.layers.map((l) => ({ ...l, source: overlay.id }))] as StyleSpecification['layers'],
  };
};

describe('the base style', () => {
  it('reads the basemap and the glyphs from our own server only', () => {
    const style = baseStyle(ORIGIN);
    expect(style.glyphs).toBe(`${ORIGIN}/api/basemap/glyphs/{fontstack}/{range}.pbf`);
    const source = style.sources[BASEMAP_SOURCE];
    expect(source).toMatchObject({ type: 'geojson', data: `${ORIGIN}/api/basemap/countries.geojson`, attribution: 'Natural Earth' });
    expect(Object.keys(style.sources)).toEqual([BASEMAP_SOURCE]);
    expect(style.sprite).toBeUndefined();
    expect(style.layers.map((l) => l.id)).toEqual(['background', ...BASEMAP_LAYER_IDS]);
  });

  it('is a valid MapLibre style, with the names of streets and squares on top', () => {
    expect(validateStyleMin(baseStyle(ORIGIN)).map((e) => e.message)).toEqual([]);
    expect(validateStyleMin(withOverlay(osmLabelOverlay({ features: [] }))).map((e) => e.message)).toEqual([]);
  });
});

describe('the names of streets and squares', () => {
  const overlay = osmLabelOverlay({
    features: [
      feature('street', 'LineString', 'Kaufingerstraße'),
      feature('street', 'LineString'),
      feature('pedestrian', 'Polygon', 'Marienplatz'),
      feature('building', 'Polygon', 'Rathaus'),
      feature('barrier', 'Point', 'Poller'),
    ],
  });

  it('keeps only named streets and squares, credited to OpenStreetMap', () => {
    const names = (overlay.data as { features: { properties: { name?: string } }[] }).features.map((f) => f.properties.name);
    expect(names).toEqual(['Kaufingerstraße', 'Marienplatz']);
    expect(overlay.attribution).toBe('© OpenStreetMap contributors');
  });

  it('draws street names along the street and square names as points, in Noto Sans with a halo', () => {
    const street = overlay.layers.find((l) => l.id === OSM_LABEL_LAYERS.street);
    const square = overlay.layers.find((l) => l.id === OSM_LABEL_LAYERS.square);
    expect(street?.type).toBe('symbol');
    expect(street?.layout).toMatchObject({ 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] });
    expect(square?.layout).toMatchObject({ 'symbol-placement': 'point', 'text-font': ['Noto Sans Bold'] });
    expect(street?.paint).toMatchObject({ 'text-halo-color': '#ffffff' });
  });
});

describe('the map controls', () => {
  it('are translated in every language: each MapLibre text has a dictionary entry, none left in English', () => {
    for (const dictionary of [en, fr, es, italian]) {
      const locale = mapLocale((key) => dictionary[key]);
      expect(Object.keys(locale).sort()).toEqual(Object.keys(MAP_LOCALE_KEYS).sort());
      for (const text of Object.values(locale)) expect(text.length).toBeGreaterThan(0);
    }
    expect(mapLocale((key) => fr[key])['NavigationControl.ZoomIn']).toBe('Zoom avant');
    expect(mapLocale((key) => en[key])['NavigationControl.ZoomIn']).toBe('Zoom in');
    for (const dictionary of [fr, es, italian])
      expect(mapLocale((key) => dictionary[key])['AttributionControl.ToggleAttribution']).not.toBe(en['mapControl.toggleAttribution']);
  });
});
