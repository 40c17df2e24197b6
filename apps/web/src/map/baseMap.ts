import type { FitBoundsOptions, Map as MapLibreMap } from 'maplibre-gl';
import { baseStyle } from './baseStyle.ts';
import type { MapLibre } from './loadMapLibre.ts';

/** West, south, east, north. */
export type LngLatBounds = readonly [number, number, number, number];

/** Europe, where the network's cities are: the view with nothing to fit to. */
export const EUROPE: LngLatBounds = [-10, 35, 30, 60];

/** What every map is drawn with: the library, the element it fills, its texts. */
export interface MapSetup {
  /** The library, from `loadMapLibre()`. */
  readonly maplibre: MapLibre;
  readonly container: HTMLElement;
  /** MapLibre's texts (control tooltips) in the interface language: `mapLocale(t)`. */
  readonly locale: Record<string, string>;
}

export interface BaseMapOptions extends MapSetup {
  /** What the first view frames. */
  readonly bounds: LngLatBounds;
  readonly fitBoundsOptions?: FitBoundsOptions;
  /** The closest zoom the reader may reach (MapLibre's own when absent). */
  readonly maxZoom?: number;
}

/**
 * A MapLibre map on the base style (the Europe basemap, "Natural Earth" credited), north always up: zoom
 * buttons at the top right, the credits of what is drawn always open at the bottom right. Throws if the
 * browser has no WebGL.
 */
export function createBaseMap(options: BaseMapOptions): MapLibreMap {
  const { maplibre, container, locale, bounds, fitBoundsOptions, maxZoom } = options;
  const map = new maplibre.Map({
    container,
    style: baseStyle(window.location.origin),
    bounds: [...bounds],
    ...(fitBoundsOptions ? { fitBoundsOptions } : {}),
    ...(maxZoom === undefined ? {} : { maxZoom }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    locale,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: false }), 'bottom-right');
  map.touchZoomRotate.disableRotation();
  return map;
}
