import type { MapLayersJson } from '@pactesur/api-client';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../hooks/useI18n.tsx';
import { OSM_ATTRIBUTION, osmOverlay } from '../map/osmStyle.ts';
import { OUTLINE_FILL, outlineOverlay, type Bounds, type Outline } from '../map/outlines.ts';
import type { MapOverlay } from '../map/overlay.ts';
import { createSiteMap, type SiteMap as MapHandle } from '../map/siteMap.ts';

interface Props {
  readonly label: string;
  /** The extract's own layers (streets, buildings …); null while loading or when there are none. */
  readonly layers: MapLayersJson | null;
  readonly outlines: readonly Outline[];
  readonly selectedId?: string | null;
  /** What the view frames; a new value moves the map. */
  readonly fit: Bounds | null;
  readonly onSelect?: (id: string) => void;
  readonly testId?: string;
}

type State =
  | { readonly status: 'loading' | 'unavailable' }
  | { readonly status: 'loaded'; readonly outlines: number; readonly features: number };

/**
 * Outlines over the layers drawn from an OpenStreetMap extract, with "© OpenStreetMap contributors" shown.
 * The container reports `data-map-state` (`loading`, `loaded`, `unavailable`) and how many outlines and
 * base features are drawn (`data-rendered-outlines`, `data-rendered-features`).
 */
export function SiteMap({
  label,
  layers,
  outlines,
  selectedId = null,
  fit,
  onSelect,
  testId = 'site-map',
}: Props) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const initialFit = useRef(fit);
  const select = useRef(onSelect);
  select.current = onSelect;
  const attribution = layers?.attribution ?? OSM_ATTRIBUTION;
  const [state, setState] = useState<State>({ status: 'loading' });
  const overlays = useRef<readonly MapOverlay[]>([]);

  useEffect(() => {
    if (!container.current) return;
    try {
      handle.current = createSiteMap({
        container: container.current,
        bounds: initialFit.current,
        attribution,
        onState: ({ renderedOutlines, renderedFeatures }) =>
          setState({ status: 'loaded', outlines: renderedOutlines, features: renderedFeatures }),
        onSelect: (id) => select.current?.(id),
      });
      handle.current.setOverlays(overlays.current);
    } catch {
      setState({ status: 'unavailable' });
    }
    return () => {
      handle.current?.destroy();
      handle.current = null;
    };
  }, [attribution]);

  const base = useMemo<MapOverlay | null>(
    () => (layers ? { ...osmOverlay(layers), beforeId: OUTLINE_FILL } : null),
    [layers],
  );
  const drawn = useMemo(() => outlineOverlay(outlines, selectedId), [outlines, selectedId]);
  useEffect(() => {
    overlays.current = base ? [drawn, base] : [drawn];
    handle.current?.setOverlays(overlays.current);
  }, [base, drawn]);

  const fitKey = fit?.join(',') ?? '';
  useEffect(() => {
    if (fit && fitKey !== initialFit.current?.join(',')) handle.current?.fitTo(fit);
    // `fitKey` says when the box is a new one.
  }, [fitKey]);

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={label}
        data-testid={testId}
        data-map-state={state.status}
        data-rendered-outlines={state.status === 'loaded' ? state.outlines : 0}
        data-rendered-features={state.status === 'loaded' ? state.features : 0}
      />
      {state.status === 'unavailable' && <p className="notice">{t('map.unavailable')}</p>}
    </div>
  );
}
