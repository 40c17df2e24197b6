import type { LngLat, PlanMeasure, Polygon } from '@pactesur/contracts';
import type { FeatureCollection } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';
import { zoneOverlay } from '../../threat/map/threatOverlay.ts';
import {
  forbiddenFeatures,
  measureLineFeatures,
  namedPointFeatures,
  type FeasiblePlan,
  unstoppedFeatures,
  type MeasureCategory,
} from './protectionFeatures.ts';

/** Colours of the plan map (also used by the legend and the table). */
export const MEASURE_COLOURS: Readonly<Record<MeasureCategory, string>> = {
  fixed: '#4c1d95',
  openable: '#0f766e',
  layout: '#c026d3',
};

export const PROTECTION_COLOURS = {
  casing: '#ffffff',
  selected: '#f59e0b',
  locked: '#111827',
  unstopped: '#dc2626',
  station: '#0369a1',
  forbidden: '#111827',
} as const;

/** The measures' lines: what a click picks and what a test counts as drawn. */
export const MEASURE_LINE_LAYER = 'protect-lines';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What the plan map shows; every part may be empty. */
export interface ProtectionMapContent {
  readonly zone: Polygon | null;
  readonly measures: readonly PlanMeasure[];
  readonly selected: number | null;
  /** Measures about to be locked by the next re-optimisation. */
  readonly pendingLocks: ReadonlySet<number>;
  readonly verification: Pick<FeasiblePlan['verification'], 'unstopped'> | null;
  readonly stations: readonly { readonly name: string; readonly at: LngLat }[];
  /** Places where no barrier may go: the request's and the pending ones. */
  readonly forbidden: readonly LngLat[];
}

const byCategory = [
  'match',
  ['get', 'category'],
  'fixed',
  MEASURE_COLOURS.fixed,
  'openable',
  MEASURE_COLOURS.openable,
  MEASURE_COLOURS.layout,
] as unknown as string;
const widthByZoom = (low: number, high: number) =>
  ['interpolate', ['linear'], ['zoom'], 14, low, 19, high] as unknown as number;

/**
 * The plan on the site map, as five overlays always present (empty without data, so that the map keeps
 * their layers in order): the zone; the stations; the measures' lines coloured by category on a white casing
 * (the selected one on a wide amber halo, locked ones dashed in black over their colour); the places where
 * no barrier may go; and on top the perimeter crossings still reached, in red. Pure: a description for MapLibre.
 */
export function protectionOverlays(content: ProtectionMapContent): readonly MapOverlay[] {
  const lines = measureLineFeatures(content.measures, content.selected, content.pendingLocks);
  const unstopped = content.verification ? unstoppedFeatures(content.verification) : EMPTY;
  return [
    zoneOverlay(content.zone),
    {
      id: 'protect-stations',
      data: namedPointFeatures(content.stations),
      layers: [
        {
          id: 'protect-stations',
          type: 'circle',
          paint: {
            'circle-color': PROTECTION_COLOURS.station,
            'circle-radius': 6,
            'circle-stroke-color': PROTECTION_COLOURS.casing,
            'circle-stroke-width': 2,
          },
        },
      ],
    },
    {
      id: 'protect-lines',
      data: lines,
      layers: [
        {
          id: 'protect-lines-halo',
          type: 'line',
          filter: ['==', ['get', 'selected'], true],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': PROTECTION_COLOURS.selected, 'line-width': widthByZoom(12, 22) },
        },
        {
          id: 'protect-lines-casing',
          type: 'line',
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': PROTECTION_COLOURS.casing, 'line-width': widthByZoom(7, 14) },
        },
        {
          id: MEASURE_LINE_LAYER,
          type: 'line',
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': byCategory, 'line-width': widthByZoom(4.5, 10) },
        },
        {
          id: 'protect-lines-locked',
          type: 'line',
          filter: ['==', ['get', 'locked'], true],
          paint: {
            'line-color': PROTECTION_COLOURS.locked,
            'line-width': widthByZoom(2, 3.5),
            'line-dasharray': [1, 1],
          },
        },
      ],
    },
    {
      id: 'protect-forbidden',
      data: forbiddenFeatures(content.forbidden),
      layers: [
        {
          id: 'protect-forbidden',
          type: 'circle',
          paint: {
            'circle-color': PROTECTION_COLOURS.casing,
            'circle-radius': 7,
            'circle-stroke-color': PROTECTION_COLOURS.forbidden,
            'circle-stroke-width': 3,
          },
        },
        {
          id: 'protect-forbidden-centre',
          type: 'circle',
          paint: { 'circle-color': PROTECTION_COLOURS.forbidden, 'circle-radius': 2.5 },
        },
      ],
    },
    {
      id: 'protect-unstopped',
      data: unstopped,
      layers: [
        {
          id: 'protect-unstopped',
          type: 'circle',
          paint: {
            'circle-color': PROTECTION_COLOURS.unstopped,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 14, 3, 18, 7] as unknown as number,
            'circle-stroke-color': PROTECTION_COLOURS.casing,
            'circle-stroke-width': 1.5,
          },
        },
      ],
    },
  ];
}

/** Stations on the map of a new plan (with the zone): the same look as on the plan's map. */
export function stationsOverlays(
  zone: Polygon | null,
  stations: readonly { readonly name: string; readonly at: LngLat }[],
): readonly MapOverlay[] {
  const all = protectionOverlays({
    zone,
    measures: [],
    selected: null,
    pendingLocks: new Set(),
    verification: null,
    stations,
    forbidden: [],
  });
  return all.filter((o) => o.id === 'threat-zone' || o.id === 'protect-stations');
}
