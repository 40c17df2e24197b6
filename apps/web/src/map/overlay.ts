import type { GeoJSON } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type LayerWithoutSource = LayerSpecification extends infer L
  ? L extends { source: string }
    ? Omit<L, 'source'>
    : never
  : never;

/**
 * Extra GeoJSON drawn on a map (the OSM-derived base layers, protected zones, barriers …): one source, one
 * or more layers reading it. Layers need no glyphs or sprites unless the style provides them.
 */
export interface MapOverlay {
  readonly id: string;
  readonly data: GeoJSON;
  readonly layers: readonly LayerWithoutSource[];
  /** Draw below this layer id (e.g. below the member points); on top when absent. */
  readonly beforeId?: string;
}

/** Adds or replaces overlays on a loaded map. */
export function applyOverlays(map: MapLibreMap, overlays: readonly MapOverlay[]): void {
  for (const overlay of overlays) {
    const source = `overlay:${overlay.id}`;
    for (const layer of overlay.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(source)) map.removeSource(source);
    map.addSource(source, { type: 'geojson', data: overlay.data });
    for (const layer of overlay.layers) {
      map.addLayer(
        { ...layer, source },
        overlay.beforeId && map.getLayer(overlay.beforeId) ? overlay.beforeId : undefined,
      );
    }
  }
}
