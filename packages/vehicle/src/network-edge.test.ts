import { describe, expect, it } from 'vitest';
import type { BBox } from '@pactesur/geo';
import { analyseThreat, type ThreatOptions } from './analyse-threat.ts';
import { bendCap } from './motion.ts';
import { networkEntryEdges } from './network-edge.ts';
import { SpeedTable } from './speed-table.ts';
import { testSite, type TestSite } from './test-graph.ts';
import type { ClassThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import type { Zone } from './zone.ts';

const car = DEFAULT_VEHICLE_CLASSES[0] as VehicleClass;
const artic = DEFAULT_VEHICLE_CLASSES.find((c) => c.id === 'artic-40t') as VehicleClass;

function run(site: TestSite & { clip: BBox }, c: VehicleClass, options: ThreatOptions = {}): ClassThreat {
  const ring = [
    [0, -20],
    [40, -20],
    [40, 20],
    [0, 20],
  ].map(([x, y]) => site.projection.toLngLat([x, y] as never));
  const zone: Zone = { name: 'zone', ring };
  const r = analyseThreat(site, [zone], { classes: [c], ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]?.classes[0] as ClassThreat;
}

/** A road from (-200, 0) straight to the zone; the data's area starts `gap` metres before its end. */
const road = (gap: number) => ({
  ...testSite(
    [
      [-200, 0],
      [-100, 0],
      [20, 0],
    ],
    [
      { a: 0, b: 1, widthM: 7, way: 1 },
      { a: 1, b: 2, widthM: 7, way: 1 },
    ],
  ),
  clip: [-200 - gap, -300, 300, 300] as const,
});

describe('entry from the network edge at traffic speed (HVM.md §1)', () => {
  it('a road cut by the data boundary is an origin at 50 km/h; without the option it starts from standstill', () => {
    const s = road(5);
    const t = SpeedTable.build(car);
    const on = run(s, car);
    expect(on.maxSpeedKmh).toBeCloseTo(t.after(50 / 3.6, 200) * 3.6, 1);
    expect(on.entries[0]?.originSpeedKmh).toBeCloseTo(50, 9);
    const off = run(s, car, { networkEdge: false });
    expect(off.maxSpeedKmh).toBeLessThan(on.maxSpeedKmh);
    expect(off.entries[0]?.originSpeedKmh).toBeLessThan(50);
  });

  it('a dead end well inside the data is not an entry', () => {
    const s = road(200);
    expect(run(s, car).maxSpeedKmh).toBeCloseTo(run(s, car, { networkEdge: false }).maxSpeedKmh, 9);
    expect(Array.from(networkEntryEdges(s.graph, s.clip)).every((x) => x === 0)).toBe(true);
  });

  it('the entry speed is capped by the class top speed and by the bends after it', () => {
    const s = road(5);
    const fast = run(s, artic, { edgeSpeedKmh: 200 });
    expect(fast.maxSpeedKmh).toBeLessThanOrEqual(artic.vMaxKmh + 1e-9);
    const bent = {
      ...testSite(
        [
          [-2, -200],
          [-2, -2],
          [20, -2],
        ],
        [
          { a: 0, b: 1, widthM: 7, way: 1 },
          { a: 1, b: 2, widthM: 7, way: 2 },
        ],
      ),
      clip: [-300, -205, 300, 300] as const,
    };
    const c = run(bent, car, { edgeSpeedKmh: 120 });
    const cap = bendCap(car, Math.PI / 2, 7);
    expect(c.maxSpeedKmh).toBeCloseTo(SpeedTable.build(car).after(cap, 2) * 3.6, 1);
  });

  it('every road out of a node outside the requested area is an entry', () => {
    const s = { ...road(5), clip: [-150, -300, 300, 300] as const };
    const entries = networkEntryEdges(s.graph, s.clip);
    const g = s.graph;
    for (let e = g.offsets[0] as number; e < (g.offsets[1] as number); e++) expect(entries[e]).toBe(1);
  });
});
