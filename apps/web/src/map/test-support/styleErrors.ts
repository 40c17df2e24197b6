import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { MapOverlay } from '../overlay.ts';

/**
 * What MapLibre says of an overlay's layers: each error it would log instead of drawing the layer. For the
 * tests of the overlay builders.
 */
export const styleErrors = (overlay: MapOverlay): string[] =>
  validateStyleMin({
    version: 8,
    sources: { [overlay.id]: { type: 'geojson', data: overlay.data } },
    layers: overlay.layers.map((l) => ({ ...l, source: overlay.id })),
  }).map((e) => e.message);
