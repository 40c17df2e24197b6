import { describe, expect, it } from 'vitest';
import {
  findCrossing,
  MAX_POLYGON_POINTS,
  parseCircle,
  parsePoint,
  parsePolygon,
  type LatLon,
} from './geometry.ts';

const ring = (points: string): readonly LatLon[] =>
  points.split(' ').map((p) => p.split(',').map(Number) as unknown as LatLon);

describe('points', () => {
  it('read latitude first, in range', () => {
    expect(parsePoint('43.6961,7.2718')).toEqual({ ok: true, point: [43.6961, 7.2718] });
    expect(parsePoint('-90,180')).toEqual({ ok: true, point: [-90, 180] });
    expect(parsePoint('+1.,.5')).toEqual({ ok: true, point: [1, 0.5] });
  });

  it.each([
    '7.2718;43.6961',
    '90.0001,0',
    '0,-180.5',
    '1e1,2',
    'NaN,1',
    'Infinity,0',
    '0x10,1',
    '1,2,3',
    ' 1,2',
    '١,٢',
    '',
  ])('refuse %j', (text) => {
    expect(parsePoint(text).ok).toBe(false);
  });
});

describe('polygons', () => {
  it('accept a closed ring, over any white space, with repeated corners', () => {
    const r = parsePolygon(' 0,0\n0,1\t1,1  1,1 1,0 0,0 ');
    expect(r.ok && r.points).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it.each([
    ['a bow tie', '0,0 1,1 0,1 1,0 0,0', 'crossing', /crosses itself/],
    ['a figure eight through one corner', '0,0 0,2 1,1 2,2 2,0 1,1 0,0', 'crossing', /crosses itself/],
    ['a corner on another edge', '0,0 0,4 4,4 4,0 3,0 2,4 1,0 0,0', 'crossing', /crosses itself/],
    ['edges lying on each other', '0,0 0,3 1,3 1,2 0,2 0,1 1,1 1,0 0,0', 'crossing', /crosses itself/],
    ['a spike', '0,0 0,2 1,1 0,2 2,2 2,0 0,0', 'crossing', /folds back on itself at 1,1/],
    ['a spike at the first corner', '2,0 0,0 0,1 1,1 1,0 2,0', 'crossing', /folds back on itself at 2,0/],
    ['a line', '0,0 0,1 0,2 0,0', 'crossing', /folds back/],
    ['a point', '1,1 1,1 1,1 1,1', 'invalid', /no area/],
    ['an open ring', '0,0 0,1 1,1 1,0', 'invalid', /not closed/],
    ['three points', '0,0 0,1 0,0', 'invalid', /3 points/],
    [
      'longitude first',
      '-120.14,38.47 -119.95,38.34 -119.74,38.52 -120.14,38.47',
      'invalid',
      /latitude -120.14/,
    ],
  ])('refuse %s', (_name, text, problem, message) => {
    const r = parsePolygon(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message).toMatch(message);
    }
  });

  it('accept shapes that only come close to themselves', () => {
    expect(parsePolygon('0,0 0,2 2,2 2,0 1.1,0 1.1,1.9 0.9,1.9 0.9,0.1 0,0').ok).toBe(true);
    expect(parsePolygon('0,0 0,1 1,1 1,0 0,0').ok).toBe(true);
    expect(findCrossing(ring('0,0 0,2 1,2 1,0 0,0'))).toBeNull();
  });

  it('refuse unread a polygon past the limit, and check one at it in well under a second', () => {
    const circle = (n: number): string => {
      const pts = Array.from(
        { length: n - 1 },
        (_, i) =>
          `${Math.sin((2 * Math.PI * i) / (n - 1)).toFixed(7)},${Math.cos((2 * Math.PI * i) / (n - 1)).toFixed(7)}`,
      );
      return [...pts, pts[0]].join(' ');
    };
    const over = parsePolygon(circle(MAX_POLYGON_POINTS + 1));
    expect(!over.ok && over.problem).toBe('too-large');
    const started = performance.now();
    expect(parsePolygon(circle(MAX_POLYGON_POINTS)).ok).toBe(true);
    // A valid sawtooth whose edges all overlap in longitude: the sweep cannot skip a pair (the worst case).
    const zig = Array.from(
      { length: MAX_POLYGON_POINTS - 3 },
      (_, i) => `${(i * 0.001).toFixed(3)},${i % 2 === 0 ? -10 : 10}`,
    );
    expect(parsePolygon([...zig, '20,11', '-1,11', zig[0]].join(' ')).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('circles', () => {
  it('read the centre and the radius in kilometres', () => {
    expect(parseCircle('32.9525,-115.5527 0')).toEqual({
      ok: true,
      centre: [32.9525, -115.5527],
      radiusKm: 0,
    });
    expect(parseCircle(' 43.7,7.25\n2.5 ')).toEqual({ ok: true, centre: [43.7, 7.25], radiusKm: 2.5 });
  });

  it.each([
    ['43.7,7.25', /1 part/],
    ['43.7,7.25 2 km', /3 parts/],
    ['43.7,7.25 -2', /radius/],
    ['43.7,7.25 1e3', /radius/],
    ['43.7,7.25 NaN', /radius/],
    ['7.25;43.7 2', /centre/],
    ['', /0 parts/],
  ])('refuse %j', (text, why) => {
    const r = parseCircle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });
});
