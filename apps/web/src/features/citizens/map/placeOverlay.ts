import type { LngLat } from '@pactesur/contracts';
import type { FeatureCollection } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';

/** The layer of the place of a report: what a test counts as drawn (`data-rendered-marks`). */
export const PLACE_LAYER = 'report-place';

const PIN = { fill: '#b42318', edge: '#ffffff' } as const;

/** The place of a report as a pin; an empty overlay while none is chosen (the same ids, so it is replaced). */
export function placeOverlay(place: LngLat | null): MapOverlay {
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: place
      ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [place[0], place[1]] } }]
      : [],
  };
  return {
    id: PLACE_LAYER,
    data,
    layers: [
      {
        id: PLACE_LAYER,
        type: 'circle',
        paint: {
          'circle-color': PIN.fill,
          'circle-radius': 8,
          'circle-stroke-color': PIN.edge,
          'circle-stroke-width': 3,
        },
      },
    ],
  };
}
