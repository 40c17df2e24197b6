import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  addPointsLayer,
  pointFeatures,
  pointsBounds,
  pointsReport,
  type PointsMapState,
} from './pointsLayer.ts';

interface Place {
  readonly id: string;
  readonly at: [number, number] | null;
}

const places: Place[] = [
  { id: 'nice', at: [7.26, 43.69] },
  { id: 'nowhere', at: null },
  { id: 'liege', at: [5.57, 50.63] },
];
const points = pointFeatures(
  places,
  (p) => p.at,
  (p) => ({ id: p.id, colour: '#0b4f8a' }),
);

/** The few calls of MapLibre a points layer makes, recorded; events are fired by hand. */
class FakeMap {
  readonly handlers = new Map<string, ((e: unknown) => void)[]>();
  readonly sources = new Map<string, unknown>();
  readonly layers = new Map<string, unknown>();
  readonly canvas = { style: { cursor: '' } };

  on(event: string, layerOrHandler: string | ((e: unknown) => void), handler?: (e: unknown) => void) {
    const key = typeof layerOrHandler === 'string' ? `${event}:${layerOrHandler}` : event;
    const listener = typeof layerOrHandler === 'string' ? handler : layerOrHandler;
    if (listener) this.handlers.set(key, [...(this.handlers.get(key) ?? []), listener]);
    return this;
  }
  fire(key: string, e: unknown = {}) {
    for (const listener of this.handlers.get(key) ?? []) listener(e);
  }
  addSource(id: string, source: unknown) {
    this.sources.set(id, source);
  }
  addLayer(layer: { id: string }) {
    this.layers.set(layer.id, layer);
  }
  getLayer(id: string) {
    return this.layers.get(id);
  }
  queryRenderedFeatures(options: { layers: string[] }) {
    return options.layers.includes('pins') ? points.features : [];
  }
  getBounds() {
    return { getWest: () => 5, getSouth: () => 43, getEast: () => 8, getNorth: () => 51 };
  }
  getCanvas() {
    return this.canvas;
  }
}

function drawn() {
  const fake = new FakeMap();
  const picked: string[] = [];
  const states: PointsMapState[] = [];
  addPointsLayer(fake as unknown as MapLibreMap, {
    id: 'pins',
    points: () => points,
    promoteId: 'id',
    paint: { 'circle-radius': 7 },
    property: 'id',
    onPoint: (id) => picked.push(id),
    onState: (state) => states.push(state),
  });
  return { fake, picked, states };
}

describe('pointFeatures', () => {
  it('makes a point of each item with a place, with its properties, and leaves the others out', () => {
    expect(points.features.map((f) => f.properties.id)).toEqual(['nice', 'liege']);
    expect(points.features[1]?.geometry.coordinates).toEqual([5.57, 50.63]);
  });
});

describe('pointsBounds', () => {
  it('bounds the points, or gives null without any', () => {
    expect(pointsBounds(points)).toEqual([5.57, 43.69, 7.26, 50.63]);
    const none: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
    expect(pointsBounds(none)).toBeNull();
  });
});

describe('addPointsLayer', () => {
  it('adds the points once the map has loaded, each circle in its colour', () => {
    const { fake } = drawn();
    expect(fake.layers.size).toBe(0);
    fake.fire('load');
    expect(fake.sources.get('pins')).toEqual({ type: 'geojson', data: points, promoteId: 'id' });
    expect(fake.layers.get('pins')).toEqual({
      id: 'pins',
      type: 'circle',
      source: 'pins',
      paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 7 },
    });
  });

  it('reports the settled view only once the points are in', () => {
    const { fake, states } = drawn();
    fake.fire('idle');
    expect(states).toEqual([]);
    fake.fire('load');
    fake.fire('idle');
    expect(states).toEqual([
      { renderedPoints: 2, renderedBasemap: 0, bounds: '5.0000,43.0000,8.0000,51.0000' },
    ]);
  });

  it('hands the property of the point clicked, and shows the pointer over the points', () => {
    const { fake, picked } = drawn();
    fake.fire('click:pins', { features: [{ properties: { id: 'liege' } }] });
    fake.fire('click:pins', { features: [] });
    expect(picked).toEqual(['liege']);
    fake.fire('mouseenter:pins');
    expect(fake.canvas.style.cursor).toBe('pointer');
    fake.fire('mouseleave:pins');
    expect(fake.canvas.style.cursor).toBe('');
  });
});

describe('pointsReport', () => {
  it('reports nothing drawn until the map is loaded', () => {
    expect(pointsReport({ status: 'loading' })).toEqual({
      'data-rendered-points': 0,
      'data-rendered-basemap': 0,
      'data-bounds': undefined,
    });
    expect(
      pointsReport({ status: 'loaded', renderedPoints: 3, renderedBasemap: 12, bounds: '1,2,3,4' }),
    ).toEqual({ 'data-rendered-points': 3, 'data-rendered-basemap': 12, 'data-bounds': '1,2,3,4' });
  });
});
