import type { EventPlan, LngLat, Polygon, ProfileConstants } from '@pactesur/contracts';
import { largestExitIndex } from './capacity.ts';
import { featuresOf, flowsOf, zonesOf } from './plan-parts.ts';
import { effectiveConstants, GREEN_GUIDE } from './profile.ts';

/** A closed ring of longitude and latitude, as in GeoJSON. */
export type Ring = Polygon['coordinates'][number];

export interface SimulationGeometry {
  /** The audience zones, each a polygon's coordinates: the area open to the crowd, its holes obstacles. */
  walkable: Polygon['coordinates'][];
  /** The structures' outlines (stages, tents, stands): obstacles to the crowd. */
  obstacles: Ring[];
  /** Every exit, whatever its `entry` flag, in the plan's order. */
  exits: { id: string; line: [LngLat, LngLat] }[];
  /**
   * The exit closed in the second run, the one the capacity figures take away: the widest; of several as
   * wide, the one of the highest flow, then the first. Null without an exit.
   */
  largestExitId: string | null;
}

/**
 * What a crowd simulation of the plan walks on: the audience zones as the walkable area (their holes stay
 * in them, as obstacles), the structures as obstacles, and the exits' lines. No-view zones are walkable
 * (people stand there, they only see less); restricted zones hold no audience and are left out. The
 * profile's flows only choose between exits as wide (default the built-in profile).
 */
export function simulationGeometry(
  plan: EventPlan,
  constants: ProfileConstants = GREEN_GUIDE,
): SimulationGeometry {
  const walkable = zonesOf(plan, 'audience').map((z) => z.polygon.coordinates);
  const obstacles = featuresOf(plan, 'structure').flatMap((s) => {
    const outer = s.polygon.coordinates[0];
    return outer === undefined ? [] : [outer];
  });
  const exitFeatures = featuresOf(plan, 'exit');
  const largest = largestExitIndex(exitFeatures, flowsOf(effectiveConstants(constants, plan.reducedFlows)));
  return {
    walkable,
    obstacles,
    exits: exitFeatures.map((e) => ({ id: e.id, line: e.line })),
    largestExitId: largest === null ? null : (exitFeatures[largest]?.id ?? null),
  };
}
