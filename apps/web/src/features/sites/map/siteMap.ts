import type { GeoJSONSource, Map as MapLibreMap, Point, PointLike, Popup } from 'maplibre-gl';
import { createBaseMap, EUROPE, type LngLatBounds, type MapSetup } from '../../../map/baseMap.ts';
import { renderedBasemap, renderedCount, viewBounds } from '../../../map/mapReport.ts';
import { OSM_LABEL_LAYERS, OSM_LAYER_IDS } from '../../../map/osmStyle.ts';
import { applyOverlays, type MapOverlay } from '../../../map/overlay.ts';
import { OUTLINE_FILL, OUTLINE_MARKER, type Bounds } from './outlines.ts';

export interface SiteMapState {
  /** Outlines (sites or suggestions) drawn in the view. */
  readonly renderedOutlines: number;
  /** Features of the extract's own layers drawn in the view. */
  readonly renderedFeatures: number;
  /** Features of the `countLayer` drawn in the view (e.g. the perimeter points of a threat analysis). */
  readonly renderedMarks: number;
  /** Street and square names drawn in the view. */
  readonly renderedLabels: number;
  /** Countries of the basemap drawn in the view. */
  readonly renderedBasemap: number;
  /** The centre of the view once it has settled: longitude, latitude. */
  readonly centre: readonly [number, number];
  /** The view's west, south, east, north. */
  readonly bounds: string;
}

export interface SiteMapOptions extends MapSetup {
  readonly bounds: Bounds | null;
  readonly onState: (state: SiteMapState) => void;
  /** An outline was clicked (its `id` property). */
  readonly onSelect?: (id: string) => void;
  /** Any place of the map was clicked: its longitude and latitude (drawing a zone). */
  readonly onPoint?: (lngLat: [number, number]) => void;
  /** A layer of an overlay whose drawn features are counted in `renderedMarks`. */
  readonly countLayer?: string;
  /**
   * Features of these overlay layers are picked by a click within a few pixels (before `onPoint`) while
   * `active()` says so; the pointer shows over them.
   */
  readonly pick?: {
    readonly layers: readonly string[];
    readonly active: () => boolean;
    readonly onPick: (properties: Readonly<Record<string, unknown>>) => void;
  };
}

export interface SiteMap {
  readonly map: MapLibreMap;
  readonly setOverlays: (overlays: readonly MapOverlay[]) => void;
  readonly fitTo: (bounds: Bounds, animate?: boolean) => void;
  /** Opens the map's one popup at a point with this content; `onClose` runs when the user closes it. */
  readonly showPopup: (at: readonly [number, number], content: HTMLElement, onClose: () => void) => void;
  readonly hidePopup: () => void;
  readonly destroy: () => void;
}

/** How far (px) from a pickable line a click still picks it: lines across a street are short. */
const PICK_PX = 6;

const PADDING = 40;

const LABEL_LAYERS = [OSM_LABEL_LAYERS.street, OSM_LABEL_LAYERS.square];
const OUTLINE_LAYERS = [OUTLINE_FILL, OUTLINE_MARKER];

/** Degenerate boxes (one point) get a few metres of margin so that fitting does not zoom in forever. */
const padded = ([w, s, e, n]: LngLatBounds): Bounds => {
  const m = 0.0005;
  return e - w < m || n - s < m ? [w - m, s - m, e + m, n + m] : [w, s, e, n];
};

/**
 * A MapLibre map of OSM-derived layers, street names and outlines on the base style (the Europe basemap,
 * fading out at street level), with the credits of what is drawn always visible ("© OpenStreetMap
 * contributors" with an extract's layers, "Natural Earth" with the basemap). Overlays whose layers are
 * already on the map only get their data replaced, so selecting an outline does not rebuild the streets.
 * Throws if the browser has no WebGL.
 */
