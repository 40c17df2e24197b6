// Protected zones as GeoJSON (`pactesur vehicle threat --zone`, `pactesur protect plan --zone`, the API's
// drawn zones): `parseZones` answers the zones or a zone error, never an exception, within bounded time and
// memory. Corpus: fuzz/corpus/zone/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../fuzz/harness.mjs';
import { ringContains, segmentsCross, type XY } from '@pactesur/geo';
import { parseZones } from './zone.ts';

const PARSER = 'zone';
const entries = corpus(PARSER);
const seeds = entries.filter((e) => e.name.startsWith('seed-')).map((e) => JSON.parse(new TextDecoder().decode(e.bytes)) as unknown);
const ZONE_CODES = ['zone-invalid', 'zone-not-closed', 'zone-self-intersecting', 'zone-empty'];

function check(input: unknown): void {
  const r = parseZones(input);
  if (!r.ok) {
    expect(ZONE_CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    return;
  }
  expect(r.value.length).toBeGreaterThan(0);
  for (const zone of r.value) {
    expect(typeof zone.name).toBe('string');
    for (const ring of [zone.ring, ...(zone.holes ?? [])]) {
      expect(ring.length).toBeGreaterThanOrEqual(3);
      for (const [lon, lat] of ring) if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new Error(`corner ${lon}, ${lat} kept`);
    }
  }
}

const values = fc.oneof(
  { arbitrary: hostileJson, weight: 3 },
  { arbitrary: fc.constantFrom(180, -180, 90, -90, 180.0000001, 1e-12, 'Polygon', 'MultiPolygon', 'Feature', 'FeatureCollection', [0, 0], [[0, 0]], [4.7755, 51.5875]), weight: 2 },
);

/** A ring of random corners (crossing itself at will), closed or not, small or world-wide. */
const scrawl = fc
  .record({
    n: fc.integer({ min: 1, max: 300 }),
    span: fc.constantFrom(1e-9, 1e-4, 0.01, 180),
    closed: fc.boolean(),
    seed: fc.nat(),
  })
  .map(({ n, span, closed, seed }) => {
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const ring = Array.from({ length: n }, () => [Math.max(-180, Math.min(180, 4.77 + span * (rnd() - 0.5))), Math.max(-90, Math.min(90, 51.58 + (span / 2) * (rnd() - 0.5)))]);
    if (closed && ring[0]) ring.push(ring[0]);
    return { type: 'Polygon', coordinates: [ring] };
  });

/** A fine circle of `n` corners, with `holes` smaller circles inside: sizes where quadratic checks show. */
const circles = fc.record({ n: fc.integer({ min: 1000, max: 60_000 }), holes: fc.integer({ min: 0, max: 3 }), holeCorners: fc.integer({ min: 3, max: 20_000 }) }).map(({ n, holes, holeCorners }) => {
  const circle = (r: number, k: number, cx: number) => {
    const ring = Array.from({ length: k }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / k), 51.58 + r * Math.sin((2 * Math.PI * i) / k)]);
    ring.push(ring[0] as number[]);
    return ring;
  };
  return { type: 'Polygon', coordinates: [circle(0.01, n, 4.77), ...Array.from({ length: holes }, (_, h) => circle(0.001, holeCorners, 4.765 + 0.004 * h).reverse())] };
});

// ---------------------------------------------------------------------------------------------------------
// The checks as they were written first, every edge against every other: the indexed ones must agree.

type P = readonly [number, number];
function plane(ring: readonly P[], first: P): XY[] {
  const k = Math.cos((first[1] * Math.PI) / 180);
  return ring.map((p) => [p[0] * k, p[1]] as unknown as XY);
}
/** Distinct consecutive corners of a closed ring, without the closing one. */
function corners(coords: readonly P[]): P[] {
  const pts: P[] = [];
  for (const c of coords) {
    const prev = pts[pts.length - 1];
    if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) pts.push(c);
  }
  return pts.slice(0, -1);
}
function bruteSelfCrossing(p: readonly XY[]): number {
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const a = p[i] as XY;
    const b = p[(i + 1) % n] as XY;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const c = p[j] as XY;
      const d = p[(j + 1) % n] as XY;
      if (segmentsCross(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return i;
    }
  }
  return -1;
}
function bruteInside(b: readonly XY[], a: readonly XY[]): boolean {
  if (!b.every((p) => ringContains(a, p))) return false;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      const [p, q, r, t] = [a[i], a[(i + 1) % a.length], b[j], b[(j + 1) % b.length]] as XY[];
      if (segmentsCross(p![0], p![1], q![0], q![1], r![0], r![1], t![0], t![1])) return false;
    }
  return true;
}

