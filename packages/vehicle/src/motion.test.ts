import { describe, expect, it } from 'vitest';
import { accelerate, bendCap, brakingEnvelope, kmh } from './motion.ts';
import { SpeedTable } from './speed-table.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';

const cls = (id: string): VehicleClass => DEFAULT_VEHICLE_CLASSES.find((c) => c.id === id) as VehicleClass;
const car = cls('car');
const artic = cls('artic-40t');

describe('motion model against hand-computed values (HVM.md §2)', () => {
  it('a car reaches about 48 km/h after 27 m from standstill on the level', () => {
    // v* = ηP/(m·a) = 72000/5250 = 13.7 m/s at s* = v*²/2a ≈ 26.9 m: 49.4 km/h without resistances.
    expect(accelerate(car, 0, 27) * 3.6).toBeCloseTo(48, -0.5);
    expect(Math.abs(accelerate(car, 0, 27) * 3.6 - 48)).toBeLessThan(2);
  });

  it('a 40 t articulated truck reaches about 60 km/h after 300 m', () => {
    expect(Math.abs(accelerate(artic, 0, 300) * 3.6 - 60)).toBeLessThan(2);
  });

  it('the closed form without resistances matches the integration when resistances are zero', () => {
    const bare = { ...car, cdaM2: 1e-9, crr: 0 };
    const a = bare.tractionMps2;
    const p = (bare.efficiency * bare.powerKw * 1000) / bare.massKg;
    const vStar = p / a;
    const sStar = (vStar * vStar) / (2 * a);
    const s = 80;
    const closed = Math.cbrt(vStar ** 3 + 3 * p * (s - sStar));
    expect(accelerate(bare, 0, s)).toBeCloseTo(closed, 2);
    expect(accelerate(bare, 0, 10)).toBeCloseTo(Math.sqrt(2 * a * 10), 2);
  });

  it('the speed limiter holds for every class', () => {
    for (const c of DEFAULT_VEHICLE_CLASSES) {
      const v = accelerate(c, 0, 5000);
      expect(v).toBeLessThanOrEqual(kmh(c.vMaxKmh) + 1e-9);
    }
    expect(accelerate(cls('rigid-7.5t'), 0, 5000) * 3.6).toBeCloseTo(90, 6);
  });

  it('the tabulated run-up curve agrees with direct integration and respects the limiter', () => {
    for (const c of DEFAULT_VEHICLE_CLASSES) {
      const t = SpeedTable.build(c);
      for (const [v0, d] of [
        [0, 27],
        [5, 40],
        [12, 150],
        [0, 900],
      ] as const) {
        expect(Math.abs(t.after(v0, d) - accelerate(c, v0, d))).toBeLessThan(0.05);
      }
      expect(t.after(0, 1e5)).toBeLessThanOrEqual(kmh(c.vMaxKmh) + 1e-9);
    }
  });

  it('a 90° bend in a 7 m corridor caps a car near √(0.8·9.81·23.9) ≈ 49 km/h', () => {
    const r = 7 / (1 - Math.cos(Math.PI / 4));
    expect(r).toBeCloseTo(23.9, 1);
    expect(bendCap(car, Math.PI / 2, 7) * 3.6).toBeCloseTo(Math.sqrt(0.8 * 9.81 * r) * 3.6, 6);
    expect(Math.abs(bendCap(car, Math.PI / 2, 7) * 3.6 - 49)).toBeLessThan(1);
    expect(bendCap(car, 0, 7)).toBe(Number.POSITIVE_INFINITY);
  });

  it('braking before a bend follows v² = v_cap² + 2·b·d', () => {
    const vCap = bendCap(car, Math.PI / 2, 7);
    expect(brakingEnvelope(car, vCap, 20) ** 2).toBeCloseTo(vCap ** 2 + 2 * 8 * 20, 9);
    expect(brakingEnvelope(artic, 5, 10)).toBeCloseTo(Math.sqrt(25 + 100), 9);
  });
});
