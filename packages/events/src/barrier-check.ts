import type { EventPlan, LngLat, ThreatResult } from '@pactesur/contracts';
import { lineAngleDeg, stops, type BarrierProduct } from '@pactesur/barriers';
import { createLocalProjection, lngLat, segmentsCross, type LocalProjection } from '@pactesur/geo';
import { featuresOf } from './plan-parts.ts';

/** One approach of the vehicle analysis that crosses a barrier line, and whether the line's product stops it. */
export interface BarrierCrossing {
  readonly class: string;
  readonly massKg: number;
  /** The approach's speed where it reaches the site's perimeter: the most it can have at the line before it. */
  readonly speedKmh: number;
  /** Between the approach and the line, 0–90° (90° head-on). */
  readonly angleDeg: number;
  readonly stops: boolean;
}

/** What the vehicle analysis says of one vehicle-barrier line of the plan. */
export interface BarrierCheck {
  readonly featureId: string;
  readonly name: string;
  readonly productId: string | null;
  /**
   * `stops` every approach that crosses it; `fails` one at least; `uncrossed` by no approach of the analysis;
   * `no-product` chosen, or `unknown-product` (not in the catalogue).
   */
  readonly verdict: 'stops' | 'fails' | 'uncrossed' | 'no-product' | 'unknown-product';
  readonly crossings: readonly BarrierCrossing[];
}

/**
 * Checks the plan's temporary vehicle-barrier lines against a vehicle threat analysis of the site (HVM.md):
 * every approach path of every vehicle class that crosses a line must be stopped by the line's product —
 * its rating's mass at least the class's, its speed at least the approach's speed at the perimeter (the
 * vehicle accelerates along its run-up, so it is no faster where it meets the line before it), the angle
 * within the rating's tolerance, and the rated penetration within the depth kept clear behind the line
 * (`stops` of `@pactesur/barriers`, never stretched beyond its test).
 */
export function checkBarrierLines(plan: EventPlan, threat: ThreatResult, catalogue: readonly BarrierProduct[]): BarrierCheck[] {
  const lines = featuresOf(plan, 'vehicle-barrier');
  const first = lines[0]?.path[0];
  if (!first) return [];
  const local = createLocalProjection(lngLat(first[0], first[1]));
  const products = new Map(catalogue.map((p) => [p.id, p]));
  return lines.map((line) => {
    const base = { featureId: line.id, name: line.name, productId: line.productId };
    const crossings = crossingsOf(line.path, threat, local);
    if (line.productId === null) return { ...base, verdict: 'no-product', crossings: crossings.map((c) => ({ ...c, stops: false })) };
    const product = products.get(line.productId);
    if (!product) return { ...base, verdict: 'unknown-product', crossings: crossings.map((c) => ({ ...c, stops: false })) };
    const limits = { maxPenetrationM: line.standoffM };
    const checked = crossings.map((c) => ({ ...c, stops: stops(product.rating, { massKg: c.massKg }, c.speedKmh, c.angleDeg, limits) }));
    const verdict = checked.length === 0 ? 'uncrossed' : checked.every((c) => c.stops) ? 'stops' : 'fails';
    return { ...base, verdict, crossings: checked };
  });
}

/** The approaches whose path crosses the line, each class's fastest crossing approach first. */
function crossingsOf(path: readonly LngLat[], threat: ThreatResult, local: LocalProjection): Omit<BarrierCrossing, 'stops'>[] {
  const line = path.map((p) => local.toXY(lngLat(p[0], p[1])));
  const found: Omit<BarrierCrossing, 'stops'>[] = [];
  for (const c of threat.classes)
    for (const entry of c.entries) {
      const approach = entry.path.map((p) => local.toXY(lngLat(p[0], p[1])));
      let angle: number | null = null;
      for (let i = 0; i + 1 < approach.length && angle === null; i++)
        for (let j = 0; j + 1 < line.length && angle === null; j++) {
          const [a, b, p, q] = [approach[i]!, approach[i + 1]!, line[j]!, line[j + 1]!];
          if (segmentsCross(a[0], a[1], b[0], b[1], p[0], p[1], q[0], q[1]))
            angle = lineAngleDeg(((Math.atan2(b[1] - a[1], b[0] - a[0]) - Math.atan2(q[1] - p[1], q[0] - p[0])) * 180) / Math.PI);
        }
      if (angle !== null) found.push({ class: c.class, massKg: c.massKg, speedKmh: entry.speedKmh, angleDeg: Math.round(angle) });
    }
  return found.sort((x, y) => y.speedKmh - x.speedKmh);
}
