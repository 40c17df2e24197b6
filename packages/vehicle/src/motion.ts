import type { VehicleClass } from './vehicle-class.ts';

/** Gravity (m/s²) and air density (kg/m³) of HVM.md §2. */
export const G = 9.81;
export const RHO = 1.2;

/** km/h → m/s. */
export const kmh = (v: number): number => v / 3.6;

/**
 * Longitudinal acceleration (m/s²) at speed `v` (m/s) on `grade` (rise/run): the traction- or
 * power-limited drive force minus rolling resistance, grade and drag (HVM.md §2). Zero at and above the
 * speed limiter.
 *
 * @example
 * acceleration(car, 0); // 3.5 − 9.81·0.012 ≈ 3.38
 */
export function acceleration(c: VehicleClass, v: number, grade = 0): number {
  if (v >= kmh(c.vMaxKmh)) return 0;
  const power = c.efficiency * c.powerKw * 1000;
  const drive = v > 0 ? Math.min(c.tractionMps2, power / (c.massKg * v)) : c.tractionMps2;
  return drive - G * (c.crr + grade) - (0.5 * RHO * c.cdaM2 * v * v) / c.massKg;
}

/**
 * Speed (m/s) after accelerating flat out from `v0` over `distanceM` on a constant grade: integrates
 * v·dv/ds = a(v) with midpoint steps of at most `stepM`; the speed limiter holds.
 *
 * @example
 * accelerate(car, 0, 27) * 3.6; // ≈ 48 km/h
 */
export function accelerate(c: VehicleClass, v0: number, distanceM: number, grade = 0, stepM = 0.05): number {
  const vMax = kmh(c.vMaxKmh);
  let w = v0 * v0;
  let s = 0;
  while (s < distanceM) {
    const ds = Math.min(stepM, distanceM - s);
    const a1 = acceleration(c, Math.sqrt(Math.max(w, 0)), grade);
    const wMid = w + a1 * ds;
    if (wMid >= vMax * vMax) return vMax;
    const a2 = acceleration(c, Math.sqrt(Math.max(wMid, 0)), grade);
    w = Math.max(0, w + 2 * a2 * ds);
    s += ds;
    if (w >= vMax * vMax) return vMax;
  }
  return Math.sqrt(w);
}

/**
 * The bend speed cap (m/s) for a deflection `deltaRad` in a corridor `widthM` wide: v ≤ √(a_lat·g·R) with
 * the corner-cutting radius R = w / (1 − cos(Δ/2)) (HVM.md §2). Infinite for a straight.
 *
 * @example
 * bendCap(car, Math.PI / 2, 7) * 3.6; // ≈ 49 km/h (R ≈ 23.9 m)
 */
export function bendCap(c: VehicleClass, deltaRad: number, widthM: number): number {
  const k = 1 - Math.cos(Math.min(Math.abs(deltaRad), Math.PI) / 2);
  if (k < 1e-12) return Number.POSITIVE_INFINITY;
  return Math.sqrt(c.lateralG * G * (widthM / k));
}

/**
 * The highest speed (m/s) from which the vehicle can still brake to `vCap` within `distanceM`:
 * v² = v_cap² + 2·b·d (the backward pass of HVM.md §2).
 *
 * @example
 * brakingEnvelope(car, 10, 20); // √(100 + 2·8·20) ≈ 20.7
 */
export function brakingEnvelope(c: VehicleClass, vCap: number, distanceM: number): number {
  return Math.sqrt(vCap * vCap + 2 * c.brakeMps2 * distanceM);
}

/**
 * The speed cap (m/s) of a U-turn back along the same street: a half circle inside the corridor,
 * R = w / 2 (the corner-cutting formula assumes two different corridors and would give R = w).
 *
 * @example
 * uTurnCap(car, 11) * 3.6; // ≈ 23.7 km/h
 */
export function uTurnCap(c: VehicleClass, widthM: number): number {
  return Math.sqrt(c.lateralG * G * (widthM / 2));
}
