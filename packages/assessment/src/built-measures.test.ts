import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from '@pactesur/contracts';
import { createLocalProjection, lngLat, xy } from '@pactesur/geo';
import { builtMeasures, type BarrierFeature } from './built-measures.ts';

// A square 100 m a side around Breda's Grote Markt, built in metres and turned into degrees.
const projection = createLocalProjection(lngLat(4.7765, 51.5881));
const at = (x: number, y: number): [number, number] => {
  const p = projection.toLngLat(xy(x, y));
  return [p[0], p[1]];
};
const ring = (h: number) => [at(-h, -h), at(h, -h), at(h, h), at(-h, h), at(-h, -h)];
const square: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(50)]] };
const point = (cls: string, x: number, y: number): BarrierFeature => ({
  class: cls,
  geometry: { type: 'Point', coordinates: at(x, y) },
});
const line = (cls: string, ...xys: [number, number][]): BarrierFeature => ({
  class: cls,
  geometry: { type: 'LineString', coordinates: xys.map(([x, y]) => at(x, y)) },
});

describe('builtMeasures', () => {
  it('counts barriers inside the outline or within 25 m of it, by class, and adds the plan', () => {
    const r = builtMeasures({
      outline: square,
      barriers: [
        point('bollard', 0, 0), // inside
        point('bollard', 60, 0), // 10 m east of the edge: counted
        point('bollard', 150, 0), // 100 m east of the edge: not counted
        point('bollard', 74, 74), // 24 × √2 ≈ 34 m from the corner, though within 25 m of both edges' lines: not counted
        line('wall', [200, 200], [70, 10]), // its second vertex is 20 m from the edge
        line('fence', [200, 200], [300, 300]), // far away
        point('gate', -50, 20), // on the edge
      ],
      plan: { measures: 3, costEur: 90_000 },
    });
    // bollard 2, then gate 1 and wall 1 in order of their names.
    expect(r.detail).toEqual({
      key: 'built-measures',
      osm: [
        { class: 'bollard', count: 2 },
        { class: 'gate', count: 1 },
        { class: 'wall', count: 1 },
      ],
      planMeasures: 3,
      planCostEur: 90_000,
    });
    expect(r.value).toBe(4 + 3);
  });

  it('does not count a barrier in a hole of the outline, away from its edge', () => {
    const holed: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(200), ring(100)]] };
    const r = builtMeasures({
      outline: holed,
      barriers: [point('bollard', 0, 0), point('bollard', 90, 0), point('bollard', 150, 0)],
      plan: null,
    });
    // (0, 0) is 100 m from the hole's edge; (90, 0) 10 m; (150, 0) is in the outline itself.
    expect(r.detail.osm).toEqual([{ class: 'bollard', count: 2 }]);
    expect(r.detail.planMeasures).toBeNull();
    expect(r.detail.planCostEur).toBeNull();
    expect(r.value).toBe(2);
  });

  it('skips junk geometry and values without failing', () => {
    const junk = [
      { class: 'bollard', geometry: { type: 'Point', coordinates: [Number.NaN, 51.5881] } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 0] } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: ['4.7765', '51.5881'] } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: [4.7765] } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: [4.7765, 95] } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: null } },
      { class: 'bollard', geometry: { type: 'Point', coordinates: 'here' } },
      { class: 'bollard', geometry: { type: 'Polygon', coordinates: [ring(10)] } },
      { class: 'bollard', geometry: { type: 'LineString', coordinates: [null, [1], 'x', {}] } },
      { class: 'bollard', geometry: { type: 'LineString', coordinates: { 0: at(0, 0) } } },
      { class: 'bollard', geometry: null },
      { class: 42, geometry: { type: 'Point', coordinates: at(0, 0) } },
      null,
      // One good vertex after junk ones still counts.
      { class: 'kerb', geometry: { type: 'LineString', coordinates: [[Number.NaN, 0], 'x', at(10, 10)] } },
    ] as unknown as BarrierFeature[];
    const r = builtMeasures({ outline: square, barriers: junk, plan: null });
    expect(r.detail.osm).toEqual([{ class: 'kerb', count: 1 }]);
    expect(r.value).toBe(1);
  });

  it('counts nothing around an outline without a valid point', () => {
    const empty = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [Number.NaN, 0],
            ['a', 'b'],
          ],
        ],
      ],
    } as unknown as MultiPolygon;
    const r = builtMeasures({
      outline: empty,
      barriers: [point('bollard', 0, 0)],
      plan: { measures: 2, costEur: 5_000 },
    });
    expect(r.detail.osm).toEqual([]);
    expect(r.value).toBe(2);
  });
});
