import type { PracticeHit } from '@pactesur/contracts';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { MapFrame } from '../../map/MapFrame.tsx';
import { pointsReport, type PointsMapState } from '../../map/pointsLayer.ts';
import { useMap } from '../../map/useMap.ts';
import { createPracticeMap, type PracticeMap as MapHandle } from './map/practiceMap.ts';

interface Props {
  readonly hits: readonly PracticeHit[];
  readonly label: string;
  /** The practice chosen (its pin is ringed). */
  readonly picked: string | null;
  readonly onPick: (practiceId: string) => void;
}

/**
 * The results with a place as pins on a MapLibre map over the Europe basemap, MapLibre downloaded with
 * the first map. The container reports its state in `data-map-state` (`loading`, `loaded`,
 * `unavailable`), the pins and basemap countries drawn (`data-rendered-points`, `data-rendered-basemap`)
 * and the view's west, south, east, north (`data-bounds`).
 */
export function PracticeMap({ hits, label, picked, onPick }: Props) {
  const { t } = useI18n();
  const pick = useRef(onPick);
  pick.current = onPick;
  // One map per language; the results change its pins, not the map.
  const { container, handle, state, ready } = useMap<MapHandle, PointsMapState>((setup, onState) =>
    createPracticeMap({ ...setup, onPick: (id) => pick.current(id), onState }),
  );

  useEffect(() => handle.current?.setHits(hits), [hits, ready]);
  useEffect(() => handle.current?.pick(picked), [picked, ready]);

  return (
    <MapFrame
      container={container}
      className="map practice-map"
      label={label}
      testId="practice-map"
      status={state.status}
      report={pointsReport(state)}
      unavailable={t('practices.mapUnavailable')}
    />
  );
}
