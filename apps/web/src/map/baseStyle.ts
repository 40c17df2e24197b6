import type { StyleSpecification } from 'maplibre-gl';
import { graticule } from './graticule.ts';

/** Colours of the plain base map. */
export const BASE_COLOURS = { background: '#eaf0f5', graticule: '#cfd9e3' } as const;

/**
 * The base style: a plain background and a graticule, with no tile server, no glyphs and no sprites, so the
 * map works offline and on any closed network. OSM-derived layers are added on top later as overlays.
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      graticule: { type: 'geojson', data: graticule({ west: -40, south: 25, east: 50, north: 75 }, 5) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BASE_COLOURS.background } },
      {
        id: 'graticule',
        type: 'line',
        source: 'graticule',
        paint: { 'line-color': BASE_COLOURS.graticule, 'line-width': 1 },
      },
    ],
  };
}
