import { describe, expect, it } from 'vitest';
import { areaPath, linePath, niceStep, niceTicks, scale } from './CrowdChartScale.ts';

describe('chart ticks', () => {
  it('step on 1, 2, 5 × a power of ten', () => {
    expect(niceStep(93)).toBe(20);
    expect(niceStep(50)).toBe(10);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });

  it('run from 0 to at least the maximum', () => {
    expect(niceTicks(93)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('paths', () => {
  const sx = scale(10, 0, 100);
  const sy = scale(50, 100, 0);

  it('map data onto the box (y up)', () => {
    expect(sx(5)).toBe(50);
    expect(sy(50)).toBe(0);
    expect(scale(0, 3, 9)(4)).toBe(3);
  });

  it('draw the line and the area under it', () => {
    expect(linePath([0, 5, 10], [50, 25, 0], sx, sy)).toBe('M0.0,0.0 L50.0,50.0 L100.0,100.0');
    expect(areaPath([0, 10], [50, 0], sx, sy)).toBe('M0.0,100.0 L0.0,0.0 L100.0,100.0 L100.0,100.0 Z');
    expect(linePath([], [], sx, sy)).toBe('');
  });
});
