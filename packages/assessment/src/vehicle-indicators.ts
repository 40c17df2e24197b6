import type { AccessibilityClass, IndicatorDetail, ThreatResult } from '@pactesur/contracts';

/** The speeds ASSESSMENT.md reports the reachable perimeter at (km/h). */
export const ACCESS_SPEEDS_KMH = [32, 48, 64] as const;

type Detail<K extends IndicatorDetail['key']> = Extract<IndicatorDetail, { key: K }>;

/** The share of a class's perimeter points reached at `kmh` or faster (0 when it has no points). */
function shareAtLeast(points: readonly { speedKmh: number }[], kmh: number): number {
  if (points.length === 0) return 0;
  let n = 0;
  for (const p of points) if (p.speedKmh >= kmh) n += 1;
  return n / points.length;
}

/**
 * What a vehicle threat analysis says for the assessment (ASSESSMENT.md, "what the platform computes"):
 * per vehicle class the share of the zone's perimeter points reached at ≥ 32, 48 and 64 km/h, with the
 * class's highest speed and unmitigated energy. Accessibility is the worst class's share at 48 km/h;
 * energy the highest energy of any class (kJ). An analysis without classes gives 0 for both.
 */
export function vehicleIndicators(result: ThreatResult): {
  accessibility: { value: number; detail: Detail<'vehicle-accessibility'> };
  energy: { value: number; detail: Detail<'vehicle-energy'> };
} {
  const classes: AccessibilityClass[] = result.classes.map((c) => ({
    class: c.class,
    name: c.name,
    share32: shareAtLeast(c.points, 32),
    share48: shareAtLeast(c.points, 48),
    share64: shareAtLeast(c.points, 64),
    maxSpeedKmh: c.maxSpeedKmh,
    maxEnergyKJ: c.maxEnergyKJ,
  }));
  const highest = (values: number[]): number => values.reduce((m, v) => (v > m ? v : m), 0);
  return {
    accessibility: {
      value: highest(classes.map((c) => c.share48)),
      detail: { key: 'vehicle-accessibility', classes },
    },
    energy: { value: highest(classes.map((c) => c.maxEnergyKJ)), detail: { key: 'vehicle-energy', classes } },
  };
}
