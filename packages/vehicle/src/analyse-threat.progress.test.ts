import { describe, expect, it } from 'vitest';
import { analyseThreat } from './analyse-threat.ts';
import { boxZone, testSite } from './test-graph.ts';
import { DEFAULT_VEHICLE_CLASSES } from './vehicle-class.ts';

describe('progress of a threat analysis', () => {
  const pts: [number, number][] = [];
  for (let x = -200; x <= 20; x += 10) pts.push([x, 0]);
  const site = testSite(
    pts,
    pts.slice(1).map((_, i) => ({ a: i, b: i + 1, widthM: 7, way: 1 })),
  );
  const zone = boxZone(site.projection, 0, -20, 40, 20);

  it('reports after every search, with fractions that only grow and end at 1', () => {
    const reports: { fraction: number; phase: string }[] = [];
    const r = analyseThreat(site, [zone], {
      networkEdge: false,
      sensitivity: true,
      onProgress: (fraction, phase) => reports.push({ fraction, phase }),
    });
    expect(r.ok).toBe(true);
    // One report before the first search, then one per class and per sensitivity variant of each class.
    const variants = r.ok ? (r.value[0]?.variants?.length ?? 0) : 0;
    expect(variants).toBeGreaterThan(0);
    expect(reports).toHaveLength(1 + DEFAULT_VEHICLE_CLASSES.length * (1 + variants));
    for (let i = 1; i < reports.length; i++)
      expect(reports[i]!.fraction).toBeGreaterThan(reports[i - 1]!.fraction);
    expect(reports[0]!.fraction).toBe(0);
    expect(reports.at(-1)!.fraction).toBe(1);
    expect(reports[1]!.phase).toBe('car');
  });
});
