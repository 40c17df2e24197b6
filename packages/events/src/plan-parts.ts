import type { EventPlan, PlanFeature, ProfileConstants } from '@pactesur/contracts';
import { polygonAreaM2 } from './area.ts';
import type { CapacityExit, Flows } from './capacity.ts';

type FeatureOf<T extends PlanFeature['type']> = Extract<PlanFeature, { type: T }>;
export type ZoneFeature = FeatureOf<'zone'>;
export type StructureFeature = FeatureOf<'structure'>;
export type ExitFeature = FeatureOf<'exit'>;
export type ScreeningFeature = FeatureOf<'screening'>;
export type RouteFeature = FeatureOf<'route'>;

/** The plan's features of one type, in the plan's order. */
export function featuresOf<T extends PlanFeature['type']>(plan: EventPlan, type: T): FeatureOf<T>[] {
  return plan.features.filter((f): f is FeatureOf<T> => f.type === type);
}

/** The plan's zones of one use, in the plan's order. */
export function zonesOf(plan: EventPlan, use: ZoneFeature['use']): ZoneFeature[] {
  return featuresOf(plan, 'zone').filter((z) => z.use === use);
}

/** A feature's area as the figures count it: whole square metres. */
export function featureAreaM2(feature: ZoneFeature | StructureFeature): number {
  return Math.round(polygonAreaM2(feature.polygon));
}

/** The profile's flows by kind of exit. */
export function flowsOf(constants: ProfileConstants): Flows {
  return { level: constants.flowLevel, ramp: constants.flowRamp, stairs: constants.flowStairs };
}

/** Whether an exit is counted: at least the profile's minimum width. Its `entry` flag does not matter. */
export function isCounted(exit: CapacityExit, constants: ProfileConstants): boolean {
  return exit.widthM >= constants.minExitWidthM;
}
