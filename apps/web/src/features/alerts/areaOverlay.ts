import type { AlertArea, LngLat } from '@pactesur/contracts';
import type { Feature } from 'geojson';
import type { MapOverlay } from '../../map/overlay.ts';
import { areaFeatures, circleRing } from './capGeometry.ts';

/** The layer of the alert's area a map counts as drawn (`data-rendered-marks`). */
export const AREA_FILL = 'alert-area-fill';
/** The alert's colour: the accent red of the platform, with a firm dark edge for contrast on the basemap. */
export const AREA_COLOURS = { fill: '#b42318', line: '#7a1a12' } as const;

/** The polygons and circles of an alert's areas, drawn as a translucent fill with a firm edge. Pure. */
export function areaOverlay(areas: readonly AlertArea[]): MapOverlay {
  return {
    id: 'alert-area',
    data: areaFeatures(areas),
    layers: [
      { id: AREA_FILL, type: 'fill', paint: { 'fill-color': AREA_COLOURS.fill, 'fill-opacity': 0.22 } },
      {
        id: 'alert-area-line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': AREA_COLOURS.line, 'line-width': 2.5 },
      },
    ],
  };
}

/** A circle being drawn: its centre, and its edge once it has a radius (dashed: not the area yet). */
export function circleDraftOverlay(centre: LngLat | null, radiusKm: number | null): MapOverlay {
  const features: Feature[] = [];
  if (centre && radiusKm !== null && radiusKm > 0)
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: circleRing({ centre, radiusKm }).map((c) => [...c]) },
    });
  if (centre) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...centre] } });
  return {
    id: 'alert-circle-draft',
    data: { type: 'FeatureCollection', features },
    layers: [
      {
        id: 'alert-circle-draft-line',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': AREA_COLOURS.line, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'alert-circle-draft-centre',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': AREA_COLOURS.fill, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      },
    ],
  };
}
