import type { FdPoint } from './juelich.ts';

/** Comparison of a simulated fundamental diagram with measurements in one density band. */
export interface BandError {
  readonly from: number;
  readonly to: number;
  readonly points: number;
  /** Mean measured speed in the band, m/s. */
  readonly measuredMean: number;
  /** Mean simulated speed at the measured densities, m/s. */
  readonly simulatedMean: number;
  /** Mean absolute difference between simulated and measured speed at the measured densities, m/s. */
  readonly meanAbsError: number;
  /** Experimental scatter: half the spread between the 10th and 90th percentile of measured speeds. */
  readonly scatter: number;
  /** 10th and 90th percentiles of the measured speeds. */
  readonly p10: number;
  readonly p90: number;
}

/**
 * Linear interpolation of a simulated diagram (sorted by density) at `density`, held flat outside.
 * @example
 * interpolate([{ density: 1, speed: 1 }, { density: 2, speed: 0.5 }], 1.5); // 0.75
 */
export function interpolate(curve: readonly FdPoint[], density: number): number {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last) return Number.NaN;
  if (density <= first.density) return first.speed;
  if (density >= last.density) return last.speed;
  for (let k = 1; k < curve.length; k++) {
    const a = curve[k - 1] as FdPoint;
    const b = curve[k] as FdPoint;
    if (density <= b.density)
      return a.speed + ((b.speed - a.speed) * (density - a.density)) / (b.density - a.density);
  }
  return last.speed;
}

/**
 * Compares a simulated diagram with measured points, band by band.
 * @example
 * bandErrors(simulated, measured, [0, 1, 2, 3, 4]);
 */
export function bandErrors(
  curve: readonly FdPoint[],
  measured: readonly FdPoint[],
  edges: readonly number[],
): BandError[] {
  const out: BandError[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b] as number;
    const to = edges[b + 1] as number;
    const pts = measured.filter((p) => p.density >= from && p.density < to);
    if (pts.length === 0) continue;
    const speeds = pts.map((p) => p.speed).sort((x, y) => x - y);
    const q = (f: number) => speeds[Math.min(speeds.length - 1, Math.floor(f * speeds.length))] as number;
    const sim = pts.map((p) => interpolate(curve, p.density));
    const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    out.push({
      from,
      to,
      points: pts.length,
      measuredMean: mean(speeds),
      simulatedMean: mean(sim),
      meanAbsError: mean(pts.map((p, k) => Math.abs((sim[k] as number) - p.speed))),
      scatter: (q(0.9) - q(0.1)) / 2,
      p10: q(0.1),
      p90: q(0.9),
    });
  }
  return out;
}
