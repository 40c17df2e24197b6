import type { LngLat, PlanFeature } from '@pactesur/contracts';
import type { Feature, FeatureCollection } from 'geojson';
import { FONT_REGULAR } from '../../../map/baseStyle.ts';
import type { MapOverlay } from '../../../map/overlay.ts';

/** The layer of the plan's areas (zones and structures) a map counts as drawn (`data-rendered-marks`). */
export const PLAN_FILL = 'event-plan-fill';

/**
 * The plan's colours, each said in words in the legend and the list: the audience in blue, what is taken
 * off the area in greys, restricted zones in red, ways out in green, vehicle barriers in dark red.
 */
export const PLAN_COLOURS = {
  audience: '#1d4ed8',
  'no-view': '#64748b',
  restricted: '#b42318',
  structure: '#334155',
  exit: '#047857',
  route: '#7c3aed',
  barrier: '#7a1a12',
  screening: '#b45309',
  point: '#0f766e',
  selected: '#f59e0b',
  draft: '#0f766e',
} as const;

/** The colour of a feature on the map and in the legend. */
export function featureColour(f: PlanFeature): string {
  switch (f.type) {
    case 'zone':
      return PLAN_COLOURS[f.use];
    case 'structure':
      return PLAN_COLOURS.structure;
    case 'exit':
      return PLAN_COLOURS.exit;
    case 'route':
      return PLAN_COLOURS.route;
    case 'vehicle-barrier':
      return PLAN_COLOURS.barrier;
    case 'screening':
      return PLAN_COLOURS.screening;
    case 'point':
      return PLAN_COLOURS.point;
  }
}

const coords = (points: readonly LngLat[]) => points.map((p) => [p[0], p[1]]);

/** A feature of the plan as GeoJSON: its id, label, colour and whether it is the selected one. */
function geojsonOf(f: PlanFeature, selectedId: string | null): Feature {
  const properties = {
    id: f.id,
    label: f.name || f.id,
    colour: featureColour(f),
    selected: f.id === selectedId,
    kind: f.type,
  };
  switch (f.type) {
    case 'zone':
    case 'structure':
      return {
        type: 'Feature',
        properties,
        geometry: { type: 'Polygon', coordinates: f.polygon.coordinates.map(coords) },
      };
    case 'exit':
      return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: coords(f.line) } };
    case 'route':
    case 'vehicle-barrier':
      return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: coords(f.path) } };
    case 'screening':
    case 'point':
      return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [f.at[0], f.at[1]] } };
  }
}

const byColour = ['get', 'colour'] as unknown as string;
const isSelected = ['get', 'selected'];

/**
 * The site plan drawn over the site: zones and structures as fills with a firm edge, exits as thick green
 * segments, routes dashed, vehicle-barrier lines thick, points as dots, each named; the selected feature
 * outlined in amber. Pure.
 */
export function planOverlay(features: readonly PlanFeature[], selectedId: string | null = null): MapOverlay {
  // Areas first, so that lines and points are drawn over them.
  const order = (f: PlanFeature) => (f.type === 'zone' ? 0 : f.type === 'structure' ? 1 : 2);
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...features].sort((a, b) => order(a) - order(b)).map((f) => geojsonOf(f, selectedId)),
  };
  return {
    id: 'event-plan',
    data,
    layers: [
      {
        id: PLAN_FILL,
        type: 'fill',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': byColour, 'fill-opacity': 0.25 },
      },
      {
        id: 'event-plan-edge',
        type: 'line',
        filter: ['==', ['geometry-type'], 'Polygon'],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': ['case', isSelected, PLAN_COLOURS.selected, byColour] as unknown as string,
          'line-width': ['case', isSelected, 4, 2] as unknown as number,
        },
      },
      {
        id: 'event-plan-line-casing',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': ['case', isSelected, PLAN_COLOURS.selected, '#ffffff'] as unknown as string,
          'line-width': ['match', ['get', 'kind'], 'route', 7, 11] as unknown as number,
        },
      },
      {
        id: 'event-plan-line',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': byColour,
          'line-width': ['match', ['get', 'kind'], 'route', 3.5, 6] as unknown as number,
        },
      },
      {
        id: 'event-plan-points',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': byColour,
          'circle-radius': ['case', isSelected, 8, 6] as unknown as number,
          'circle-stroke-color': ['case', isSelected, PLAN_COLOURS.selected, '#ffffff'] as unknown as string,
          'circle-stroke-width': ['case', isSelected, 3, 2] as unknown as number,
        },
      },
      {
        id: 'event-plan-labels',
        type: 'symbol',
        minzoom: 16,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': FONT_REGULAR,
          'text-size': 12,
          'text-offset': [0, 1.1],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#17212b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** The points of a line or a point being placed (a polygon's draft is threat's `draftOverlay`). */
export function pointsDraftOverlay(points: readonly LngLat[]): MapOverlay {
  const features: Feature[] = points.map((p) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [p[0], p[1]] },
  }));
  if (points.length >= 2)
    features.unshift({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: coords(points) },
    });
  return {
    id: 'event-draft',
    data: { type: 'FeatureCollection', features },
    layers: [
      {
        id: 'event-draft-line',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': PLAN_COLOURS.draft, 'line-width': 3, 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'event-draft-points',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': PLAN_COLOURS.draft,
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  };
}
