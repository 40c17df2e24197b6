import { describe, expect, it } from 'vitest';
import { lngLat, toLngLat } from './lnglat.ts';
import { xy, distance } from './xy.ts';

describe('toLngLat', () => {
  it('accepts valid coordinates and keeps their values', () => {
    const r = toLngLat(4.7765, 51.5881);
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.value]).toEqual([4.7765, 51.5881]);
  });
  it.each([
    [181, 0],
    [0, -90.5],
    [Number.NaN, 0],
    [0, Number.POSITIVE_INFINITY],
  ])('refuses %s, %s as a value', (lon, lat) => {
    const r = toLngLat(lon, lat);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('coordinate-out-of-range');
  });
  it('lngLat throws on a bug', () => {
    expect(() => lngLat(0, 100)).toThrow(RangeError);
  });
});

describe('xy', () => {
  it('measures distance and refuses non-finite values', () => {
    expect(distance(xy(0, 0), xy(3, 4))).toBe(5);
    expect(() => xy(Number.NaN, 1)).toThrow(RangeError);
  });
});
