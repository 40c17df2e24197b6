/**
 * Weidmann's (1993) fundamental diagram: walking speed in m/s at a density in persons/m².
 * @example
 * weidmannSpeed(1); // ≈ 1.04
 */
export function weidmannSpeed(density: number): number {
  if (density <= 0) return 1.34;
  return Math.max(0, 1.34 * (1 - Math.exp(-1.913 * (1 / density - 1 / 5.4))));
}
