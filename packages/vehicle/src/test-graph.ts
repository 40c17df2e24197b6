import { createLocalProjection, lngLat, type LocalProjection } from '@pactesur/geo';
import { codeOf, type Barrier, type TraversableGraph } from '@pactesur/site';
import type { Zone } from './zone.ts';

/** An undirected segment of a hand-made graph: node indices, and a corridor width (NaN: class default). */
export interface TestSegment {
  readonly a: number;
  readonly b: number;
  readonly widthM?: number;
  /** OSM way id (default: one way per segment). */
  readonly way?: number;
}

/** A small site (graph, barriers, projection) built directly from points in metres, for tests. */
export interface TestSite {
  readonly graph: TraversableGraph;
  readonly barriers: readonly Barrier[];
  readonly projection: LocalProjection;
}

/**
 * Compiles points (site metres) and undirected segments into a {@link TraversableGraph} in CSR form with
 * twin edges, as the site package does; `nodeBarriers` maps a node to a barrier of `barriers`.
 *
 * @example
 * const s = testSite([[0, 0], [100, 0]], [{ a: 0, b: 1, widthM: 7 }]);
 */
export function testSite(
  points: readonly (readonly [number, number])[],
  segments: readonly TestSegment[],
  barriers: readonly Barrier[] = [],
  nodeBarriers: ReadonlyMap<number, number> = new Map(),
): TestSite {
  const projection = createLocalProjection(lngLat(0, 0));
  const n = points.length;
  const out: { from: number; to: number; seg: number }[] = [];
  segments.forEach((s, i) => {
    out.push({ from: s.a, to: s.b, seg: i }, { from: s.b, to: s.a, seg: i });
  });
  out.sort((p, q) => p.from - q.from || p.seg - q.seg || p.to - q.to);
  const m = out.length;
  const offsets = new Uint32Array(n + 1);
  for (const e of out) offsets[e.from + 1] = (offsets[e.from + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const x = Float64Array.from(points.map((p) => p[0]));
  const y = Float64Array.from(points.map((p) => p[1]));
  const ll = points.map((p) => projection.toLngLat([p[0], p[1]] as never));
  const targets = new Uint32Array(m);
  const lengthM = new Float32Array(m);
  const widthM = new Float32Array(m);
  const reverse = new Uint32Array(m);
  const bySeg = new Map<string, number>();
  out.forEach((e, k) => {
    targets[k] = e.to;
    const a = points[e.from] as readonly [number, number];
    const b = points[e.to] as readonly [number, number];
    lengthM[k] = Math.hypot(b[0] - a[0], b[1] - a[1]);
    widthM[k] = segments[e.seg]?.widthM ?? Number.NaN;
    bySeg.set(`${e.seg}:${e.from}`, k);
  });
  out.forEach((e, k) => {
    reverse[k] = bySeg.get(`${e.seg}:${e.to}`) as number;
  });
  const nodeBarrier = new Int32Array(n).fill(-1);
  for (const [v, b] of nodeBarriers) nodeBarrier[v] = b;
  const graph: TraversableGraph = {
    nodeCount: n,
    edgeCount: m,
    x,
    y,
    lon: Float64Array.from(ll.map((p) => p[0])),
    lat: Float64Array.from(ll.map((p) => p[1])),
    osmNodeId: Float64Array.from(points.map((_, i) => i + 1)),
    nodeBarrier,
    offsets,
    targets,
    lengthM,
    edgeClass: new Uint8Array(m).fill(codeOf('residential')),
    widthM,
    sidewalkM: new Float32Array(m).fill(0),
    flags: new Uint16Array(m),
    wayId: Float64Array.from(out.map((e) => segments[e.seg]?.way ?? 1_000_000 + e.seg)),
    reverse,
    edgeBarrier: new Int32Array(m).fill(-1),
  };
  return { graph, barriers, projection };
}

/**
 * A bollard without a tagged gap at a point (stops every class).
 *
 * @example
 * const b = bollard(projection, 10, 0);
 */
export function bollard(projection: LocalProjection, x: number, y: number): Barrier {
  const p = projection.toLngLat([x, y] as never);
  return {
    kind: 'bollard',
    value: 'bollard',
    source: { type: 'node', id: 1 },
    lngLat: [p],
    xy: [projection.toXY(p)],
    gapM: null,
    kerb: null,
  };
}

/**
 * A rectangular zone from (x0, y0) to (x1, y1) in site metres.
 *
 * @example
 * const zone = boxZone(site.projection, 0, -20, 40, 20);
 */
export function boxZone(p: LocalProjection, x0: number, y0: number, x1: number, y1: number): Zone {
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ].map(([x, y]) => p.toLngLat([x, y] as never));
  return { name: 'zone', ring };
}
