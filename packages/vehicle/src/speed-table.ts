import { accelerate, acceleration, kmh } from './motion.ts';
import type { VehicleClass } from './vehicle-class.ts';

/**
 * The level-ground run-up curve of one class, tabulated once: `distM[i]` is the distance from standstill
 * to `i·dv` m/s. Because the motion has no memory (a(v) only), accelerating from v0 over d is the same as
 * running from standstill over S(v0) + d, so {@link SpeedTable.after} is a closed form per segment: two
 * table look-ups, no allocation.
 */
export class SpeedTable {
  private constructor(
    readonly vTop: number,
    private readonly dv: number,
    private readonly distM: Float64Array,
  ) {}

  /**
   * Tabulates `c` up to its limiter (or its terminal speed), every `dv` m/s.
   *
   * @example
   * const t = SpeedTable.build(car); t.after(0, 27) * 3.6; // ≈ 48
   */
  static build(c: VehicleClass, dv = 0.05): SpeedTable {
    const cached = dv === 0.05 ? CACHE.get(c) : undefined;
    if (cached) return cached;
    const built = SpeedTable.tabulate(c, dv);
    if (dv === 0.05) CACHE.set(c, built);
    return built;
  }

  private static tabulate(c: VehicleClass, dv: number): SpeedTable {
    const vTop = topSpeed(c);
    const dist: number[] = [0];
    let v = 0;
    let s = 0;
    // Integrate in small distance steps, recording the distance each time a multiple of dv is crossed.
    // Where the acceleration fades below MIN_ACCELERATION (the last km/h before drag balances the
    // power), the vehicle is taken to reach its top speed at once: errs fast, and keeps the curve short.
    const step = 0.1;
    while (v < vTop && acceleration(c, v) >= MIN_ACCELERATION) {
      const next = Math.min(vTop, accelerate(c, v, step, 0, step));
      s += step;
      while (dist.length * dv <= next) {
        const target = dist.length * dv;
        dist.push(s - (step * (next - target)) / (next - v));
      }
      v = next;
    }
    while (dist.length * dv <= vTop) dist.push(s);
    return new SpeedTable(vTop, dv, Float64Array.from(dist));
  }

  /** Distance (m) from standstill to speed `v` (m/s). */
  distanceTo(v: number): number {
    if (v <= 0) return 0;
    const d = this.distM;
    const x = v / this.dv;
    const i = Math.floor(x);
    if (i + 1 >= d.length) return d[d.length - 1] as number;
    const a = d[i] as number;
    return a + ((d[i + 1] as number) - a) * (x - i);
  }

  /** Speed (m/s) reached at distance `s` from standstill. */
  speedAt(s: number): number {
    const d = this.distM;
    const n = d.length;
    if (s >= (d[n - 1] as number)) return this.vTop;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((d[mid] as number) <= s) lo = mid;
      else hi = mid;
    }
    const a = d[lo] as number;
    const b = d[hi] as number;
    return (lo + (b > a ? (s - a) / (b - a) : 0)) * this.dv;
  }

  /**
   * Speed (m/s) after accelerating flat out from `v0` over `distanceM` (never below `v0`, never above
   * the top speed).
   */
  after(v0: number, distanceM: number): number {
    if (v0 >= this.vTop) return v0;
    return Math.max(v0, this.speedAt(this.distanceTo(v0) + distanceM));
  }
}

/** Tables of the classes seen so far (classes are frozen values, so the table never goes stale). */
const CACHE = new WeakMap<VehicleClass, SpeedTable>();

/** Below this acceleration (m/s²) the run-up curve jumps to the top speed. */
const MIN_ACCELERATION = 0.05;

/** The speed limiter, or the terminal speed where drive force and resistances balance if lower. */
function topSpeed(c: VehicleClass): number {
  const vMax = kmh(c.vMaxKmh);
  if (acceleration(c, vMax * (1 - 1e-9)) > 0) return vMax;
  let lo = 0;
  let hi = vMax;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (acceleration(c, mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
