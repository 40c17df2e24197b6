import type { FruinLevel } from '@pactesur/contracts';

/**
 * Fruin's levels of service of a walkway by its flow (persons per metre per minute), as in EVENTS.md:
 * A under 23, B 23–33, C 33–49, D 49–66, E 66–82, F over 82. A boundary belongs to the level above it
 * (23 is B, 33 is C, 49 is D, 66 is E), except 82, the top of E: F is "over 82".
 */
export const FRUIN_BOUNDS: readonly { level: FruinLevel; below: number }[] = [
  { level: 'A', below: 23 },
  { level: 'B', below: 33 },
  { level: 'C', below: 49 },
  { level: 'D', below: 66 },
];

/** The flow at and under which a walkway is at most E; above it, F. */
export const FRUIN_E_MAX = 82;

/** The level of service of a flow (persons/m/min). A flow that is not a number is F: it cannot be planned. */
export function fruinLevel(flowPerMPerMin: number): FruinLevel {
  if (Number.isNaN(flowPerMPerMin)) return 'F';
  for (const { level, below } of FRUIN_BOUNDS) if (flowPerMPerMin < below) return level;
  return flowPerMPerMin <= FRUIN_E_MAX ? 'E' : 'F';
}

/** What each level means, in words (EVENTS.md). */
export const FRUIN_MEANINGS: Record<FruinLevel, string> = {
  A: 'free flow',
  B: 'normal speed, minor conflicts',
  C: 'some speeds restricted',
  D: 'most speeds restricted',
  E: 'frequent stops',
  F: 'unavoidable contact; counter-flow impossible',
};
