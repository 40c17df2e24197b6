import { penetrationUpperBoundM, type Rating } from './rating.ts';

/** What `stops` needs of a vehicle: its mass (a `VehicleClass` of `@pactesur/vehicle` fits). */
export interface VehicleMass {
  readonly massKg: number;
}

/** Tolerances of {@link stops}; the defaults are the conservative planning choice. */
export interface StopsOptions {
  /**
   * How far the approach angle may differ from the tested angle, in degrees (default 15): a 90° test
   * covers approaches from 75° to 90°, a 45° test approaches from 30° to 60°.
   */
  readonly angleToleranceDeg?: number;
  /**
   * The largest penetration accepted, in metres (default 1, the ASTM P1 limit). ASTM ratings count with
   * the upper end of their band (P2: 7 m, P4: unbounded).
   */
  readonly maxPenetrationM?: number;
  /** Subtracted from the rated speed before comparing (default 0), for test-speed tolerances. */
  readonly speedMarginKmh?: number;
}

/** Default angle tolerance of {@link stops}, degrees. */
export const DEFAULT_ANGLE_TOLERANCE_DEG = 15;
/** Default largest accepted penetration of {@link stops}, metres. */
export const DEFAULT_MAX_PENETRATION_M = 1;

/**
 * The angle between a path and a line, folded into 0–90° (90° is head-on); NaN for a non-finite input.
 *
 * @example
 * lineAngleDeg(120); // 60
 */
export function lineAngleDeg(angleDeg: number): number {
  if (!Number.isFinite(angleDeg)) return Number.NaN;
  const a = ((angleDeg % 180) + 180) % 180;
  return a > 90 ? 180 - a : a;
}

/**
 * Whether a barrier with `rating` stops `vehicle` arriving at `speedKmh` with approach angle `angleDeg`
 * (between the path and the barrier line, 90° head-on; other values are folded into 0–90°).
 *
 * True only if all of these hold — a rating is never stretched beyond its test (HVM.md §4, §6):
 * - the tested mass is at least the vehicle's mass;
 * - the tested speed (less `speedMarginKmh`) is at least `speedKmh`;
 * - the approach angle is within `angleToleranceDeg` of the tested angle. Oblique impacts load a barrier
 *   differently (one post, a gate's end, a leaf's hinge), so neither a head-on test nor an oblique one is
 *   taken to cover angles it was not near;
 * - the penetration is at most `maxPenetrationM`.
 *
 * Any NaN, infinite (but `maxPenetrationM`) or negative input gives false.
 *
 * @example
 * const r = parseRating('V/7200[N3C]/48/90:0.0');
 * if (r.ok) stops(r.value, { massKg: 7200 }, 48, 90); // true
 * if (r.ok) stops(r.value, { massKg: 7500 }, 48, 90); // false: heavier than tested
 * if (r.ok) stops(r.value, { massKg: 1500 }, 50, 90); // false: faster than tested
 * if (r.ok) stops(r.value, { massKg: 1500 }, 30, 60); // false: 60° is outside 90° ± 15°
 */
export function stops(
  rating: Rating,
  vehicle: VehicleMass,
  speedKmh: number,
  angleDeg: number,
  options: StopsOptions = {},
): boolean {
  const tolerance = options.angleToleranceDeg ?? DEFAULT_ANGLE_TOLERANCE_DEG;
  const maxPenetration = options.maxPenetrationM ?? DEFAULT_MAX_PENETRATION_M;
  const margin = options.speedMarginKmh ?? 0;
  const angle = lineAngleDeg(angleDeg);
  const finite = [vehicle.massKg, speedKmh, angle, tolerance, margin].every(Number.isFinite);
  if (!finite || vehicle.massKg < 0 || speedKmh < 0 || tolerance < 0 || margin < 0) return false;
  if (Number.isNaN(maxPenetration) || maxPenetration < 0) return false;
  return (
    rating.massKg >= vehicle.massKg &&
    rating.speedKmh - margin >= speedKmh &&
    Math.abs(lineAngleDeg(rating.angleDeg) - angle) <= tolerance &&
    penetrationUpperBoundM(rating) <= maxPenetration
  );
}
