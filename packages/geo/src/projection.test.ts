import { describe, expect, it } from 'vitest';
import { lngLat } from './lnglat.ts';
import { createLocalProjection } from './projection.ts';

describe('createLocalProjection', () => {
  it('matches the known length of a degree at 45°N (111 132 m of latitude, 78 847 m of longitude)', () => {
    const p = createLocalProjection(lngLat(0, 45));
    expect(p.ky).toBeCloseTo(111132, -1);
    expect(p.kx).toBeCloseTo(78847, -1);
  });
  it('round-trips points near the centre', () => {
    const p = createLocalProjection(lngLat(24.94, 60.17));
    const q = lngLat(24.951, 60.161);
    const back = p.toLngLat(p.toXY(q));
    expect(back[0]).toBeCloseTo(q[0], 10);
    expect(back[1]).toBeCloseTo(q[1], 10);
  });
  it('puts the centre at the origin and east at positive x', () => {
    const p = createLocalProjection(lngLat(11.5755, 48.1372));
    expect([...p.toXY(lngLat(11.5755, 48.1372))]).toEqual([0, 0]);
    const east = p.toXY(lngLat(11.5765, 48.1372));
    expect(east[0]).toBeGreaterThan(74);
    expect(east[0]).toBeLessThan(75);
  });
});
