import { describe, expect, it } from 'vitest';
import type { LocalProjection } from '@pactesur/geo';
import { analyseThreat } from './analyse-threat.ts';
import { kmh } from './motion.ts';
import { bollard, testSite, type TestSegment, type TestSite } from './test-graph.ts';
import type { ClassThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import type { Zone } from './zone.ts';

/** Mulberry32: a small seeded PRNG so every case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const classes: readonly VehicleClass[] = DEFAULT_VEHICLE_CLASSES.filter(
  (c) => c.id === 'car' || c.id === 'artic-40t',
);

function square(projection: LocalProjection, half: number): Zone {
  const corners = [
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
  ] as const;
  return { name: 'centre', ring: corners.map(([x, y]) => projection.toLngLat([x, y] as never)) };
}

interface Case {
  readonly points: [number, number][];
  readonly segments: TestSegment[];
  readonly extra: TestSegment;
  readonly barrierNode: number;
}

function generate(seed: number): Case {
  const rnd = prng(seed);
  const n = 6 + Math.floor(rnd() * 10);
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) points.push([(rnd() - 0.5) * 300, (rnd() - 0.5) * 300]);
  const segments: TestSegment[] = [];
  const edge = (): TestSegment => {
    const a = Math.floor(rnd() * n);
    let b = Math.floor(rnd() * (n - 1));
    if (b >= a) b++;
    return { a, b, widthM: 3 + rnd() * 10, way: 100 + segments.length };
  };
  // Segments i → i−1 or a random earlier node; runs of them share a way, so curves form along ways.
  for (let i = 1; i < n; i++)
    segments.push({
      a: i,
      b: rnd() < 0.7 ? i - 1 : Math.floor(rnd() * i),
      widthM: 3 + rnd() * 10,
      way: Math.floor(i / 4),
    });
  const more = Math.floor(rnd() * n);
  for (let i = 0; i < more; i++) segments.push(edge());
  return { points, segments, extra: edge(), barrierNode: Math.floor(rnd() * n) };
}

function run(site: TestSite): readonly ClassThreat[] {
  const r = analyseThreat(site, [square(site.projection, 30)], { classes });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value[0] as { classes: readonly ClassThreat[] }).classes;
}

const speeds = (r: readonly ClassThreat[]): number[][] =>
  r.map((c) => c.points.map((p) => p.hit?.speedKmh ?? 0));

describe('the threat search on generated graphs', () => {
  const cases = Array.from({ length: 300 }, (_, i) => i + 1);

  it('adding an edge never lowers any result, adding a barrier never raises one', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const seed of cases) {
      const c = generate(seed);
      checked++;
      const base = speeds(run(testSite(c.points, c.segments)));
      const more = speeds(run(testSite(c.points, [...c.segments, c.extra])));
      const site0 = testSite(c.points, []);
      const barred = speeds(
        run(
          testSite(
            c.points,
            c.segments,
            [bollard(site0.projection, ...(c.points[c.barrierNode] as [number, number]))],
            new Map([[c.barrierNode, 0]]),
          ),
        ),
      );
      base.forEach((row, k) =>
        row.forEach((v, i) => {
          if ((more[k]?.[i] ?? 0) < v - 1e-9) broken.push(`seed ${seed}: edge lowered point ${i}`);
          if ((barred[k]?.[i] ?? 0) > v + 1e-9) broken.push(`seed ${seed}: barrier raised point ${i}`);
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('no speed exceeds the class maximum and every reported path is a real path of the graph', () => {
    const broken: string[] = [];
    let hits = 0;
    for (const seed of cases) {
      const c = generate(seed);
      const site = testSite(c.points, c.segments);
      const g = site.graph;
      for (const [k, r] of run(site).entries()) {
        const cls = classes[k] as VehicleClass;
        for (const h of [...r.entries, ...r.points.flatMap((p) => (p.hit ? [p.hit] : []))]) {
          hits++;
          if (h.speedKmh > cls.vMaxKmh + 1e-9) broken.push(`seed ${seed}: ${h.speedKmh} > ${cls.vMaxKmh}`);
          if (h.speedKmh / 3.6 > kmh(cls.vMaxKmh) + 1e-9) broken.push(`seed ${seed}: over limiter`);
          if (h.path.length !== h.edges.length + 1) broken.push(`seed ${seed}: path length`);
          for (let i = 0; i + 1 < h.edges.length; i++) {
            const e = h.edges[i] as number;
            const f = h.edges[i + 1] as number;
            const from = g.targets[e] as number;
            if (f < (g.offsets[from] as number) || f >= (g.offsets[from + 1] as number))
              broken.push(`seed ${seed}: edges ${e} → ${f} are not consecutive`);
          }
          if (h.runUpM < 0 || h.runUpM > 1e6) broken.push(`seed ${seed}: run-up ${h.runUpM}`);
        }
      }
    }
    expect(hits).toBeGreaterThan(100);
    expect(broken.slice(0, 5)).toEqual([]);
  });
});
