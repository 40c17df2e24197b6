import type { NetworkMember } from '@pactesur/contracts';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { loadMapLibre } from '../../map/loadMapLibre.ts';
import { mapLocale } from '../../map/mapLocale.ts';
import type { MapOverlay } from '../../map/overlay.ts';
import { createNetworkMap, type NetworkMap as MapHandle, type NetworkMapState } from './map/networkMap.ts';

interface Props {
  readonly members: readonly NetworkMember[];
  readonly label: string;
  /** The member to fly to and open (from the table); `nonce` repeats the same choice. */
  readonly focus: { readonly orgId: string; readonly nonce: number } | null;
  readonly overlays?: readonly MapOverlay[];
}

const NO_OVERLAYS: readonly MapOverlay[] = [];

type State =
  | { readonly status: 'loading' | 'unavailable' }
  | ({ readonly status: 'loaded' } & NetworkMapState);

/**
 * The members of a network on a MapLibre map over the Europe basemap, MapLibre downloaded with the first
 * map. The container reports its state in `data-map-state` (`loading`, `loaded`, `unavailable`), the
 * number of member points and basemap countries drawn (`data-rendered-points`, `data-rendered-basemap`)
 * and the view's west, south, east, north (`data-bounds`).
 */
export function NetworkMap({ members, label, focus, overlays = NO_OVERLAYS }: Props) {
  const { t, countryName, locale } = useI18n();
  const texts = useRef(mapLocale(t));
  texts.current = mapLocale(t);
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const describe = useRef((m: NetworkMember): readonly string[] => [m.org.name]);
  describe.current = (m) => [
    t(`orgKind.${m.org.kind}`),
    countryName(m.org.country),
    t(`networkRole.${m.role}`),
  ];
  const [state, setState] = useState<State>({ status: 'loading' });
  const [ready, setReady] = useState(0);
  const latestOverlays = useRef(overlays);
  latestOverlays.current = overlays;

  // A new map for new members, and in a new language (MapLibre reads its texts once).
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    loadMapLibre()
      .then((maplibre) => {
        if (cancelled || !container.current) return;
        handle.current = createNetworkMap({
          maplibre,
          container: container.current,
          locale: texts.current,
          members,
          overlays: latestOverlays.current,
          describe: (m) => describe.current(m),
          onState: (drawn) => setState({ status: 'loaded', ...drawn }),
        });
        setReady((n) => n + 1);
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'unavailable' });
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [members, locale]);

  useEffect(() => handle.current?.setOverlays(overlays), [overlays, ready]);
  useEffect(() => {
    if (focus) handle.current?.showMember(focus.orgId);
  }, [focus, ready]);

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={label}
        data-testid="network-map"
        data-map-state={state.status}
        data-rendered-points={state.status === 'loaded' ? state.renderedPoints : 0}
        data-rendered-basemap={state.status === 'loaded' ? state.renderedBasemap : 0}
        data-bounds={state.status === 'loaded' ? state.bounds : undefined}
      />
      {state.status === 'unavailable' && <p className="notice">{t('network.mapUnavailable')}</p>}
    </div>
  );
}
