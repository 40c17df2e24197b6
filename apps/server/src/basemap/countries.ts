import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipLine, clipRing, type Box } from './clip.ts';

/**
 * The part of the world the basemap covers: Europe with the Atlantic islands, Iceland, North Africa, the
 * Middle East and the Urals, so that a view of Europe on a wide screen does not reach its edge.
 */
export const EUROPE_BOX: Box = [-45, 20, 75, 78];

/** Credit shown with the basemap. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth';

/** Where the basemap comes from. */
export const BASEMAP_SOURCE =
  'Natural Earth 1:50m Cultural Vectors (Admin 0 – Countries), public domain, via the npm package world-atlas';

export type BasemapKind = 'country' | 'border' | 'coast';

export interface BasemapProperties {
  readonly kind: BasemapKind;
  /** The country's name (English, from Natural Earth); absent on lines. */
  readonly name?: string;
}

export type BasemapFeature = Feature<MultiPolygon | MultiLineString, BasemapProperties>;

/** The basemap: land by country, borders between countries, coastlines; with its credit and licence. */
export interface Basemap extends FeatureCollection<MultiPolygon | MultiLineString, BasemapProperties> {
  readonly attribution: string;
  readonly license: string;
  readonly source: string;
  readonly bbox: [number, number, number, number];
}

interface CountryProps {
  readonly name?: string;
}

const require = createRequire(import.meta.url);
/** 3 decimals (about 100 m): finer than a 1:50 million map. */
const round = (v: number) => Math.round(v * 1e3) / 1e3;
/** A line or ring rounded, without the points that rounding made repeat. */
const roundLine = (line: number[][]): number[][] => {
  const out: number[][] = [];
  for (const [x, y] of line) {
    const p = [round(x as number), round(y as number)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};

/**
 * Europe's countries, borders and coastlines from Natural Earth 1:50m (`world-atlas`), clipped to
 * {@link EUROPE_BOX}, coordinates rounded to 3 decimals. Features carry `kind` (`country`, `border`,
 * `coast`) and countries their `name`. Reads the package's file; call once and keep the result.
 */
export function europeBasemap(box: Box = EUROPE_BOX): Basemap {
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const countries = topology.objects.countries;
  const features: BasemapFeature[] = [];

  const all = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon | null, CountryProps>;
  for (const country of all.features) {
    if (!country.geometry) continue;
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const clipped: number[][][][] = [];
    for (const polygon of polygons) {
      const [first, ...holes] = polygon;
      const ring = first && clipRing(first, box);
      if (!ring) continue;
      const kept = holes.map((h) => clipRing(h, box)).filter((h): h is number[][] => h !== null);
      // A ring needs three corners and its closing point once rounded.
      const outer = roundLine(ring);
      if (outer.length < 4) continue;
      clipped.push([outer, ...kept.map(roundLine).filter((r) => r.length >= 4)]);
    }
    if (clipped.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', ...(country.properties.name ? { name: country.properties.name } : {}) },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }

  const lines = (kind: 'border' | 'coast', filter: (a: unknown, b: unknown) => boolean) => {
    const m = mesh(topology, countries, filter);
    const pieces = m.coordinates.flatMap((line) => clipLine(line, box)).map(roundLine).filter((l) => l.length >= 2);
    if (pieces.length > 0)
      features.push({ type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates: pieces } });
  };
  lines('border', (a, b) => a !== b);
  lines('coast', (a, b) => a === b);

  return {
    type: 'FeatureCollection',
    attribution: BASEMAP_ATTRIBUTION,
    license: 'Public domain',
    source: BASEMAP_SOURCE,
    bbox: [box[0], box[1], box[2], box[3]],
    features,
  };
}
