import type { PlanFeature } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { audienceOutline, exitOnEdge, featurePoints, planBounds } from './planGeometry.ts';

const ring = (w: number, s: number, e: number, n: number): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const zone = (id: string, use: 'audience' | 'no-view', r: [number, number][]): PlanFeature => ({
  id,
  name: '',
  type: 'zone',
  use,
  polygon: { type: 'Polygon', coordinates: [r] },
});
const north = zone('zone-1', 'audience', ring(11.575, 48.137, 11.577, 48.138));
const south = zone('zone-2', 'audience', ring(11.575, 48.135, 11.577, 48.136));
const noView = zone('zone-3', 'no-view', ring(11.5755, 48.1372, 11.5756, 48.1373));

describe('the geometry of a plan', () => {
  it('takes the audience zones, and only them, as the area whose edge holds the exits', () => {
    expect(audienceOutline([north, noView, south])).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        north.type === 'zone' ? north.polygon.coordinates : [],
        south.type === 'zone' ? south.polygon.coordinates : [],
      ],
    });
    expect(audienceOutline([noView])).toBeNull();
  });

  it('puts an exit on the edge of the nearest audience zone', () => {
    const exit = exitOnEdge([north, south], [11.5758, 48.13601], [11.5759, 48.13599]);
    expect(exit.ok && exit.line.map((p) => p[1])).toEqual([48.136, 48.136]);
    // Clicks snap from anywhere; typed points from no further than the tolerance.
    expect(exitOnEdge([north], [11.576, 48.1375], [11.5762, 48.1375]).ok).toBe(false);
    expect(exitOnEdge([north], [11.576, 48.1375], [11.5762, 48.1375], Infinity).ok).toBe(true);
  });

  it('frames the features, or nothing for an empty plan', () => {
    const point: PlanFeature = {
      id: 'point-1',
      name: '',
      type: 'point',
      kind: 'medical',
      at: [11.58, 48.139],
      staff: 0,
    };
    expect(featurePoints(point)).toEqual([[11.58, 48.139]]);
    expect(planBounds([north, point])).toEqual([11.575, 48.137, 11.58, 48.139]);
    expect(planBounds([])).toBeNull();
  });
});
