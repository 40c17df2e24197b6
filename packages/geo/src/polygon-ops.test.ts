import { describe, expect, it } from 'vitest';
import { polygonArea, signedRingArea } from './area.ts';
import { polygonContains } from './contains.ts';
import { clipPolygon } from './clip.ts';
import { bufferPolyline, corridorPieces } from './buffer.ts';
import { coverageArea } from './coverage-area.ts';
import { segmentsCross } from './segments.ts';
import type { PolygonXY } from './polygon.ts';
import { xy } from './xy.ts';

const sq = (x: number, y: number, s: number): PolygonXY => ({
  outer: [xy(x, y), xy(x + s, y), xy(x + s, y + s), xy(x, y + s)],
  holes: [],
});

describe('area and containment', () => {
  it('computes signed and hole-aware areas', () => {
    expect(signedRingArea(sq(0, 0, 2).outer)).toBe(4);
    expect(signedRingArea([...sq(0, 0, 2).outer].reverse())).toBe(-4);
    expect(polygonArea({ outer: sq(0, 0, 10).outer, holes: [sq(1, 1, 2).outer] })).toBe(96);
  });
  it('tests containment with holes', () => {
    const p = { outer: sq(0, 0, 10).outer, holes: [sq(1, 1, 2).outer] };
    expect(polygonContains(p, xy(5, 5))).toBe(true);
    expect(polygonContains(p, xy(2, 2))).toBe(false);
    expect(polygonContains(p, xy(11, 5))).toBe(false);
  });
});

describe('clipPolygon', () => {
  it('cuts a square to a box', () => {
    const c = clipPolygon(sq(-5, -5, 10), [0, 0, 20, 20]);
    expect(c && polygonArea(c)).toBeCloseTo(25, 9);
    expect(clipPolygon(sq(30, 30, 1), [0, 0, 20, 20])).toBeNull();
  });
});

describe('buffers', () => {
  it('widens a straight line into a rectangle', () => {
    const b = bufferPolyline([xy(0, 0), xy(10, 0)], 1);
    expect(b && polygonArea(b)).toBeCloseTo(20, 9);
  });
  it('clamps the mitre at a hairpin', () => {
    const b = bufferPolyline([xy(0, 0), xy(10, 0), xy(0, 0.1)], 1);
    for (const p of b?.outer ?? []) expect(Math.hypot(p[0] - 10, p[1])).toBeLessThan(12);
  });
  it('splits a bent corridor into pieces whose union is the corridor', () => {
    const pieces = corridorPieces([xy(0, 0), xy(10, 0), xy(10, 10)], -1, 1);
    expect(pieces).toHaveLength(3);
    const a = coverageArea(pieces, [], { step: 0.01 });
    // two 10 × 2 strips overlapping in a 1 × 1 square (39 m²) plus the 0.5 m² bevel wedge at the corner
    expect(a).toBeCloseTo(39.5, 1);
  });
});

describe('coverageArea', () => {
  it('counts overlaps once and subtracts obstacles', () => {
    const a = coverageArea([sq(0, 0, 10), sq(5, 5, 10)], [sq(1, 1, 2)], { step: 0.05 });
    expect(a).toBeCloseTo(171, 1);
  });
  it('honours holes and a clip box', () => {
    const holed: PolygonXY = { outer: sq(0, 0, 10).outer, holes: [sq(4, 4, 2).outer] };
    expect(coverageArea([holed], [])).toBeCloseTo(96, 1);
    expect(coverageArea([sq(0, 0, 10)], [], { clip: [5, 5, 100, 100] })).toBeCloseTo(25, 1);
  });
  it('skips empty bands between far-apart shapes quickly', () => {
    const a = coverageArea([sq(0, 0, 1), sq(0, 1e6, 1)], [], { step: 0.01 });
    expect(a).toBeCloseTo(2, 2);
  });
  it('is zero for no input', () => {
    expect(coverageArea([], [sq(0, 0, 1)])).toBe(0);
  });
});

describe('segmentsCross', () => {
  it('detects proper crossings only', () => {
    expect(segmentsCross(0, 0, 2, 2, 0, 2, 2, 0)).toBe(true);
    expect(segmentsCross(0, 0, 1, 1, 1, 1, 2, 0)).toBe(false);
    expect(segmentsCross(0, 0, 1, 0, 0, 1, 1, 1)).toBe(false);
  });
});
