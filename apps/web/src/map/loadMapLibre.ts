import type * as MapLibreModule from 'maplibre-gl';

/** The MapLibre library as its module: `Map`, `NavigationControl`, `Popup` … */
export type MapLibre = typeof MapLibreModule;

let loading: Promise<MapLibre> | null = null;

/**
 * MapLibre and its stylesheet, downloaded when the first map is drawn and kept: the one place that loads
 * the library at run time, so pages without a map never fetch it (other files import its types only).
 * A failed download is tried again by the next map.
 */
export function loadMapLibre(): Promise<MapLibre> {
  loading ??= Promise.all([import('maplibre-gl'), import('./maplibreStyles.ts')]).then(([module]) => {
    // The package is a UMD bundle: its namespace is the default export once bundled.
    const withDefault = module as MapLibre & { readonly default?: MapLibre };
    return withDefault.default ?? module;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
