import type { MapLayersJson } from '@pactesur/api-client';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/useI18n.tsx';
import { MapFrame } from '../../map/MapFrame.tsx';
import { osmLabelOverlay, osmOverlay } from '../../map/osmStyle.ts';
import type { MapOverlay } from '../../map/overlay.ts';
import { useMap } from '../../map/useMap.ts';
import { OUTLINE_FILL, outlineOverlay, type Bounds, type Outline } from './map/outlines.ts';
import { createSiteMap, type SiteMap as MapHandle, type SiteMapState } from './map/siteMap.ts';

interface Props {
  readonly label: string;
  /** The extract's own layers (streets, buildings …); null while loading or when there are none. */
  readonly layers: MapLayersJson | null;
  readonly outlines: readonly Outline[];
  readonly selectedId?: string | null;
  /** What the view frames; a new value moves the map. */
  readonly fit: Bounds | null;
  readonly onSelect?: (id: string) => void;
  /** More overlays, drawn above the outlines; keep the same ids from render to render (empty data to hide). */
  readonly overlays?: readonly MapOverlay[];
  /** A click anywhere on the map, with its longitude and latitude; the cursor becomes a crosshair. */
  readonly onPoint?: ((lngLat: [number, number]) => void) | undefined;
  /** A layer of `overlays` whose drawn features the container reports in `data-rendered-marks`. */
  readonly countLayer?: string;
  /**
   * Layers of `overlays` whose features a click picks (their properties), before `onPoint`; the layers are
   * read once, leaving `pick` out for a while (e.g. while placing points) stops picking.
   */
  readonly pick?: {
    readonly layers: readonly string[];
    readonly onPick: (properties: Readonly<Record<string, unknown>>) => void;
  };
  /** The map's popup: where, what it shows, and what closing it does; null for none. */
  readonly popup?: {
    readonly at: readonly [number, number];
    readonly content: ReactNode;
    readonly onClose: () => void;
  } | null;
  readonly testId?: string;
}

const NO_OVERLAYS: readonly MapOverlay[] = [];

/**
 * Outlines over the layers drawn from an OpenStreetMap extract and the names of its streets and squares,
 * on the Europe basemap, with "© OpenStreetMap contributors" shown while the extract is drawn; MapLibre
 * is downloaded with the first map. The container reports `data-map-state` (`loading`, `loaded`,
 * `unavailable`) and how many outlines (as areas or, on an overview, as points), base features, names and
 * basemap countries are drawn
 * (`data-rendered-outlines`, `data-rendered-features`, `data-rendered-labels`, `data-rendered-basemap`, and
 * `data-rendered-marks` for the `countLayer`), and where the view settled (`data-centre`, longitude and
 * latitude; `data-bounds`, west, south, east, north).
 */
export function SiteMap({
  label,
  layers,
  outlines,
  selectedId = null,
  fit,
  onSelect,
  overlays: extra = NO_OVERLAYS,
  onPoint,
  countLayer,
  pick,
  popup = null,
  testId = 'site-map',
}: Props) {
  const { t } = useI18n();
  const select = useRef(onSelect);
  select.current = onSelect;
  const point = useRef(onPoint);
  point.current = onPoint;
  const counted = useRef(countLayer);
  const picker = useRef(pick);
  picker.current = pick;
  const pickLayers = useRef(pick?.layers);
  const closePopup = useRef(popup?.onClose);
  closePopup.current = popup?.onClose;
  const popupBox = useMemo(() => {
    const box = document.createElement('div');
    box.className = 'map-popup';
    return box;
  }, []);
  const overlays = useRef<readonly MapOverlay[]>([]);
  const lastFit = useRef<string | null>(null);

  // One map for the life of the component, a new one in a new language.
  const { container, handle, state, ready } = useMap<MapHandle, SiteMapState>((setup, onState) => {
    lastFit.current = fit?.join(',') ?? '';
    const map = createSiteMap({
      ...setup,
      bounds: fit,
      onState,
      ...(select.current ? { onSelect: (id: string) => select.current?.(id) } : {}),
      onPoint: (lngLat) => point.current?.(lngLat),
      ...(counted.current ? { countLayer: counted.current } : {}),
      ...(pickLayers.current
        ? {
            pick: {
              layers: pickLayers.current,
              active: () => picker.current !== undefined,
              onPick: (properties: Readonly<Record<string, unknown>>) => picker.current?.onPick(properties),
            },
          }
        : {}),
    });
    map.setOverlays(overlays.current);
    return map;
  });

  const base = useMemo<MapOverlay | null>(
    () => (layers ? { ...osmOverlay(layers), beforeId: OUTLINE_FILL } : null),
    [layers],
  );
  const names = useMemo<MapOverlay | null>(() => (layers ? osmLabelOverlay(layers) : null), [layers]);
  const drawn = useMemo(() => outlineOverlay(outlines, selectedId), [outlines, selectedId]);
  useEffect(() => {
    // Names last: on top of the outlines and of the results drawn over the site.
    overlays.current = [drawn, ...(base ? [base] : []), ...extra, ...(names ? [names] : [])];
    handle.current?.setOverlays(overlays.current);
  }, [base, names, drawn, extra]);

  const drawing = onPoint !== undefined;
  useEffect(() => {
    const map = handle.current?.map;
    if (!map) return;
    map.getCanvas().style.cursor = drawing ? 'crosshair' : '';
    // Clicking corners quickly must not zoom the map.
    if (drawing) map.doubleClickZoom.disable();
    else map.doubleClickZoom.enable();
  }, [drawing, state]);

  const popupKey = popup ? popup.at.join(',') : '';
  useEffect(() => {
    const map = handle.current;
    if (!map) return;
    if (popup) map.showPopup(popup.at, popupBox, () => closePopup.current?.());
    else map.hidePopup();
    // `popupKey` says where the popup stands; its content is rendered into `popupBox` below.
  }, [popupKey, popupBox, ready]);

  const fitKey = fit?.join(',') ?? '';
  useEffect(() => {
    if (!handle.current) return;
    if (fit && fitKey !== lastFit.current) handle.current.fitTo(fit);
    lastFit.current = fitKey;
    // `fitKey` says when the box is a new one (going back to the first box moves the map too).
  }, [fitKey, ready]);

  const loaded = state.status === 'loaded';
  return (
    <MapFrame
      container={container}
      label={label}
      testId={testId}
      status={state.status}
      report={{
        'data-rendered-outlines': loaded ? state.renderedOutlines : 0,
        'data-rendered-features': loaded ? state.renderedFeatures : 0,
        'data-rendered-marks': loaded ? state.renderedMarks : 0,
        'data-rendered-labels': loaded ? state.renderedLabels : 0,
        'data-rendered-basemap': loaded ? state.renderedBasemap : 0,
        'data-centre': loaded ? state.centre.map((v) => v.toFixed(7)).join(',') : undefined,
        'data-bounds': loaded ? state.bounds : undefined,
      }}
      unavailable={t('map.unavailable')}
    >
      {popup && createPortal(popup.content, popupBox)}
    </MapFrame>
  );
}