const HOLE_BOX = [4.775, 51.587, 4.778, 51.589] as const;
const onLattice = ([u, v]: readonly [number, number]): P => [HOLE_BOX[0] + ((HOLE_BOX[2] - HOLE_BOX[0]) * u) / 8, HOLE_BOX[1] + ((HOLE_BOX[3] - HOLE_BOX[1]) * v) / 8];
/** A U-shaped outer ring: a hole with every corner inside can still cross its notch. */
const outerU: P[] = ([[0, 0], [8, 0], [8, 8], [6, 8], [6, 2], [2, 2], [2, 8], [0, 8], [0, 0]] as const).map(onLattice);
/** Closed rings of random corners on a coarse lattice (shared corners and collinear edges are likely). */
const latticeRing = (box: readonly [number, number, number, number], maxLength = 40) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { minLength: 3, maxLength }).map((pts) => {
    const ring = pts.map(([u, v]): P => [box[0] + ((box[2] - box[0]) * u) / 8, box[1] + ((box[3] - box[1]) * v) / 8]);
    return [...ring, ring[0] as P];
  });

describe('the indexed checks of parseZones agree with checking every pair of edges', () => {
  it('finds the same first self-crossing edge', () =>
    fuzz(PARSER, latticeRing([4.7755, 51.5875, 4.7775, 51.5885]), (ring) => {
      const r = parseZones({ type: 'Polygon', coordinates: [ring] });
      const pts = corners(ring);
      if (pts.length < 3) return;
      const want = bruteSelfCrossing(plane(pts, pts[0] as P));
      if (want >= 0) expect(r.ok ? 'ok' : r.error.message).toBe(`zone 1 crosses itself at its edge ${want + 1}`);
      else expect(!r.ok && r.error.code === 'zone-self-intersecting').toBe(false);
    }, { runs: 300, encode: (ring) => jsonBytes({ type: 'Polygon', coordinates: [ring] }), ext: '.geojson' }));

  it('finds the same holes inside and outside', () =>
    fuzz(PARSER, latticeRing(HOLE_BOX, 6), (hole) => {
      const r = parseZones({ type: 'Polygon', coordinates: [outerU, hole] });
      const pts = corners(hole);
      const alone = parseZones({ type: 'Polygon', coordinates: [hole] });
      if (pts.length < 3 || !alone.ok) return; // refused for itself, before being compared with the outer ring
      const want = bruteInside(plane(pts, outerU[0] as P), plane(corners(outerU), outerU[0] as P));
      expect(r.ok).toBe(want);
      if (!r.ok) expect(r.error.message).toBe("zone 1 hole 1 is not inside the zone's outer ring");
    }, { runs: 300, encode: (hole) => jsonBytes({ type: 'Polygon', coordinates: [outerU, hole] }), ext: '.geojson' }));
});

describe('parseZones on hostile GeoJSON', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) =>
    bounded(() => {
      let input: unknown;
      try {
        input = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return; // not JSON: the command line refuses it before parsing zones
      }
      check(input);
    }));

  it('accepts the seeds', () => {
    for (const seed of seeds) expect(parseZones(seed).ok).toBe(true);
  });

  it('answers zones or a zone error for mutations of valid zones', () =>
    fuzz(PARSER, fc.constantFrom(...seeds).chain((seed) => mutatedJson(seed, { values, maxRepeat: 3_000 })), check, {
      runs: 300,
      encode: jsonBytes,
      ext: '.geojson',
    }));

  it('answers zones or a zone error for scrawled rings and for fine circles with holes', () =>
    fuzz(PARSER, fc.oneof({ arbitrary: scrawl, weight: 5 }, { arbitrary: circles, weight: 1 }), check, { runs: 100, encode: jsonBytes, ext: '.geojson' }));

  it('answers a zone error for arbitrary JSON', () => fuzz(PARSER, hostileJson, check, { runs: 200, encode: jsonBytes, ext: '.geojson' }));
});
