import type { FeatureCollection, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { ALERT_AREAS_FILL, alertAreasBounds, alertAreasOverlay } from './map/alertAreasOverlay.ts';

const NO_OUTLINES: readonly never[] = [];

/** The areas of the city's public alerts in force on our own map (the Europe basemap, no outside tiles). */
export function CityAlertsMap({ areas }: { areas: FeatureCollection<Polygon> }) {
  const { t } = useI18n();
  const overlays = useMemo(() => [alertAreasOverlay(areas)], [areas]);
  const fit = useMemo(() => alertAreasBounds(areas), [areas]);
  return (
    <div className="awareness-alerts-map">
      <SiteMap
        label={t('awareness.alertsMap')}
        layers={null}
        outlines={NO_OUTLINES}
        fit={fit}
        overlays={overlays}
        countLayer={ALERT_AREAS_FILL}
        testId="city-alerts-map"
      />
    </div>
  );
}
