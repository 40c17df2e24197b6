import type { GeoJSON } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type LayerWithoutSource = LayerSpecification extends infer L
  ? L extends { source: string }
    ? Omit<L, 'source'>
    : never
  : never;

/**
 * Extra GeoJSON drawn on a map (the OSM-derived base layers, protected zones, barriers …): one source, one
 * or more layers reading it. Symbol layers may use the glyphs of the base style (its font stacks); there
 * are no sprites.
 */
export interface MapOverlay {
  readonly id: string;
  readonly data: GeoJSON;
  readonly layers: readonly LayerWithoutSource[];
  /** Draw below this layer id (e.g. below the member points); on top when absent. */
  readonly beforeId?: string;
  /** The credit of the data, shown in the attribution control while the overlay is drawn. */
  readonly attribution?: string;
}

/** Adds or replaces overlays on a loaded map. */
export function applyOverlays(map: MapLibreMap, overlays: readonly MapOverlay[]): void {
  for (const overlay of overlays) {
    const source = `overlay:${overlay.id}`;
    for (const layer of overlay.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(source)) map.removeSource(source);
    map.addSource(source, {
      type: 'geojson',
      data: overlay.data,
      ...(overlay.attribution ? { attribution: overlay.attribution } : {}),
    });
    for (const layer of overlay.layers) {
      map.addLayer(
        { ...layer, source },
        overlay.beforeId && map.getLayer(overlay.beforeId) ? overlay.beforeId : undefined,
      );
    }
  }
}
