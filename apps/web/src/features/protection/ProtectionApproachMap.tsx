import type { MapLayersJson } from '@pactesur/api-client';
import type { LngLat, ProtectionPlan } from '@pactesur/contracts';
import { useMemo } from 'react';
import { ProtectionMap } from './ProtectionMap.tsx';
import { planBounds } from './map/protectionFeatures.ts';

interface Props {
  readonly plan: ProtectionPlan;
  readonly layers: MapLayersJson | null;
  /** The class no product of the catalogue stops. */
  readonly classId: string;
  /** The places on its way into the zone where a barrier could stand. */
  readonly where: readonly LngLat[];
  readonly label: string;
}

const NONE: readonly never[] = [];
const NO_PICKS: ReadonlySet<number> = new Set();

/**
 * Where a class that nothing in the catalogue stops comes into the zone: the site map with the zone and the
 * places on its way, drawn as the approaches still open (the plan has no measures to show).
 */
export function ApproachMap({ plan, layers, classId, where, label }: Props) {
  const verification = useMemo(
    () => ({
      passed: false,
      unstoppedApproaches: where.length,
      unstopped: where.map((at) => ({ class: classId, at, speedKmh: 0 })),
      emergencyRoutesOpen: true,
      stationsChecked: 0,
      pedestrianLinesPermeable: true,
    }),
    [classId, where],
  );
  const fit = useMemo(
    () =>
      planBounds(
        plan.zone,
        where.map((at) => ({ line: [at, at] as const })),
      ),
    [plan.zone, where],
  );
  return (
    <ProtectionMap
      label={label}
      layers={layers}
      zone={plan.zone}
      measures={NONE}
      selected={null}
      pendingLocks={NO_PICKS}
      verification={verification}
      stations={NONE}
      forbidden={NONE}
      fit={fit}
      onPick={() => undefined}
      onForbid={null}
      popup={null}
      onClosePopup={() => undefined}
    />
  );
}