export function createSiteMap(options: SiteMapOptions): SiteMap {
  const { maplibre, onState, onSelect } = options;
  const map = createBaseMap({
    ...options,
    bounds: padded(options.bounds ?? EUROPE),
    fitBoundsOptions: { padding: PADDING },
    maxZoom: 20,
  });
  let loaded = false;
  let overlays: readonly MapOverlay[] = [];
  const shown = new Map<string, string>();

  const signature = (o: MapOverlay) => `${o.beforeId ?? ''}|${o.layers.map((l) => l.id).join(',')}`;
  const apply = () => {
    for (const overlay of overlays) {
      const source = map.getSource<GeoJSONSource>(`overlay:${overlay.id}`);
      if (source && shown.get(overlay.id) === signature(overlay)) {
        source.setData(overlay.data);
      } else {
        applyOverlays(map, [overlay]);
        shown.set(overlay.id, signature(overlay));
      }
    }
  };
  const rendered = (ids: readonly string[]) => {
    const layers = ids.filter((id) => map.getLayer(id));
    return layers.length === 0 ? [] : map.queryRenderedFeatures({ layers });
  };
  /**
   * Outlines drawn, as an area or as a point: distinct ids, since a polygon crossing tiles comes back once
   * per tile.
   */
  const countOutlines = () => new Set(rendered(OUTLINE_LAYERS).map((f) => String(f.properties.id))).size;

  map.on('load', () => {
    loaded = true;
    apply();
  });
  map.on('idle', () => {
    if (!loaded) return;
    onState({
      renderedOutlines: countOutlines(),
      renderedFeatures: renderedCount(map, OSM_LAYER_IDS),
      renderedMarks: options.countLayer ? renderedCount(map, [options.countLayer]) : 0,
      renderedLabels: renderedCount(map, LABEL_LAYERS),
      renderedBasemap: renderedBasemap(map),
      centre: [map.getCenter().lng, map.getCenter().lat],
      bounds: viewBounds(map),
    });
  });
  /** The outline under a point of the canvas, if its layer is on the map yet. */
  const outlineAt = (point: PointLike): string | null => {
    const layers = OUTLINE_LAYERS.filter((layer) => map.getLayer(layer));
    if (layers.length === 0) return null;
    const id: unknown = map.queryRenderedFeatures(point, { layers })[0]?.properties.id;
    return typeof id === 'string' ? id : null;
  };
  if (onSelect) {
    map.on('click', (e) => {
      const id = outlineAt(e.point);
      if (id) onSelect(id);
    });
    map.on('mousemove', (e) => {
      map.getCanvas().style.cursor = outlineAt(e.point) ? 'pointer' : '';
    });
  }

  const pick = options.pick;
  /** The pickable feature nearest a point of the canvas, within a few pixels. */
  const pickAt = (point: Point): Readonly<Record<string, unknown>> | null => {
    if (!pick?.active()) return null;
    const layers = pick.layers.filter((id) => map.getLayer(id));
    if (layers.length === 0) return null;
    const box: [PointLike, PointLike] = [
      [point.x - PICK_PX, point.y - PICK_PX],
      [point.x + PICK_PX, point.y + PICK_PX],
    ];
    const found = map.queryRenderedFeatures(box, { layers });
    return found[0]?.properties ?? null;
  };
  if (pick) {
    map.on('mousemove', (e) => {
      const canvas = map.getCanvas();
      if (pickAt(e.point)) canvas.style.cursor = 'pointer';
      else if (canvas.style.cursor === 'pointer') canvas.style.cursor = '';
    });
  }

  if (options.onPoint || pick) {
    const onPoint = options.onPoint;
    map.on('click', (e) => {
      const picked = pickAt(e.point);
      if (picked && pick) pick.onPick(picked);
      else onPoint?.([e.lngLat.lng, e.lngLat.lat]);
    });
  }

  let popup: { readonly box: Popup; readonly onClose: () => void } | null = null;
  const closed = () => {
    const current = popup;
    popup = null;
    current?.onClose();
  };
  const hidePopup = () => {
    const current = popup;
    popup = null;
    current?.box.off('close', closed);
    current?.box.remove();
  };

  return {
    map,
    setOverlays(next) {
      overlays = next;
      if (loaded) apply();
    },
    fitTo(bounds, animate = true) {
      map.fitBounds(padded(bounds), { padding: PADDING, animate, maxZoom: 19 });
    },
    showPopup(at, content, onClose) {
      hidePopup();
      const box = new maplibre.Popup({
        closeButton: true,
        closeOnClick: false,
        maxWidth: '320px',
        offset: 10,
      })
        .setLngLat([at[0], at[1]])
        .setDOMContent(content)
        .addTo(map);
      popup = { box, onClose };
      box.on('close', closed);
    },
    hidePopup,
    destroy() {
      hidePopup();
      map.remove();
    },
  };
}
