import type { ClassThreat as StoredClassThreat, LngLat as StoredLngLat } from '@pactesur/contracts';
import type { LngLat } from '@pactesur/geo';
import type { ClassThreat, SpeedBand } from './threat-result.ts';
import type { VehicleClass } from './vehicle-class.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;
const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
const ll = (p: LngLat): StoredLngLat => [r7(p[0]), r7(p[1])];
const bandView = (band: SpeedBand | undefined) => (band ? { lowKmh: r1(band.lowKmh), highKmh: r1(band.highKmh) } : null);

/**
 * One class's results in the stored (API) form of `ThreatResult`: speeds, energies and lengths to 0.1,
 * coordinates to 1e-7°, each perimeter point indexed to the entry that covers it.
 *
 * @example
 * const stored = classView(zone.classes[0], DEFAULT_VEHICLE_CLASSES[0]);
 */
export function classView(c: ClassThreat, vehicle: VehicleClass): StoredClassThreat {
  const entries = c.entries.map((e) => ({
    speedKmh: r1(e.speedKmh),
    energyKJ: r1(e.energyKJ),
    runUpM: r1(e.runUpM),
    angleDeg: r1(e.angleDeg),
    at: ll(e.at),
    fromM: r1(e.fromM),
    toM: r1(e.toM),
    origin: ll(e.origin),
    path: e.path.map(ll),
    band: bandView(e.band),
  }));
  const entryAt = (atM: number): number | null => {
    const i = c.entries.findIndex((e) => e.fromM - 1e-6 <= atM && atM <= e.toM + 1e-6);
    return i < 0 ? null : i;
  };
  return {
    class: c.class,
    name: vehicle.name,
    massKg: vehicle.massKg,
    maxSpeedKmh: r1(c.maxSpeedKmh),
    maxEnergyKJ: r1(c.maxEnergyKJ),
    band: bandView(c.band),
    points: c.points.map((p) => ({
      atM: r1(p.atM),
      at: ll(p.at),
      speedKmh: p.hit ? r1(p.hit.speedKmh) : 0,
      energyKJ: p.hit ? r1(p.hit.energyKJ) : 0,
      angleDeg: p.hit ? r1(p.hit.angleDeg) : null,
      entry: p.hit ? entryAt(p.atM) : null,
    })),
    entries,
  };
}
