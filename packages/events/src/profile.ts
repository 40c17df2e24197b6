import type { ProfileConstant, ProfileConstants } from '@pactesur/contracts';

const GREEN_GUIDE_BOOK = 'Green Guide (Guide to Safety at Sports Grounds, 6th ed.)';

/**
 * The built-in profile: the UK figures of EVENTS.md. Every one differs between countries; a jurisdiction's
 * own profile replaces them.
 *
 * The screening rate is a planning default, not a published constant: about 10 persons per lane per minute
 * through a bag search with a walk-through metal detector (6 s a person). It is to be replaced by the rate
 * measured at the screening actually in use.
 */
export const GREEN_GUIDE: ProfileConstants = {
  planningDensity: 2,
  unstableDensity: 4,
  criticalDensity: 5,
  flowLevel: 82,
  flowRamp: 82,
  flowStairs: 66,
  screeningPerLanePerMin: 10,
  egressMinutes: 8,
  minExitWidthM: 1.05,
};

/** Where each constant of {@link GREEN_GUIDE} comes from, in words a reader can look up. */
export const GREEN_GUIDE_SOURCES: Record<ProfileConstant, string> = {
  planningDensity: 'UK HSG195 (The event safety guide)',
  unstableDensity: 'Crowd-safety literature',
  criticalDensity: 'Crowd-safety literature (front-of-stage hot spots)',
  flowLevel: GREEN_GUIDE_BOOK,
  flowRamp: GREEN_GUIDE_BOOK,
  flowStairs: GREEN_GUIDE_BOOK,
  screeningPerLanePerMin:
    'Planning default for a bag search and walk-through metal detector (about 10 persons per lane per minute); replace it with the rate measured at the screening in use',
  egressMinutes: GREEN_GUIDE_BOOK,
  minExitWidthM: 'UK guidance',
};

/** The constants' names in words, for formulas and sources. */
export const CONSTANT_NAMES: Record<ProfileConstant, string> = {
  planningDensity: 'planning density',
  unstableDensity: 'unstable density',
  criticalDensity: 'critical density',
  flowLevel: 'level exit flow',
  flowRamp: 'ramp flow',
  flowStairs: 'stair flow',
  screeningPerLanePerMin: 'screening rate',
  egressMinutes: 'egress time',
  minExitWidthM: 'minimum exit width',
};

/**
 * The lower flows of an audience that has drunk alcohol or is older: 72 persons/m/min on the level, 56 on
 * stairs. Ramps take the level figure, as they do in the Green Guide.
 */
export const REDUCED_FLOWS = {
  flowLevel: 72,
  flowRamp: 72,
  flowStairs: 56,
} as const satisfies Partial<ProfileConstants>;

export const REDUCED_FLOWS_SOURCE =
  'UK local-authority guidance (lower flows for alcohol or older audiences)';

type FlowConstant = keyof typeof REDUCED_FLOWS;
const FLOW_CONSTANTS = Object.keys(REDUCED_FLOWS) as FlowConstant[];

/**
 * The constants a plan's calculation uses: the profile's, with the reduced flows when the audience calls
 * for them. A flow only ever goes down: a profile whose own flow is already lower keeps it. Applying it
 * twice changes nothing.
 */
export function effectiveConstants(constants: ProfileConstants, reducedFlows: boolean): ProfileConstants {
  if (!reducedFlows) return constants;
  const out = { ...constants };
  for (const key of FLOW_CONSTANTS) out[key] = Math.min(constants[key], REDUCED_FLOWS[key]);
  return out;
}

/**
 * The sources of {@link effectiveConstants}' values: a flow lowered for the audience names the local
 * authorities' guidance; every other constant keeps the profile's source.
 */
export function effectiveSources(
  constants: ProfileConstants,
  sources: Readonly<Record<string, string>>,
  reducedFlows: boolean,
): Record<string, string> {
  const out = { ...sources };
  if (!reducedFlows) return out;
  for (const key of FLOW_CONSTANTS) if (REDUCED_FLOWS[key] < constants[key]) out[key] = REDUCED_FLOWS_SOURCE;
  return out;
}
