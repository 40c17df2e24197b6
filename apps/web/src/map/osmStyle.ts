import type { MapLayersJson } from '@pactesur/api-client';
import { OSM_ATTRIBUTION } from '@pactesur/contracts';
import { FONT_BOLD, FONT_REGULAR } from './baseStyle.ts';
import type { MapOverlay } from './overlay.ts';

/** The colours of the layers drawn from an extract (also used by the legend). */
export const OSM_COLOURS = {
  green: '#cfe8c4',
  water: '#a9cdeb',
  pedestrian: '#f3ecd9',
  pedestrianEdge: '#c9b98f',
  building: '#cfc8c0',
  buildingEdge: '#aaa197',
  major: '#f2b35e',
  minor: '#ffffff',
  streetCasing: '#a3acb6',
  pedestrianStreet: '#d9c7a0',
  path: '#8a7a5c',
  railway: '#6b6f76',
  barrier: '#b42318',
} as const;

/** Width of a street in pixels by rank, at zoom 16 (scaled with the zoom). */
export const STREET_WIDTH: Readonly<Record<'major' | 'minor' | 'pedestrian' | 'path', number>> = {
  major: 7,
  minor: 5,
  pedestrian: 2.5,
  path: 1.2,
};

type Rank = keyof typeof STREET_WIDTH;

/** A value chosen by the street's rank (`match` on `rank`). */
const byRank = (values: Readonly<Record<Rank, string | number>>, fallback: string | number): unknown => [
  'match',
  ['get', 'rank'],
  'major',
  values.major,
  'minor',
  values.minor,
  'pedestrian',
  values.pedestrian,
  'path',
  values.path,
  fallback,
];

/**
 * Street widths by rank that grow with the zoom. MapLibre allows `zoom` only as the input of a top-level
 * `interpolate`, so the rank is matched inside each stop. Paths keep a fixed width; `extra` widens a casing.
 */
export function streetWidth(extra = 0): number {
  const at = (scale: number) =>
    byRank(
      {
        major: STREET_WIDTH.major * scale + extra,
        minor: STREET_WIDTH.minor * scale + extra,
        pedestrian: STREET_WIDTH.pedestrian * scale + extra,
        path: STREET_WIDTH.path + extra,
      },
      STREET_WIDTH.minor * scale + extra,
    );
  return [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    13,
    at(0.3),
    16,
    at(1),
    19,
    at(2.5),
  ] as unknown as number;
}

const layerIs = (layer: string) => ['==', ['get', 'layer'], layer] as ['==', ['get', string], string];
const polygonOf = (layer: string) =>
  ['all', layerIs(layer), ['==', ['geometry-type'], 'Polygon']] as unknown as ['==', string, string];

/** The ids of the layers drawn from an extract, bottom to top. */
export const OSM_LAYER_IDS = [
  'osm-green',
  'osm-water',
  'osm-pedestrian',
  'osm-pedestrian-edge',
  'osm-building',
  'osm-street-casing',
  'osm-street',
  'osm-railway',
  'osm-barrier-line',
  'osm-barrier-point',
] as const;

/**
 * The overlay drawing an extract's own map layers (`GET /api/extracts/:id/layers`): green and water areas,
 * pedestrian areas, buildings, streets styled by rank (major wide and orange, minor white with a casing,
 * pedestrian beige, paths thin and brown), tram and rail lines, and barriers as red lines and points.
 * Pure: a description for MapLibre, no map involved.
 */
