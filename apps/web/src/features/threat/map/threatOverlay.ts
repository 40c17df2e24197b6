import type { ClassThreat, Polygon } from '@pactesur/contracts';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';
import { entryPathFeatures, entryStretch, perimeterPointFeatures } from './threatFeatures.ts';

/** Colours of the threat map besides the speed ramp (also used by the legend). */
export const THREAT_COLOURS = {
  zone: '#1d4ed8',
  selected: '#6d28d9',
  casing: '#ffffff',
  pointEdge: '#3b4450',
  /** A dark edge that sets the worst paths apart from the (orange) main streets of the base map. */
  pathCasing: '#2a1a12',
} as const;

/** The layer of the perimeter points: what a test counts as drawn. */
export const THREAT_POINT_LAYER = 'threat-points';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const collection = (features: readonly (Feature | null)[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.filter((f) => f !== null),
});

/** The protected zone: a light fill and a firm dashed edge. */
export function zoneOverlay(zone: Polygon | null): MapOverlay {
  return {
    id: 'threat-zone',
    data: zone ? collection([{ type: 'Feature', properties: {}, geometry: zone }]) : EMPTY,
    layers: [
      {
        id: 'threat-zone-fill',
        type: 'fill',
        paint: { 'fill-color': THREAT_COLOURS.zone, 'fill-opacity': 0.08 },
      },
      {
        id: 'threat-zone-line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': THREAT_COLOURS.zone, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
      },
    ],
  };
}

/**
 * The threat of one class to the zone, as four overlays always present (empty without data, so that a map
 * keeps their layers in order): the zone, the worst paths coloured by speed on a dark casing, the perimeter points coloured by
 * impact speed (grey where the class does not get), and the selected entry's path and stretch on top.
 * Pure: a description for MapLibre.
 */
export function threatOverlays(
  zone: Polygon | null,
  threat: ClassThreat | null,
  selected: number | null,
): readonly MapOverlay[] {
  const entry = threat && selected !== null ? threat.entries[selected] : undefined;
  const selectedPath: Feature | null =
    entry && entry.path.length >= 2
      ? {
          type: 'Feature',
          properties: { part: 'path' },
          geometry: { type: 'LineString', coordinates: entry.path.map((p) => [...p]) },
        }
      : null;
  const stretch = threat && selected !== null ? entryStretch(threat, selected) : null;
  const origin: Feature | null = entry
    ? {
        type: 'Feature',
        properties: { part: 'origin' },
        geometry: { type: 'Point', coordinates: [...entry.origin] },
      }
    : null;
  const isPart = (part: string) => ['==', ['get', 'part'], part] as unknown as ['==', string, string];
  return [
    zoneOverlay(zone),
    {
      id: 'threat-paths',
      data: threat ? entryPathFeatures(threat) : EMPTY,
      layers: [
        {
          id: 'threat-paths-casing',
          type: 'line',
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': THREAT_COLOURS.pathCasing,
            'line-width': ['interpolate', ['linear'], ['zoom'], 14, 2.6, 18, 5.5],
            'line-opacity': 0.55,
          },
        },
        {
          id: 'threat-paths',
          type: 'line',
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': ['get', 'colour'] as unknown as string,
            'line-width': ['interpolate', ['linear'], ['zoom'], 14, 1.2, 18, 3],
            'line-opacity': 0.9,
          },
        },
      ],
    },
    {
      id: 'threat-points',
      data: threat ? perimeterPointFeatures(threat) : EMPTY,
      layers: [
        {
          id: THREAT_POINT_LAYER,
          type: 'circle',
          paint: {
            'circle-color': ['get', 'colour'] as unknown as string,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 2, 17, 4.5, 19, 7],
            'circle-stroke-color': THREAT_COLOURS.pointEdge,
            'circle-stroke-width': 0.6,
          },
        },
      ],
    },
    {
      id: 'threat-selected',
      data: collection([
        selectedPath,
        stretch
          ? { ...stretch, properties: { part: stretch.geometry.type === 'Point' ? 'at' : 'stretch' } }
          : null,
        origin,
      ]),
      layers: [
        {
          id: 'threat-selected-casing',
          type: 'line',
          filter: ['==', ['geometry-type'], 'LineString'],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': THREAT_COLOURS.casing,
            'line-width': ['case', isPart('stretch'), 11, 7] as unknown as number,
          },
        },
        {
          id: 'threat-selected-line',
          type: 'line',
          filter: ['==', ['geometry-type'], 'LineString'],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': THREAT_COLOURS.selected,
            'line-width': ['case', isPart('stretch'), 7, 4] as unknown as number,
          },
        },
        {
          id: 'threat-selected-points',
          type: 'circle',
          filter: ['==', ['geometry-type'], 'Point'],
          paint: {
            'circle-color': THREAT_COLOURS.selected,
            'circle-radius': 6,
            'circle-stroke-color': THREAT_COLOURS.casing,
            'circle-stroke-width': 2,
          },
        },
      ],
    },
  ];
}
