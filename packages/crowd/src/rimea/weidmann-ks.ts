/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf, error below 1.5e-7). */
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/**
 * Kolmogorov–Smirnov statistic of a sample of speeds against Weidmann's free-speed distribution
 * (normal 1.34 ± 0.26 m/s truncated to 0.5–2.0 m/s).
 * @example
 * ksWeidmann([1.2, 1.3, 1.4, 1.5]); // small for a plausible sample
 */
export function ksWeidmann(speeds: readonly number[]): number {
  const cdf = (v: number) => {
    const lo = phi((0.5 - 1.34) / 0.26);
    const hi = phi((2.0 - 1.34) / 0.26);
    return Math.min(1, Math.max(0, (phi((v - 1.34) / 0.26) - lo) / (hi - lo)));
  };
  const xs = [...speeds].sort((a, b) => a - b);
  let d = 0;
  xs.forEach((v, i) => {
    const f = cdf(v);
    d = Math.max(d, Math.abs(f - i / xs.length), Math.abs((i + 1) / xs.length - f));
  });
  return d;
}