export function osmOverlay(layers: Pick<MapLayersJson, 'features'> & { readonly attribution?: string }): MapOverlay {
  const c = OSM_COLOURS;
  return {
    id: 'osm',
    data: { type: 'FeatureCollection', features: layers.features } as unknown as MapOverlay['data'],
    attribution: layers.attribution ?? OSM_ATTRIBUTION,
    layers: [
      { id: 'osm-green', type: 'fill', filter: polygonOf('green'), paint: { 'fill-color': c.green } },
      { id: 'osm-water', type: 'fill', filter: polygonOf('water'), paint: { 'fill-color': c.water } },
      {
        id: 'osm-pedestrian',
        type: 'fill',
        filter: polygonOf('pedestrian'),
        paint: { 'fill-color': c.pedestrian },
      },
      {
        id: 'osm-pedestrian-edge',
        type: 'line',
        filter: polygonOf('pedestrian'),
        paint: { 'line-color': c.pedestrianEdge, 'line-width': 0.8 },
      },
      {
        id: 'osm-building',
        type: 'fill',
        filter: polygonOf('building'),
        paint: { 'fill-color': c.building, 'fill-outline-color': c.buildingEdge },
      },
      {
        id: 'osm-street-casing',
        type: 'line',
        filter: ['all', layerIs('street'), ['match', ['get', 'rank'], ['major', 'minor'], true, false]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': c.streetCasing, 'line-width': streetWidth(1.5) },
      },
      {
        id: 'osm-street',
        type: 'line',
        filter: layerIs('street'),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': byRank(
            { major: c.major, minor: c.minor, pedestrian: c.pedestrianStreet, path: c.path },
            c.minor,
          ) as string,
          'line-width': streetWidth(),
        },
      },
      {
        id: 'osm-railway',
        type: 'line',
        filter: layerIs('railway'),
        paint: { 'line-color': c.railway, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      {
        id: 'osm-barrier-line',
        type: 'line',
        filter: ['all', layerIs('barrier'), ['==', ['geometry-type'], 'LineString']],
        paint: { 'line-color': c.barrier, 'line-width': 1.5 },
      },
      {
        id: 'osm-barrier-point',
        type: 'circle',
        filter: ['all', layerIs('barrier'), ['==', ['geometry-type'], 'Point']],
        paint: {
          'circle-color': c.barrier,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 1.5, 18, 4],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 0.5,
        },
      },
    ],
  };
}

/** How many features of each map layer an extract has (streets, buildings …), for the legend. */
export function countLayers(layers: Pick<MapLayersJson, 'features'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of layers.features) counts[f.properties.layer] = (counts[f.properties.layer] ?? 0) + 1;
  return counts;
}

/** The label layers of an extract: street names along the streets, names of squares inside them. */
export const OSM_LABEL_LAYERS = { street: 'osm-street-label', square: 'osm-square-label' } as const;

/** Colours of the names on a site map. */
export const LABEL_COLOURS = { street: '#3d4651', square: '#5b4a26', halo: '#ffffff' } as const;

type LabelFeature = MapLayersJson['features'][number];

/** Named streets (lines) and named squares and pedestrian areas (polygons): what the labels read. */
export const isLabelled = (f: LabelFeature): boolean =>
  !!f.properties.name &&
  ((f.properties.layer === 'street' && f.geometry.type === 'LineString') ||
    (f.properties.layer === 'pedestrian' && f.geometry.type === 'Polygon'));

/**
 * The names of an extract's streets and squares, drawn on top of everything else: street names follow
 * their street (larger on main streets), a square's name sits inside it in bold; white halos keep them
 * legible over any layer, and MapLibre drops the names that would collide. The glyphs come from the base
 * style (Noto Sans, served by our server). Pure: a description for MapLibre.
 */
export function osmLabelOverlay(layers: Pick<MapLayersJson, 'features'> & { readonly attribution?: string }): MapOverlay {
  const c = LABEL_COLOURS;
  return {
    id: 'osm-labels',
    data: { type: 'FeatureCollection', features: layers.features.filter(isLabelled) } as unknown as MapOverlay['data'],
    attribution: layers.attribution ?? OSM_ATTRIBUTION,
    layers: [
      {
        id: OSM_LABEL_LAYERS.street,
        type: 'symbol',
        filter: ['==', ['get', 'layer'], 'street'],
        minzoom: 15,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 300,
          'text-field': ['get', 'name'],
          'text-font': FONT_REGULAR,
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            15,
            ['match', ['get', 'rank'], 'major', 11, 10],
            19,
            ['match', ['get', 'rank'], 'major', 15, 13],
          ],
          'text-max-angle': 35,
          'text-padding': 2,
        },
        paint: { 'text-color': c.street, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
      },
      {
        id: OSM_LABEL_LAYERS.square,
        type: 'symbol',
        filter: ['==', ['get', 'layer'], 'pedestrian'],
        minzoom: 14,
        layout: {
          'symbol-placement': 'point',
          'text-field': ['get', 'name'],
          'text-font': FONT_BOLD,
          'text-size': ['interpolate', ['linear'], ['zoom'], 14, 11, 19, 15],
          'text-max-width': 8,
          'text-padding': 4,
        },
        paint: { 'text-color': c.square, 'text-halo-color': c.halo, 'text-halo-width': 1.8 },
      },
    ],
  };
}
