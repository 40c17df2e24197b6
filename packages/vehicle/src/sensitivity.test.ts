import { describe, expect, it } from 'vitest';
import { analyseThreat, type ThreatOptions } from './analyse-threat.ts';
import { accelerate, bendCap } from './motion.ts';
import { boxZone, testSite, type TestSite } from './test-graph.ts';
import type { ClassThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import type { Zone } from './zone.ts';

const car = DEFAULT_VEHICLE_CLASSES[0] as VehicleClass;
const artic = DEFAULT_VEHICLE_CLASSES.find((c) => c.id === 'artic-40t') as VehicleClass;

function run(site: TestSite, zone: Zone, c: VehicleClass, options: ThreatOptions = {}): ClassThreat {
  const r = analyseThreat(site, [zone], { classes: [c], networkEdge: false, sensitivity: true, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]?.classes[0] as ClassThreat;
}

const variant = (c: ClassThreat, id: string): number =>
  c.variants?.find((v) => v.variant === id)?.maxSpeedKmh ?? Number.NaN;

/** A straight road from x = -len to the zone (x ≥ 0), nodes every 10 m. */
function straight(len: number): TestSite {
  const pts: [number, number][] = [];
  for (let x = -len; x <= 20; x += 10) pts.push([x, 0]);
  return testSite(
    pts,
    pts.slice(1).map((_, i) => ({ a: i, b: i + 1, widthM: 7, way: 1 })),
  );
}

/** A 300 m run-up, a 90° corner, then 2 m to the zone: the corner sets the speed. */
function corner(): TestSite {
  return testSite(
    [
      [-300, -2],
      [0, -2],
      [0, 30],
    ],
    [
      { a: 0, b: 1, widthM: 7, way: 1 },
      { a: 1, b: 2, widthM: 7, way: 2 },
    ],
  );
}

describe('sensitivity bands (HVM.md §3)', () => {
  it('the bands contain the nominal values, which do not change; the variants are recorded', () => {
    const s = straight(200);
    const zone = boxZone(s.projection, 0, -20, 40, 20);
    const r = analyseThreat(s, [zone], { classes: [car, artic], sensitivity: true });
    const plain = analyseThreat(s, [zone], { classes: [car, artic] });
    if (!r.ok || !plain.ok) throw new Error('analysis failed');
    expect(r.value[0]?.variants).toEqual([
      'power-low',
      'power-high',
      'grip-low',
      'grip-high',
      'start-high',
      'all-low',
      'all-high',
    ]);
    for (const [k, c] of (r.value[0]?.classes ?? []).entries()) {
      const p = plain.value[0]?.classes[k] as ClassThreat;
      expect(c.maxSpeedKmh).toBe(p.maxSpeedKmh);
      expect(c.entries.map((e) => e.speedKmh)).toEqual(p.entries.map((e) => e.speedKmh));
      const band = c.band;
      expect(band?.lowKmh).toBeLessThanOrEqual(c.maxSpeedKmh);
      expect(band?.highKmh).toBeGreaterThanOrEqual(c.maxSpeedKmh);
      expect(band?.lowKJ).toBeLessThanOrEqual(c.maxEnergyKJ + 1e-9);
      expect(band?.highKJ).toBeGreaterThanOrEqual(c.maxEnergyKJ - 1e-9);
      for (const e of c.entries) {
        expect(e.band?.lowKmh).toBeLessThanOrEqual(e.speedKmh);
        expect(e.band?.highKmh).toBeGreaterThanOrEqual(e.speedKmh);
      }
      expect(c.variants?.map((v) => v.variant)).toEqual(r.value[0]?.variants);
    }
    expect(plain.value[0]?.classes[0]?.band).toBeUndefined();
  });

  it('more power never lowers the high end', () => {
    const s = corner();
    const zone = boxZone(s.projection, -20, 0, 20, 40);
    let last = 0;
    for (const factor of [0.6, 0.8, 1, 1.3, 2]) {
      const c = run(s, zone, { ...artic, powerKw: artic.powerKw * factor });
      expect(c.band?.highKmh).toBeGreaterThanOrEqual(last - 1e-9);
      last = c.band?.highKmh ?? 0;
    }
  });

  it('power alone: a straight run-up is faster with more power, grip changes nothing', () => {
    const s = straight(200);
    const c = run(s, boxZone(s.projection, 0, -20, 40, 20), artic);
    expect(variant(c, 'power-high')).toBeGreaterThan(c.maxSpeedKmh + 1);
    expect(variant(c, 'power-low')).toBeLessThan(c.maxSpeedKmh - 1);
    // Grip only enters through the U-turn at the dead end behind (turning there and coming back).
    expect(Math.abs(variant(c, 'grip-high') - c.maxSpeedKmh)).toBeLessThan(0.5);
    expect(Math.abs(variant(c, 'grip-low') - c.maxSpeedKmh)).toBeLessThan(0.5);
  });

  it('grip alone: behind a corner the speed scales with the square root of the grip', () => {
    const s = corner();
    const c = run(s, boxZone(s.projection, -20, 0, 20, 40), car);
    const cap = bendCap(car, Math.PI / 2, 7) * 3.6;
    expect(c.maxSpeedKmh).toBeGreaterThanOrEqual(cap);
    expect(c.maxSpeedKmh).toBeLessThan(cap + 3);
    expect(variant(c, 'grip-high') / c.maxSpeedKmh).toBeCloseTo(Math.sqrt(0.9 / 0.8), 1);
    expect(variant(c, 'grip-low') / c.maxSpeedKmh).toBeCloseTo(Math.sqrt(0.6 / 0.8), 1);
    // Trucks keep their own grip, scaled the same way (0.35 g → 0.2625 g and 0.39 g).
    const t = run(s, boxZone(s.projection, -20, 0, 20, 40), artic);
    const tv = t.variants?.find((v) => v.variant === 'grip-low');
    expect(tv?.lateralG).toBeCloseTo(0.35 * 0.75, 9);
  });

  it('start speed alone: a rolling start beats standstill on a short run-up', () => {
    const s = straight(20);
    const c = run(s, boxZone(s.projection, 0, -20, 40, 20), car);
    // From standstill (or turning at the dead end behind): well below 50 km/h.
    expect(c.maxSpeedKmh).toBeLessThan(48);
    // Rolling at 50 km/h at the node 10 m before the zone (it came straight through it).
    expect(variant(c, 'start-high')).toBeCloseTo(accelerate(car, 50 / 3.6, 10) * 3.6, 0);
    expect(variant(c, 'start-high')).toBeGreaterThan(c.maxSpeedKmh + 5);
    expect(variant(c, 'power-high')).toBeLessThan(variant(c, 'start-high'));
    expect(c.band?.highKmh).toBeGreaterThanOrEqual(variant(c, 'start-high'));
  });
});
