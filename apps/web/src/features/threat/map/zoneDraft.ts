import { LngLat, MAX_ZONE_VERTICES, type Polygon } from '@pactesur/contracts';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapOverlay } from '../../../map/overlay.ts';
import { THREAT_COLOURS } from './threatOverlay.ts';

/** Why a drawn or pasted zone cannot be used. */
export type ZoneProblem = 'json' | 'shape' | 'too-few' | 'self-intersecting';

export type ZoneParse =
  { readonly ok: true; readonly polygon: Polygon } | { readonly ok: false; readonly problem: ZoneProblem };

const same = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** The corners of a ring without its closing point. */
export const cornersOf = (ring: readonly LngLat[]): LngLat[] =>
  ring.length > 1 && same(ring[0], ring.at(-1)) ? ring.slice(0, -1) : [...ring];

/**
 * Whether two edges of a closed ring cross (neighbouring edges share a corner and do not count).
 * O(n²), for rings drawn by hand.
 */
export function ringSelfIntersects(corners: readonly LngLat[]): boolean {
  const n = corners.length;
  const cross = (o: LngLat, a: LngLat, b: LngLat) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const onSegment = (p: LngLat, a: LngLat, b: LngLat) =>
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1]);
  const intersects = (p1: LngLat, p2: LngLat, p3: LngLat, p4: LngLat) => {
    const d1 = cross(p3, p4, p1);
    const d2 = cross(p3, p4, p2);
    const d3 = cross(p1, p2, p3);
    const d4 = cross(p1, p2, p4);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
    return (
      (d1 === 0 && onSegment(p1, p3, p4)) ||
      (d2 === 0 && onSegment(p2, p3, p4)) ||
      (d3 === 0 && onSegment(p3, p1, p2)) ||
      (d4 === 0 && onSegment(p4, p1, p2))
    );
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      const a1 = corners[i];
      const a2 = corners[(i + 1) % n];
      const b1 = corners[j];
      const b2 = corners[(j + 1) % n];
      if (a1 && a2 && b1 && b2 && intersects(a1, a2, b1, b2)) return true;
    }
  }
  return false;
}

/** The polygon of corners clicked on the map (closed), or why it is not one yet. */
export function draftPolygon(corners: readonly LngLat[]): ZoneParse {
  const distinct = corners.filter((c, i) => i === 0 || !same(c, corners[i - 1]));
  if (distinct.length < 3) return { ok: false, problem: 'too-few' };
  if (ringSelfIntersects(distinct)) return { ok: false, problem: 'self-intersecting' };
  const first = distinct[0] as LngLat;
  return { ok: true, polygon: { type: 'Polygon', coordinates: [[...distinct, first]] } };
}

/**
 * A zone typed or pasted as GeoJSON: a Polygon or a Feature holding one, in [lon, lat]. An outer ring that
 * is not closed is closed; only the outer ring is kept (a protected zone has no holes).
 */
export function parseZoneText(text: string): ZoneParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  const geometry =
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Feature'
      ? (value as { geometry?: unknown }).geometry
      : value;
  const ring =
    typeof geometry === 'object' && geometry !== null && (geometry as { type?: unknown }).type === 'Polygon'
      ? (geometry as { coordinates?: unknown[] }).coordinates?.[0]
      : undefined;
  if (!Array.isArray(ring)) return { ok: false, problem: 'shape' };
  const checked = LngLat.array().max(MAX_ZONE_VERTICES).safeParse(ring);
  if (!checked.success) return { ok: false, problem: 'shape' };
  return draftPolygon(cornersOf(checked.data));
}

/** A polygon as GeoJSON text for the text field, one corner per line. */
export function zoneText(polygon: Polygon): string {
  const ring = (polygon.coordinates[0] ?? []).map(([lon, lat]) => `    [${lon}, ${lat}]`).join(',\n');
  return `{\n  "type": "Polygon",\n  "coordinates": [[\n${ring}\n  ]]\n}`;
}

/** Longitude and latitude rounded to 7 decimals (about a centimetre): what a click records. */
export const roundLngLat = ([lon, lat]: readonly [number, number]): LngLat => [
  Math.round(lon * 1e7) / 1e7,
  Math.round(lat * 1e7) / 1e7,
];

/** The zone being drawn: its corners, numbered, and its edges closing back to the first corner. */
export function draftOverlay(corners: readonly LngLat[]): MapOverlay {
  const features: Feature[] = [];
  if (corners.length >= 2) {
    const ring = corners.length >= 3 ? [...corners, corners[0] as LngLat] : corners;
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: ring.map((c) => [...c]) },
    });
  }
  if (corners.length >= 3)
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...corners, corners[0] as LngLat].map((c) => [...c])] },
    });
  corners.forEach((c, i) =>
    features.push({
      type: 'Feature',
      properties: { last: i === corners.length - 1 },
      geometry: { type: 'Point', coordinates: [...c] },
    }),
  );
  const data: FeatureCollection = { type: 'FeatureCollection', features };
  return {
    id: 'zone-draft',
    data,
    layers: [
      {
        id: 'zone-draft-fill',
        type: 'fill',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': THREAT_COLOURS.zone, 'fill-opacity': 0.12 },
      },
      {
        id: 'zone-draft-line',
        type: 'line',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': THREAT_COLOURS.zone, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'zone-draft-corners',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': [
            'case',
            ['get', 'last'],
            THREAT_COLOURS.selected,
            THREAT_COLOURS.zone,
          ] as unknown as string,
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  };
}
