import { describe, expect, it } from 'vitest';
import { analyseThreat } from './analyse-threat.ts';
import { testSite } from './test-graph.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import { parseZones } from './zone.ts';

const car = DEFAULT_VEHICLE_CLASSES[0] as VehicleClass;
const sq = (x0: number, y0: number, x1: number, y1: number, k = 1e-5): number[][] =>
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map(([x, y]) => [(x as number) * k, (y as number) * k]);

describe('zones with holes', () => {
  it('keeps the holes of a polygon and refuses a hole outside the zone', () => {
    const r = parseZones({ type: 'Polygon', coordinates: [sq(-100, -100, 100, 100), sq(-20, -20, 20, 20)] });
    expect(r.ok && r.value[0]?.holes?.length).toBe(1);
    const out = parseZones({
      type: 'Polygon',
      coordinates: [sq(-100, -100, 100, 100), sq(150, 150, 180, 180)],
    });
    expect(out.ok ? null : out.error.code).toBe('zone-invalid');
    const crossing = parseZones({
      type: 'Polygon',
      coordinates: [sq(-100, -100, 100, 100), sq(50, 50, 150, 150)],
    });
    expect(crossing.ok ? null : crossing.error.code).toBe('zone-invalid');
    const open = parseZones({
      type: 'Polygon',
      coordinates: [sq(-100, -100, 100, 100), sq(-20, -20, 20, 20).slice(0, 4)],
    });
    expect(open.ok ? null : open.error.code).toBe('zone-not-closed');
  });

  it('a vehicle on a courtyard road inside a hole hits the zone from inside', () => {
    // A 60 m road inside a 40 m × 100 m hole of a 200 m × 200 m zone; no road reaches the outer ring.
    const site = testSite(
      [
        [-10, -40],
        [-10, 10],
        [-10, 30],
      ],
      [
        { a: 0, b: 1, widthM: 5, way: 1 },
        { a: 1, b: 2, widthM: 5, way: 1 },
      ],
    );
    const ll = (pts: number[][]) =>
      pts.slice(0, 4).map(([x, y]) => site.projection.toLngLat([x, y] as never));
    const zone = {
      name: 'palace',
      ring: ll(sq(-100, -100, 100, 100, 1)),
      holes: [ll(sq(-20, -50, 20, 20, 1))],
    };
    const r = analyseThreat(site, [zone], { classes: [car] });
    if (!r.ok) throw new Error(r.error.message);
    const z = r.value[0];
    expect(z?.perimeterM).toBeCloseTo(800 + 220, 6);
    const c = z?.classes[0];
    expect(c?.maxSpeedKmh).toBeGreaterThan(30);
    // The hit lies on the hole's boundary (y = 20), beyond the outer ring's 800 m of perimeter.
    expect(c?.entries[0]?.atM).toBeGreaterThan(800);
    expect(c?.entries[0]?.at[1]).toBeCloseTo(site.projection.toLngLat([-10, 20] as never)[1], 9);
    const whole = analyseThreat(site, [{ name: 'palace', ring: zone.ring }], { classes: [car] });
    expect(whole.ok && whole.value[0]?.classes[0]?.maxSpeedKmh).toBe(0);
  });
});
