import type { FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LngLatBounds } from './baseMap.ts';
import { renderedBasemap, renderedCount, viewBounds } from './mapReport.ts';
import type { MapReport, MapStatus } from './useMap.ts';

/** What a map of points reports once its view has settled. */
export interface PointsMapState {
  /** Points drawn in the view. */
  readonly renderedPoints: number;
  /** Countries of the basemap drawn in the view. */
  readonly renderedBasemap: number;
  /** The view's west, south, east, north. */
  readonly bounds: string;
}

/** Every point carries the colour it is drawn in. */
export interface PointProperties {
  readonly colour: string;
}

/** The items that have a place, as GeoJSON points with their properties; the others are left out. */
export function pointFeatures<T, P extends PointProperties>(
  items: readonly T[],
  place: (item: T) => readonly [number, number] | null,
  properties: (item: T) => P,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: items.flatMap((item) => {
      const at = place(item);
      return at
        ? [
            {
              type: 'Feature' as const,
              properties: properties(item),
              geometry: { type: 'Point' as const, coordinates: [at[0], at[1]] },
            },
          ]
        : [];
    }),
  };
}

/** West, south, east, north of the points, or null without any. */
export function pointsBounds(points: FeatureCollection<Point>): LngLatBounds | null {
  if (points.features.length === 0) return null;
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const f of points.features) {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
  }
  return [w, s, e, n];
}

export interface PointsLayerOptions {
  /** The id of the layer and of its source. */
  readonly id: string;
  /** The points as they are when the map has loaded (later ones go to the source's `setData`). */
  readonly points: () => FeatureCollection<Point, PointProperties>;
  /** The property that identifies a point for `setFeatureState`. */
  readonly promoteId?: string;
  /** How the circles are drawn, besides their colour. */
  readonly paint: Omit<NonNullable<CircleLayerSpecification['paint']>, 'circle-color'>;
  /** The property of a point that a click on it hands to `onPoint`. */
  readonly property: string;
  readonly onPoint: (value: string) => void;
  /** Once the points are in and the view has settled: what is drawn and where the view is. */
  readonly onState: (state: PointsMapState) => void;
}

/**
 * Points on a map, a circle each in its `colour`, added once the map has loaded (before the load
 * listeners registered after this call run): a click on one hands its `property` to `onPoint`, the
 * pointer shows over them, and each settled view is reported to `onState`.
 */
export function addPointsLayer(map: MapLibreMap, options: PointsLayerOptions): void {
  const { id, property, onPoint, onState } = options;
  map.on('load', () => {
    map.addSource(id, {
      type: 'geojson',
      data: options.points(),
      ...(options.promoteId ? { promoteId: options.promoteId } : {}),
    });
    map.addLayer({
      id,
      type: 'circle',
      source: id,
      paint: { 'circle-color': ['get', 'colour'], ...options.paint },
    });
  });
  map.on('idle', () => {
    if (!map.getLayer(id)) return;
    onState({
      renderedPoints: renderedCount(map, [id]),
      renderedBasemap: renderedBasemap(map),
      bounds: viewBounds(map),
    });
  });
  map.on('click', id, (e) => {
    const value: unknown = e.features?.[0]?.properties[property];
    if (typeof value === 'string') onPoint(value);
  });
  map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
}

/** The `data-…` attributes of a map of points: points and basemap countries drawn, and the view's bounds. */
export function pointsReport(state: MapStatus<PointsMapState>): MapReport {
  const loaded = state.status === 'loaded';
  return {
    'data-rendered-points': loaded ? state.renderedPoints : 0,
    'data-rendered-basemap': loaded ? state.renderedBasemap : 0,
    'data-bounds': loaded ? state.bounds : undefined,
  };
}
