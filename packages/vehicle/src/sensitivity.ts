import type { ClassThreat, VariantThreat } from './threat-result.ts';
import type { VehicleClass } from './vehicle-class.ts';

/** The ranges of HVM.md §3's sensitivity bands. */
export interface SensitivityOptions {
  /** Power (so power-to-mass) is varied by ± this fraction (default 0.3). */
  readonly powerFraction?: number;
  /**
   * Grip range in g for a car (default [0.6, 0.9]); every class's lateral limit is scaled by
   * low/0.8 and high/0.8, 0.8 g being the car's nominal grip (ADR 0302).
   */
  readonly gripG?: readonly [number, number];
  /** Rolling start speeds (km/h) at every node (default [0, 50]). */
  readonly startSpeedKmh?: readonly [number, number];
}

/** One variant: multipliers of power and lateral limit, and a rolling start speed. */
export interface SensitivityVariant {
  readonly id: string;
  readonly powerFactor: number;
  readonly lateralFactor: number;
  readonly startSpeedKmh: number;
}

/** The car's nominal lateral limit (g), the reference of the grip range. */
const CAR_GRIP_G = 0.8;

/**
 * The variants a sensitivity run re-runs per class: each parameter to its low and high end alone (to see
 * which one matters), then all low and all high together (the band's ends, since every parameter can
 * only raise speeds as it grows). Variants equal to the nominal run (a start speed equal to the nominal
 * one) are left out.
 *
 * @example
 * sensitivityVariants({}, 0).map((v) => v.id); // ['power-low', 'power-high', 'grip-low', 'grip-high', 'start-high', 'all-low', 'all-high']
 */
export function sensitivityVariants(
  options: SensitivityOptions,
  nominalStartKmh: number,
): readonly SensitivityVariant[] {
  const p = options.powerFraction ?? 0.3;
  const [gLo, gHi] = options.gripG ?? [0.6, 0.9];
  const [sLo, sHi] = options.startSpeedKmh ?? [0, 50];
  const v = (id: string, powerFactor: number, lateralFactor: number, startSpeedKmh: number) => ({
    id,
    powerFactor,
    lateralFactor,
    startSpeedKmh,
  });
  const all = [
    v('power-low', 1 - p, 1, nominalStartKmh),
    v('power-high', 1 + p, 1, nominalStartKmh),
    v('grip-low', 1, gLo / CAR_GRIP_G, nominalStartKmh),
    v('grip-high', 1, gHi / CAR_GRIP_G, nominalStartKmh),
    v('start-low', 1, 1, sLo),
    v('start-high', 1, 1, sHi),
    v('all-low', 1 - p, gLo / CAR_GRIP_G, Math.min(sLo, nominalStartKmh)),
    v('all-high', 1 + p, gHi / CAR_GRIP_G, Math.max(sHi, nominalStartKmh)),
  ];
  return all.filter((x) => !(x.id.startsWith('start-') && x.startSpeedKmh === nominalStartKmh));
}

/**
 * The class of a variant: power and lateral limit scaled (mass, and so energy per speed, unchanged).
 *
 * @example
 * const strong = variantClass(car, { id: 'power-high', powerFactor: 1.3, lateralFactor: 1, startSpeedKmh: 0 });
 */
export function variantClass(c: VehicleClass, v: SensitivityVariant): VehicleClass {
  return Object.freeze({ ...c, powerKw: c.powerKw * v.powerFactor, lateralG: c.lateralG * v.lateralFactor });
}

/** A variant's run as the band needs it: worst speed (km/h) per perimeter point, and its summary. */
export interface VariantRun {
  readonly summary: VariantThreat;
  readonly pointKmh: Float64Array;
}

/**
 * The nominal result with its bands: per class the lowest and highest worst speed (and energy) over the
 * nominal run and the variants, per entry the same over its stretch of perimeter (`step` metres between
 * points).
 *
 * @example
 * const banded = withBands(nominal, runs, step);
 */
export function withBands(
  nominal: ClassThreat,
  massKg: number,
  runs: readonly VariantRun[],
  step: number,
): ClassThreat {
  const kj = (kmh: number): number => (0.5 * massKg * (kmh / 3.6) ** 2) / 1000;
  let lowKmh = nominal.maxSpeedKmh;
  let highKmh = nominal.maxSpeedKmh;
  for (const r of runs) {
    lowKmh = Math.min(lowKmh, r.summary.maxSpeedKmh);
    highKmh = Math.max(highKmh, r.summary.maxSpeedKmh);
  }
  const n = nominal.points.length;
  const entries = nominal.entries.map((e) => {
    const from = Math.round(e.fromM / step) % n;
    const to = Math.round(e.toM / step) % n;
    let low = e.speedKmh;
    let high = e.speedKmh;
    for (const r of runs) {
      let worst = 0;
      for (let k = from; k <= to; k++) worst = Math.max(worst, r.pointKmh[k] as number);
      low = Math.min(low, worst);
      high = Math.max(high, worst);
    }
    return { ...e, band: { lowKmh: low, highKmh: high } };
  });
  return {
    ...nominal,
    entries,
    band: { lowKmh, highKmh, lowKJ: kj(lowKmh), highKJ: kj(highKmh) },
    variants: runs.map((r) => r.summary),
  };
}
