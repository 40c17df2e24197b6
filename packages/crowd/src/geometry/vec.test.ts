import { describe, expect, it } from 'vitest';
import { crossParam, distanceToRing, distanceToSegment, openRing, pointInRing, ringArea } from './vec.ts';

const square = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
] as const;

describe('ring helpers', () => {
  it('computes area and drops the closing point', () => {
    expect(openRing(square)).toHaveLength(4);
    expect(ringArea(square)).toBe(4);
    expect(ringArea([...square].reverse())).toBe(-4);
  });

  it('tells inside from outside', () => {
    expect(pointInRing(1, 1, square)).toBe(true);
    expect(pointInRing(3, 1, square)).toBe(false);
    expect(pointInRing(1, -0.1, square)).toBe(false);
  });

  it('measures distances to segments and rings', () => {
    expect(distanceToSegment(3, 0, 0, 0, 2, 0)).toBe(1);
    expect(distanceToRing(1, 0.5, square)).toBe(0.5);
  });

  it('finds crossings', () => {
    expect(crossParam(0, -1, 0, 3, -1, 0, 1, 0)).toBeCloseTo(0.25);
    expect(crossParam(0, 1, 0, 3, -1, 0, 1, 0)).toBe(-1);
  });
});
