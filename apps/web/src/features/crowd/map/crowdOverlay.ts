import type { CrowdExit, LngLat } from '@pactesur/contracts';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';
import { DENSITY_COLOURS, type DensityCell } from './crowdDensity.ts';
import type { Positions } from './crowdFrames.ts';

/** Colours of the crowd maps: exits in green (a way out), people in dark blue. */
export const CROWD_COLOURS = { exit: '#047857', pending: '#0f766e', people: '#1e3a8a' } as const;

/** Layers the maps count (`data-rendered-marks`). */
export const CROWD_EXIT_LAYER = 'crowd-exit-line';
export const CROWD_PEOPLE_LAYER = 'crowd-people';
export const CROWD_DENSITY_LAYER = 'crowd-density-fill';

/** The exits drawn (thick green segments, their ends marked) and the first point of one being drawn. */
export function exitsOverlay(exits: readonly CrowdExit[], pending: LngLat | null = null): MapOverlay {
  const features: Feature[] = [];
  for (const e of exits) {
    features.push({
      type: 'Feature',
      properties: { id: e.id, kind: 'exit' },
      geometry: { type: 'LineString', coordinates: e.line.map((p) => [...p]) },
    });
    for (const p of e.line)
      features.push({
        type: 'Feature',
        properties: { kind: 'end' },
        geometry: { type: 'Point', coordinates: [...p] },
      });
  }
  if (pending)
    features.push({
      type: 'Feature',
      properties: { kind: 'pending' },
      geometry: { type: 'Point', coordinates: [...pending] },
    });
  const data: FeatureCollection = { type: 'FeatureCollection', features };
  return {
    id: 'crowd-exits',
    data,
    layers: [
      {
        id: 'crowd-exit-casing',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 12 },
      },
      {
        id: CROWD_EXIT_LAYER,
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': CROWD_COLOURS.exit, 'line-width': 7 },
      },
      {
        id: 'crowd-exit-points',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': [
            'case',
            ['==', ['get', 'kind'], 'pending'],
            CROWD_COLOURS.pending,
            CROWD_COLOURS.exit,
          ] as unknown as string,
          'circle-radius': ['case', ['==', ['get', 'kind'], 'pending'], 7, 4] as unknown as number,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  };
}

/** The heat map of a frame: its cells at or above 2 persons/m², yellow, orange or red by class. */
export function densityOverlay(cells: readonly DensityCell[]): MapOverlay {
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: cells.map((c) => ({
      type: 'Feature',
      properties: { level: c.level, density: c.density },
      geometry: { type: 'Polygon', coordinates: [c.ring.map((p) => [...p])] },
    })),
  };
  return {
    id: 'crowd-density',
    data,
    layers: [
      {
        id: CROWD_DENSITY_LAYER,
        type: 'fill',
        paint: {
          'fill-color': [
            'match',
            ['get', 'level'],
            3,
            DENSITY_COLOURS[3],
            2,
            DENSITY_COLOURS[2],
            DENSITY_COLOURS[1],
          ] as unknown as string,
          'fill-opacity': 0.8,
        },
      },
    ],
  };
}

/** The people still inside at a frame, as small points. */
export function peopleOverlay(positions: Positions | null): MapOverlay {
  const features: Feature[] = [];
  if (positions)
    for (let i = 0; i + 1 < positions.length; i += 2)
      features.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [positions[i] as number, positions[i + 1] as number] },
      });
  return {
    id: 'crowd-people',
    data: { type: 'FeatureCollection', features },
    layers: [
      {
        id: CROWD_PEOPLE_LAYER,
        type: 'circle',
        paint: {
          'circle-color': CROWD_COLOURS.people,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 15, 1, 18, 2, 20, 4] as unknown as number,
          'circle-opacity': 0.85,
        },
      },
    ],
  };
}
