import { stops, type BarrierProduct } from '@pactesur/barriers';
import type { VehicleClass } from '@pactesur/vehicle';

/** The slowest a vehicle is assumed to meet a barrier (km/h): walking pace, past any speed reduction. */
export const SLOWEST_IMPACT_KMH = 5;

/** Whether a catalogue can stop a class at all, and the heaviest vehicle its products were tested with. */
export interface ClassCoverage {
  readonly classId: string;
  readonly massKg: number;
  /** Some product stops the class head-on at walking pace: a plan may close its ways. */
  readonly stoppable: boolean;
  /** The heaviest test vehicle of the catalogue's products (kg), 0 for an empty catalogue. */
  readonly heaviestTestedKg: number;
}

/**
 * Which classes a catalogue can stop at all: a class whose every product was tested with a lighter vehicle
 * (no standard tests a 40 t articulated lorry) makes every plan that includes it impossible, wherever it
 * comes from. The web's default design basis and the command line's fallback plan both take it from here.
 *
 * @example
 * classCoverage(DEFAULT_VEHICLE_CLASSES, DEFAULT_CATALOGUE).filter((c) => !c.stoppable); // [{ classId: 'artic-40t', … }]
 */
export function classCoverage(classes: readonly VehicleClass[], catalogue: readonly BarrierProduct[]): ClassCoverage[] {
  const heaviestTestedKg = catalogue.reduce((m, p) => Math.max(m, p.rating.massKg), 0);
  return classes.map((c) => ({
    classId: c.id,
    massKg: c.massKg,
    stoppable: catalogue.some((p) => stops(p.rating, c, SLOWEST_IMPACT_KMH, 90)),
    heaviestTestedKg,
  }));
}
