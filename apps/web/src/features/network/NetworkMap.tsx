import type { NetworkMember } from '@pactesur/contracts';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { MapFrame } from '../../map/MapFrame.tsx';
import type { MapOverlay } from '../../map/overlay.ts';
import { pointsReport, type PointsMapState } from '../../map/pointsLayer.ts';
import { useMap } from '../../map/useMap.ts';
import { createNetworkMap, type NetworkMap as MapHandle } from './map/networkMap.ts';

interface Props {
  readonly members: readonly NetworkMember[];
  readonly label: string;
  /** The member to fly to and open (from the table); `nonce` repeats the same choice. */
  readonly focus: { readonly orgId: string; readonly nonce: number } | null;
  readonly overlays?: readonly MapOverlay[];
}

const NO_OVERLAYS: readonly MapOverlay[] = [];

/**
 * The members of a network on a MapLibre map over the Europe basemap, MapLibre downloaded with the first
 * map. The container reports its state in `data-map-state` (`loading`, `loaded`, `unavailable`), the
 * number of member points and basemap countries drawn (`data-rendered-points`, `data-rendered-basemap`)
 * and the view's west, south, east, north (`data-bounds`).
 */
export function NetworkMap({ members, label, focus, overlays = NO_OVERLAYS }: Props) {
  const { t, countryName } = useI18n();
  const describe = useRef((m: NetworkMember): readonly string[] => [m.org.name]);
  describe.current = (m) => [
    t(`orgKind.${m.org.kind}`),
    countryName(m.org.country),
    t(`networkRole.${m.role}`),
  ];
  // A new map for new members, and in a new language.
  const { container, handle, state, ready } = useMap<MapHandle, PointsMapState>(
    (setup, onState) =>
      createNetworkMap({ ...setup, members, overlays, describe: (m) => describe.current(m), onState }),
    members,
  );

  useEffect(() => handle.current?.setOverlays(overlays), [overlays, ready]);
  useEffect(() => {
    if (focus) handle.current?.showMember(focus.orgId);
  }, [focus, ready]);

  return (
    <MapFrame
      container={container}
      label={label}
      testId="network-map"
      status={state.status}
      report={pointsReport(state)}
      unavailable={t('network.mapUnavailable')}
    />
  );
}
