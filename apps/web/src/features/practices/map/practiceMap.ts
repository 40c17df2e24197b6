import type { PracticeHit } from '@pactesur/contracts';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { createBaseMap, EUROPE, type MapSetup } from '../../../map/baseMap.ts';
import {
  addPointsLayer,
  pointsBounds,
  type PointsLayerOptions,
  type PointsMapState,
} from '../../../map/pointsLayer.ts';
import { practicePins } from './practicePins.ts';

export const PIN_LAYER = 'practice-pins';

/** Padding around the pins when the view is fitted to them, in pixels. */
const PADDING = 48;
/** A single practice is not shown at street level. */
const MAX_FIT_ZOOM = 9;

/** A pin's look: larger and ringed in dark when it is the practice chosen. */
const PICKED: ExpressionSpecification = ['boolean', ['feature-state', 'picked'], false];
const PIN_PAINT: PointsLayerOptions['paint'] = {
  'circle-radius': ['case', PICKED, 10, 7],
  'circle-stroke-color': ['case', PICKED, '#17212b', '#ffffff'],
  'circle-stroke-width': ['case', PICKED, 3, 2],
};

export interface PracticeMapOptions extends MapSetup {
  /** Called with the practice whose pin was chosen. */
  readonly onPick: (practiceId: string) => void;
  /** Once style and pins are in and the view has settled: what is drawn and where the view is. */
  readonly onState: (state: PointsMapState) => void;
}

export interface PracticeMap {
  readonly map: MapLibreMap;
  /** Shows the pins of these results, the view fitted to them. */
  readonly setHits: (hits: readonly PracticeHit[]) => void;
  /** Rings the pin of the chosen practice (none with null). */
  readonly pick: (practiceId: string | null) => void;
  readonly destroy: () => void;
}

/**
 * A MapLibre map of practices on the Europe basemap: a pin per result with a place, coloured by its
 * maturity, fitted to them; choosing a pin calls `onPick`. Throws if the browser has no WebGL.
 */
export function createPracticeMap(options: PracticeMapOptions): PracticeMap {
  const map = createBaseMap({ ...options, bounds: EUROPE });
  let pins = practicePins([]);
  let picked: string | null = null;
  let loaded = false;

  const fit = () => {
    const bounds = pointsBounds(pins) ?? EUROPE;
    map.fitBounds([...bounds], { padding: PADDING, maxZoom: MAX_FIT_ZOOM, duration: 0 });
  };
  const ring = (id: string | null, on: boolean) => {
    if (loaded && id && pins.features.some((f) => f.properties.practiceId === id))
      map.setFeatureState({ source: PIN_LAYER, id }, { picked: on });
  };

  addPointsLayer(map, {
    id: PIN_LAYER,
    points: () => pins,
    promoteId: 'practiceId',
    paint: PIN_PAINT,
    property: 'practiceId',
    onPoint: options.onPick,
    onState: options.onState,
  });
  map.on('load', () => {
    loaded = true;
    fit();
    ring(picked, true);
  });

  return {
    map,
    setHits(hits) {
      pins = practicePins(hits);
      if (!loaded) return;
      map.getSource<GeoJSONSource>(PIN_LAYER)?.setData(pins);
      fit();
      ring(picked, true);
    },
    pick(id) {
      ring(picked, false);
      picked = id;
      ring(picked, true);
    },
    destroy() {
      map.remove();
    },
  };
}
