import type { DensityLevel, ProfileConstants, TriggerPoint } from '@pactesur/contracts';

/**
 * The level of a live density (persons/m²) against the profile's thresholds (EVENTS.md, 2 / 4 / 5 in the
 * UK): busy at or above the planning density, unstable above the unstable density, critical at or above
 * the critical density. A density that is not a number is normal: there is nothing to measure.
 */
export function densityLevel(density: number, constants: ProfileConstants): DensityLevel {
  return levelAt(density, thresholdsOf(constants));
}

/** The level of a density against the thresholds busy, unstable, critical (see {@link densityLevel}). */
export function levelAt(density: number, [busy, unstable, critical]: readonly [number, number, number]): DensityLevel {
  if (density >= critical) return 'critical';
  if (density > unstable) return 'unstable';
  if (density >= busy) return 'busy';
  return 'normal';
}

/** The densities (persons/m²) at which the level changes: busy, unstable, critical. */
export function thresholdsOf(constants: ProfileConstants): [number, number, number] {
  return [constants.planningDensity, constants.unstableDensity, constants.criticalDensity];
}

/** The trigger points at or above their threshold, in their order: occupancy in persons, density in persons/m². */
export function triggersReached<T extends Pick<TriggerPoint, 'metric' | 'threshold'>>(
  triggers: readonly T[],
  now: { occupancy: number; density: number },
): T[] {
  return triggers.filter((t) => now[t.metric] >= t.threshold);
}
