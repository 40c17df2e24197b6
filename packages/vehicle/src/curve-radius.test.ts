import { describe, expect, it } from 'vitest';
import { compileVehicleGraph } from './vehicle-graph.ts';
import { testSite } from './test-graph.ts';

describe('curveRadii', () => {
  it('takes a curve drawn with many nodes as one curve, and a sharp corner with the corner formula', () => {
    // A quarter circle of radius 30 m drawn every 10°, one way, 7 m corridor.
    const pts: [number, number][] = [[-100, 30]];
    for (let k = 0; k <= 9; k++) {
      const a = (k * Math.PI) / 18;
      pts.push([30 * Math.sin(a), 30 * Math.cos(a)]);
    }
    pts.push([30, -100]);
    const segs = pts.slice(1).map((_, i) => ({ a: i, b: i + 1, widthM: 7, way: 1 }));
    const vg = compileVehicleGraph({ ...testSite(pts, segs), barriers: [] });
    const radii = new Set(
      Array.from(vg.curveR)
        .filter((r) => !Number.isNaN(r))
        .map((r) => r.toFixed(6)),
    );
    // Both directions, every node: one radius.
    expect(radii.size).toBe(1);
    const r = Number([...radii][0]);
    // The cut arc of a 90° curve of centreline radius 30 m in a 7 m corridor: Ri + w/(1 − cos 45°) ≈ 50 m.
    // Never below it (that would under-estimate a speed), and within 30 % above it.
    const truth = 30 - 3.5 + 7 / (1 - Math.cos(Math.PI / 4));
    expect(r).toBeGreaterThanOrEqual(truth);
    expect(r).toBeLessThan(1.3 * truth);
    // Far from the per-node corner formula, which would let the curve be taken at motorway speed.
    expect(r).toBeLessThan(7 / (1 - Math.cos(Math.PI / 36)) / 10);
    const corner = compileVehicleGraph({
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
    const sharp = Array.from(corner.curveR).filter((x) => !Number.isNaN(x));
    expect(sharp).toHaveLength(2);
    for (const x of sharp) expect(x).toBeCloseTo(7 / (1 - Math.cos(Math.PI / 4)), 9);
  });
});
