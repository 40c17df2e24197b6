import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_LAND } from './baseStyle.ts';

/** Features of these layers drawn in the view; layers not (yet) on the map count none. */
export function renderedCount(map: MapLibreMap, ids: readonly string[]): number {
  const layers = ids.filter((id) => map.getLayer(id));
  return layers.length === 0 ? 0 : map.queryRenderedFeatures({ layers }).length;
}

/** Countries of the basemap drawn in the view: 0 until the server's basemap has arrived. */
export const renderedBasemap = (map: MapLibreMap): number => renderedCount(map, [BASEMAP_LAND]);

/** The view's west, south, east, north, to 4 decimals (what a test compares against the features). */
export function viewBounds(map: MapLibreMap): string {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)).join(',');
}
