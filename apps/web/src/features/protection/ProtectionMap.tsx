import type { MapLayersJson } from '@pactesur/api-client';
import type { LngLat, PlanMeasure, Polygon } from '@pactesur/contracts';
import { useMemo, type ReactNode } from 'react';
import { SiteMap } from '../sites/SiteMap.tsx';
import type { Bounds } from '../sites/map/outlines.ts';
import { ProtectionLegend } from './ProtectionLegend.tsx';
import type { FeasiblePlan } from './map/protectionFeatures.ts';
import { MEASURE_LINE_LAYER, protectionOverlays } from './map/protectionOverlay.ts';

interface Props {
  readonly label: string;
  readonly layers: MapLayersJson | null;
  readonly zone: Polygon;
  readonly measures: readonly PlanMeasure[];
  readonly selected: number | null;
  readonly pendingLocks: ReadonlySet<number>;
  readonly verification: FeasiblePlan['verification'];
  readonly stations: readonly { readonly name: string; readonly at: LngLat }[];
  readonly forbidden: readonly LngLat[];
  readonly fit: Bounds | null;
  /** A measure's line was clicked. */
  readonly onPick: (index: number) => void;
  /** Placing a forbidden place: the next click on the map gives it (lines are not picked meanwhile). */
  readonly onForbid: ((at: [number, number]) => void) | null;
  /** What the popup of the selected measure shows. */
  readonly popup: ReactNode;
  readonly onClosePopup: () => void;
}

const NO_OUTLINES: readonly never[] = [];
const PICK_LAYERS = [MEASURE_LINE_LAYER] as const;

/**
 * The site map with the zone, the measures' lines by kind (a click on one selects it and opens its popup),
 * the approaches the verification found still open, forbidden places and stations; with its legend.
 * Reports the drawn lines as `data-rendered-marks`.
 */
export function ProtectionMap(props: Props) {
  const { measures, selected, pendingLocks, verification, stations, forbidden, zone, onPick } = props;
  const overlays = useMemo(
    () => protectionOverlays({ zone, measures, selected, pendingLocks, verification, stations, forbidden }),
    [zone, measures, selected, pendingLocks, verification, stations, forbidden],
  );
  const measure = selected === null ? undefined : measures[selected];
  const pick = useMemo(
    () => ({
      layers: PICK_LAYERS,
      onPick: (properties: Readonly<Record<string, unknown>>) => {
        const index = properties.index;
        if (typeof index === 'number') onPick(index);
      },
    }),
    [onPick],
  );
  return (
    <div className="threat-map protection-map">
      <SiteMap
        label={props.label}
        layers={props.layers}
        outlines={NO_OUTLINES}
        fit={props.fit}
        overlays={overlays}
        onPoint={props.onForbid ?? undefined}
        pick={props.onForbid ? undefined : pick}
        popup={
          measure && props.onForbid === null
            ? { at: measure.at, content: props.popup, onClose: props.onClosePopup }
            : null
        }
        countLayer={MEASURE_LINE_LAYER}
        testId="protection-map"
      />
      <ProtectionLegend base={props.layers !== null} />
    </div>
  );
}
