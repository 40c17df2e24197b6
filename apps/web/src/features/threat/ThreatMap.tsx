import type { MapLayersJson } from '@pactesur/api-client';
import type { ClassThreat, Polygon } from '@pactesur/contracts';
import { useMemo } from 'react';
import { SiteMap } from '../sites/SiteMap.tsx';
import type { Bounds } from '../sites/map/outlines.ts';
import { ThreatLegend } from './ThreatLegend.tsx';
import { THREAT_POINT_LAYER, threatOverlays } from './map/threatOverlay.ts';

interface Props {
  readonly label: string;
  readonly layers: MapLayersJson | null;
  readonly zone: Polygon;
  readonly threat: ClassThreat | null;
  readonly className: string;
  readonly selected: number | null;
  readonly fit: Bounds | null;
}

const NO_OUTLINES: readonly never[] = [];

/**
 * The site map with the protected zone, the perimeter points coloured by the class's impact speed, the worst
 * paths, and the selected entry highlighted; with its legend. Reports the drawn perimeter points as
 * `data-rendered-marks`.
 */
export function ThreatMap({ label, layers, zone, threat, className, selected, fit }: Props) {
  const overlays = useMemo(() => threatOverlays(zone, threat, selected), [zone, threat, selected]);
  return (
    <div className="threat-map">
      <SiteMap
        label={label}
        layers={layers}
        outlines={NO_OUTLINES}
        fit={fit}
        overlays={overlays}
        countLayer={THREAT_POINT_LAYER}
        testId="threat-map"
      />
      <ThreatLegend className={className} base={layers !== null} />
    </div>
  );
}
