import type { FeatureCollection, Polygon } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';
import { AREA_COLOURS } from '../../alerts/areaOverlay.ts';
import type { Bounds } from '../../sites/map/outlines.ts';
import { boundsOf } from '../../threat/map/threatFeatures.ts';

/** The layer of the alerts' areas a map counts as drawn (`data-rendered-marks`). */
export const ALERT_AREAS_FILL = 'public-alert-areas-fill';

/** The areas of a city's public alerts in force, in the colours of an alert's area. Pure. */
export function alertAreasOverlay(areas: FeatureCollection<Polygon>): MapOverlay {
  return {
    id: 'public-alert-areas',
    data: areas,
    layers: [
      {
        id: ALERT_AREAS_FILL,
        type: 'fill',
        paint: { 'fill-color': AREA_COLOURS.fill, 'fill-opacity': 0.22 },
      },
      {
        id: 'public-alert-areas-line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': AREA_COLOURS.line, 'line-width': 2.5 },
      },
    ],
  };
}

/** West, south, east, north of the areas' outer rings, or null when there is none. */
export const alertAreasBounds = (areas: FeatureCollection<Polygon>): Bounds | null =>
  boundsOf(areas.features.flatMap((f) => f.geometry.coordinates[0] ?? []));
