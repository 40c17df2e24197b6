import type { DensityLevel } from '@pactesur/contracts';
import { levelAt } from '@pactesur/events';

/** The end of the density scale (persons/m²): a little beyond the dangerous 5, where crowds stop being measured. */
export const DENSITY_SCALE_MAX = 7;

/**
 * Where a density stands on the scale from 0 to {@link DENSITY_SCALE_MAX} persons/m², from 0 to 1 (a
 * density beyond the end is drawn at the end).
 *
 * @example densityPosition(3.5) // 0.5
 */
export function densityPosition(density: number): number {
  if (!Number.isFinite(density) || density <= 0) return 0;
  return Math.min(1, density / DENSITY_SCALE_MAX);
}

/** The level of a density against the thresholds of 2, 4 and 5 persons/m² or the profile's (EVENTS.md: above 4 is unstable). */
export const densityWord = (density: number, thresholds: readonly [number, number, number] = [2, 4, 5]): DensityLevel =>
  levelAt(density, thresholds);
