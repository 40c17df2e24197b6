import type { LngLat } from '@pactesur/contracts';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { PLACE_LAYER, placeOverlay } from './map/placeOverlay.ts';
import { boundsAround } from './reportPlace.ts';

const NO_OUTLINES: readonly never[] = [];

/** Around a report's pin the map shows a few hundred metres each way. */
const PIN_SPAN_DEG = 0.004;

/** Where a report was made, as a pin on our own map. */
export function ReportPinMap({ place }: { place: LngLat }) {
  const { t } = useI18n();
  const overlays = useMemo(() => [placeOverlay(place)], [place]);
  const fit = useMemo(() => boundsAround(place, PIN_SPAN_DEG), [place]);
  return (
    <div className="report-pin-map">
      <SiteMap
        label={t('citizens.triage.map')}
        layers={null}
        outlines={NO_OUTLINES}
        fit={fit}
        overlays={overlays}
        countLayer={PLACE_LAYER}
        testId="report-pin-map"
      />
    </div>
  );
}
