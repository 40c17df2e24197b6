import type { NetworkMember } from '@pactesur/contracts';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../hooks/useI18n.tsx';
import { createNetworkMap, type NetworkMap as MapHandle } from '../map/networkMap.ts';
import type { MapOverlay } from '../map/overlay.ts';

interface Props {
  readonly members: readonly NetworkMember[];
  readonly label: string;
  /** The member to fly to and open (from the table); `nonce` repeats the same choice. */
  readonly focus: { readonly orgId: string; readonly nonce: number } | null;
  readonly overlays?: readonly MapOverlay[];
}

const NO_OVERLAYS: readonly MapOverlay[] = [];

/**
 * The members of a network on a MapLibre map. The container reports its state in `data-map-state`
 * (`loading`, `loaded`, `unavailable`) and the number of member points drawn in `data-rendered-points`.
 */
export function NetworkMap({ members, label, focus, overlays = NO_OVERLAYS }: Props) {
  const { t, countryName } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const describe = useRef((m: NetworkMember): readonly string[] => [m.org.name]);
  describe.current = (m) => [
    t(`orgKind.${m.org.kind}`),
    countryName(m.org.country),
    t(`networkRole.${m.role}`),
  ];
  const [state, setState] = useState<{ status: 'loading' | 'loaded' | 'unavailable'; points: number }>({
    status: 'loading',
    points: 0,
  });

  useEffect(() => {
    if (!container.current) return;
    try {
      handle.current = createNetworkMap({
        container: container.current,
        members,
        overlays: [],
        describe: (m) => describe.current(m),
        onState: ({ renderedPoints }) => setState({ status: 'loaded', points: renderedPoints }),
      });
    } catch {
      setState({ status: 'unavailable', points: 0 });
    }
    return () => {
      handle.current?.destroy();
      handle.current = null;
    };
  }, [members]);

  useEffect(() => handle.current?.setOverlays(overlays), [overlays]);
  useEffect(() => {
    if (focus) handle.current?.showMember(focus.orgId);
  }, [focus]);

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={label}
        data-testid="network-map"
        data-map-state={state.status}
        data-rendered-points={state.points}
      />
      {state.status === 'unavailable' && <p className="notice">{t('network.mapUnavailable')}</p>}
    </div>
  );
}
