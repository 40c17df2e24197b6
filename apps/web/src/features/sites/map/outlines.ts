import type { MultiPolygon } from '@pactesur/contracts';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';

/** An outline to draw: a site of the register or a suggestion of an extract. */
export interface Outline {
  readonly id: string;
  readonly name: string;
  readonly outline: MultiPolygon;
}

export interface OutlineProperties {
  readonly id: string;
  readonly name: string;
  readonly selected: boolean;
}

export type Bounds = [west: number, south: number, east: number, north: number];

/** The fill and line layers of the outlines; the fill is what a test counts as drawn. */
export const OUTLINE_FILL = 'site-outline-fill';
export const OUTLINE_LINE = 'site-outline-line';
/** A point per outline, drawn while outlines are too small to see (an overview of sites in several cities). */
export const OUTLINE_MARKER = 'site-outline-marker';
/** The zoom from which outlines are drawn without their points. */
const MARKER_MAX_ZOOM = 14;

export const OUTLINE_COLOURS = { normal: '#1d4ed8', selected: '#b42318' } as const;

/** The outlines as GeoJSON features, the selected one (if any) flagged and drawn last (on top). */
export function outlineFeatures(
  outlines: readonly Outline[],
  selectedId: string | null = null,
): FeatureCollection<MultiPolygon, OutlineProperties> {
  const features: Feature<MultiPolygon, OutlineProperties>[] = outlines.map((o) => ({
    type: 'Feature',
    id: o.id,
    properties: { id: o.id, name: o.name, selected: o.id === selectedId },
    geometry: { type: 'MultiPolygon', coordinates: o.outline.coordinates },
  }));
  features.sort((a, b) => Number(a.properties.selected) - Number(b.properties.selected));
  return { type: 'FeatureCollection', features };
}

/** A point in the middle of each outline's box, with the outline's properties; the selected one last. */
export function outlineMarkers(outlines: readonly Outline[], selectedId: string | null = null): Feature<Point, OutlineProperties>[] {
  const markers = outlines.flatMap((o) => {
    const box = outlineBounds([o]);
    if (!box) return [];
    const [w, s, e, n] = box;
    return [
      {
        type: 'Feature' as const,
        id: o.id,
        properties: { id: o.id, name: o.name, selected: o.id === selectedId },
        geometry: { type: 'Point' as const, coordinates: [(w + e) / 2, (s + n) / 2] },
      },
    ];
  });
  return markers.sort((a, b) => Number(a.properties.selected) - Number(b.properties.selected));
}

const isPolygon = ['==', ['geometry-type'], 'Polygon'] as unknown as ['==', string, string];

/**
 * The outlines drawn over the base layers: a translucent fill and a firm edge, the selected outline red
 * and thicker; below zoom 14 also a point per outline, so that sites stay visible on an overview of
 * several cities. Pure: a description for MapLibre.
 */
export function outlineOverlay(outlines: readonly Outline[], selectedId: string | null = null): MapOverlay {
  const colour = [
    'case',
    ['get', 'selected'],
    OUTLINE_COLOURS.selected,
    OUTLINE_COLOURS.normal,
  ] as unknown as string;
  return {
    id: 'outlines',
    data: {
      type: 'FeatureCollection',
      features: [...outlineFeatures(outlines, selectedId).features, ...outlineMarkers(outlines, selectedId)],
    },
    layers: [
      {
        id: OUTLINE_FILL,
        type: 'fill',
        filter: isPolygon,
        paint: {
          'fill-color': colour,
          'fill-opacity': ['case', ['get', 'selected'], 0.3, 0.16] as unknown as number,
        },
      },
      {
        id: OUTLINE_LINE,
        type: 'line',
        filter: isPolygon,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': colour,
          'line-width': ['case', ['get', 'selected'], 3.5, 2] as unknown as number,
        },
      },
      {
        id: OUTLINE_MARKER,
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        maxzoom: MARKER_MAX_ZOOM,
        paint: {
          'circle-color': colour,
          'circle-radius': 6,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  };
}

/** West, south, east, north of the given outlines, or null when there are none. */
export function outlineBounds(outlines: readonly Pick<Outline, 'outline'>[]): Bounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { outline } of outlines)
    for (const polygon of outline.coordinates)
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          w = Math.min(w, lon);
          s = Math.min(s, lat);
          e = Math.max(e, lon);
          n = Math.max(n, lat);
        }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
