import { describe, expect, it } from 'vitest';
import { testSite } from './test-graph.ts';
import { arcRadius, cornerRadius } from './turn-radius.ts';
import { compileVehicleGraph } from './vehicle-graph.ts';

/** A quarter circle of radius 30 m drawn every `stepDeg`, with 100 m straights before and after. */
function quarter(stepDeg: number, ways: (i: number) => number) {
  const pts: [number, number][] = [[-100, 30]];
  for (let a = 0; a <= 90 + 1e-9; a += stepDeg) {
    const r = (a * Math.PI) / 180;
    pts.push([30 * Math.sin(r), 30 * Math.cos(r)]);
  }
  pts.push([30, -100]);
  const segs = pts.slice(1).map((_, i) => ({ a: i, b: i + 1, widthM: 7, way: ways(i) }));
  return compileVehicleGraph({ ...testSite(pts, segs), barriers: [] });
}

const radii = (vg: ReturnType<typeof quarter>): number[] =>
  Array.from(vg.turnR).filter((r) => Number.isFinite(r) && r > 3.5 + 1e-9);

describe('turning radii over windows of cumulative deflection', () => {
  // The racing line through a 90° curve of centreline radius 30 m in a 7 m corridor.
  const truth = 30 - 3.5 + 7 / (1 - Math.cos(Math.PI / 4));

  it('takes a curve drawn with many nodes at the radius of the whole curve, never below it', () => {
    for (const step of [5, 10, 15, 30]) {
      const r = radii(quarter(step, () => 1));
      expect(Math.min(...r)).toBeGreaterThanOrEqual(truth - 1e-6);
      expect(Math.min(...r)).toBeLessThan(1.15 * truth);
      // Far from the per-node corner formula, which would let the curve be taken at motorway speed.
      expect(Math.min(...r)).toBeLessThan(cornerRadius((step * Math.PI) / 180, 7) / 3);
    }
  });

  it('sees a curve drawn as many short OSM ways joined end to end as one curve', () => {
    const one = Math.min(...radii(quarter(10, () => 1)));
    const split = Math.min(...radii(quarter(10, (i) => 100 + i)));
    expect(split).toBeCloseTo(one, 6);
    // The view along ways keeps working for callers that draw curves.
    const vg = quarter(10, () => 1);
    expect(Array.from(vg.curveR).some((r) => Math.abs(r - one) < 1e-6)).toBe(true);
  });

  it('takes a sharp corner with the corner formula, and a U-turn as a half circle', () => {
    const vg = compileVehicleGraph({
      ...testSite(
        [
          [-100, 0],
          [0, 0],
          [0, 100],
        ],
        [
          { a: 0, b: 1, widthM: 7, way: 1 },
          { a: 1, b: 2, widthM: 7, way: 1 },
        ],
      ),
      barriers: [],
    });
    const finite = Array.from(vg.turnR).filter((r) => Number.isFinite(r));
    expect(finite.filter((r) => Math.abs(r - 3.5) < 1e-9)).toHaveLength(4);
    const corners = finite.filter((r) => Math.abs(r - 3.5) > 1e-9);
    expect(corners).toHaveLength(2);
    for (const r of corners) expect(r).toBeCloseTo(cornerRadius(Math.PI / 2, 7), 4);
  });

  it('a hairpin far behind does not bound the speed on the straight after it', () => {
    // Hairpin (180°, radius 10 m) then 120 m straight with a slight same-way bend at its end.
    const pts: [number, number][] = [[0, -100]];
    for (let a = 0; a <= 180; a += 15) {
      const r = (a * Math.PI) / 180;
      pts.push([10 - 10 * Math.cos(r), 10 * Math.sin(r)]);
    }
    pts.push([20, -120], [25, -240]);
    const segs = pts.slice(1).map((_, i) => ({ a: i, b: i + 1, widthM: 7, way: 1 }));
    const vg = compileVehicleGraph({ ...testSite(pts, segs), barriers: [] });
    const g = vg.graph;
    // The transition at the node ending the straight, driven away from the hairpin.
    const end = pts.length - 2;
    for (let e = 0; e < g.edgeCount; e++) {
      if (g.targets[e] !== end || (vg.source[e] as number) !== end - 1) continue;
      for (let f = g.offsets[end] as number; f < (g.offsets[end + 1] as number); f++) {
        if (f === g.reverse[e]) continue;
        const k = (vg.turnOffset[e] as number) + f - (g.offsets[end] as number);
        expect(vg.turnR[k]).toBeGreaterThan(1000);
      }
    }
  });

  it('the arc formula is the racing line of an isolated curve', () => {
    // Rc + (w/2)(1 + cos(Θ/2))/(1 − cos(Θ/2)) for an evenly drawn arc (ends count half).
    const theta = Math.PI / 2;
    const r = arcRadius(theta, 30 * (theta - Math.PI / 18), Math.PI / 18, Math.PI / 18, 7);
    const c = Math.cos(theta / 2);
    expect(r).toBeCloseTo(30 + 3.5 * ((1 + c) / (1 - c)), 6);
  });
});
