import { assembleAreas, Diagnostics, isAreaTags, type OsmData, type Tags } from '@pactesur/osm';
import { OSM_ATTRIBUTION } from '@pactesur/contracts';

/** The layers a site map draws, each from the extract itself (no external tiles). */
export type MapLayer = 'street' | 'railway' | 'building' | 'pedestrian' | 'water' | 'green' | 'barrier';

/** How prominently a street is drawn. */
export type StreetRank = 'major' | 'minor' | 'pedestrian' | 'path';

type Geometry =
  | { readonly type: 'Point'; readonly coordinates: number[] }
  | { readonly type: 'LineString'; readonly coordinates: number[][] }
  | { readonly type: 'Polygon'; readonly coordinates: number[][][] };

export interface MapFeature {
  readonly type: 'Feature';
  readonly properties: {
    readonly layer: MapLayer;
    /** The OSM value that classed it (`highway`, `building`, `barrier` …). */
    readonly class: string;
    readonly rank?: StreetRank;
    readonly name?: string;
  };
  readonly geometry: Geometry;
}

/** A GeoJSON FeatureCollection of map features, carrying the OSM attribution. */
export interface MapLayers {
  readonly type: 'FeatureCollection';
  readonly attribution: string;
  readonly license: string;
  readonly bbox: [number, number, number, number] | null;
  readonly features: readonly MapFeature[];
}

const MAJOR = new Set(['motorway', 'trunk', 'primary', 'secondary', 'tertiary']);
const PEDESTRIAN = new Set(['pedestrian', 'living_street', 'footway', 'steps']);
const PATH = new Set(['path', 'cycleway', 'track', 'bridleway', 'corridor']);

const streetRank = (highway: string): StreetRank => {
  const base = highway.replace(/_link$/, '');
  if (MAJOR.has(base)) return 'major';
  if (PEDESTRIAN.has(base)) return 'pedestrian';
  if (PATH.has(base)) return 'path';
  return 'minor';
};

/** The layer an area belongs to, or null when the map does not draw it. */
function areaLayer(tags: Tags): { layer: MapLayer; class: string } | null {
  if (tags.building && tags.building !== 'no') return { layer: 'building', class: tags.building };
  if (tags.highway === 'pedestrian' || tags['area:highway'] === 'pedestrian' || tags.place === 'square') {
    return { layer: 'pedestrian', class: tags.highway ?? tags['area:highway'] ?? 'square' };
  }
  if (tags.natural === 'water' || tags.waterway === 'riverbank' || tags.landuse === 'basin' || tags.water) {
    return { layer: 'water', class: tags.water ?? tags.natural ?? 'water' };
  }
  const green = tags.leisure === 'park' || tags.leisure === 'garden' || tags.landuse === 'grass' || tags.landuse === 'recreation_ground';
  if (green || tags.natural === 'wood' || tags.landuse === 'forest') return { layer: 'green', class: tags.leisure ?? tags.landuse ?? tags.natural ?? 'green' };
  return null;
}

const isMapArea = (tags: Tags): boolean => areaLayer(tags) !== null && (isAreaTags(tags) || !!tags['area:highway'] || tags.place === 'square');

/**
 * The map layers of an extract as one GeoJSON FeatureCollection in WGS84, coordinates rounded to 6
 * decimals (≈ 0.1 m): streets by rank, tram and rail lines, buildings, pedestrian areas and squares,
 * water, green areas, and barriers (points and lines). Carries "© OpenStreetMap contributors".
 *
 * @example
 * const layers = mapLayers(result.data);
 * layers.features.filter((f) => f.properties.layer === 'building').length;
 */
export function mapLayers(data: OsmData): MapLayers {
  const features: MapFeature[] = [];
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const point = (i: number): number[] => [round(data.lon[i] as number), round(data.lat[i] as number)];
  const line = (refs: Float64Array): number[][] => {
    const out: number[][] = [];
    for (const ref of refs) {
      const i = data.nodeIndex(ref);
      if (i >= 0) out.push(point(i));
    }
    return out;
  };
  const named = (tags: Tags) => (tags.name ? { name: tags.name } : {});

  // Areas: diagnostics of assembly are the site model's to report; here a private sink.
  for (const area of assembleAreas(data, new Diagnostics(), isMapArea)) {
    const kind = areaLayer(area.tags);
    if (!kind) continue;
    for (const polygon of area.polygons) {
      const rings = [polygon.outer, ...polygon.holes].map((ring) => {
        const coords = ring.map((p) => [round(p[0]), round(p[1])]);
        const first = coords[0];
        if (first) coords.push([...first]);
        return coords;
      });
      features.push({ type: 'Feature', properties: { layer: kind.layer, class: kind.class, ...named(area.tags) }, geometry: { type: 'Polygon', coordinates: rings } });
    }
  }

  for (const way of data.ways) {
    const t = way.tags;
    const isArea = isMapArea(t) && way.refs[0] === way.refs[way.refs.length - 1];
    if (t.highway && !isArea) {
      const coordinates = line(way.refs);
      if (coordinates.length >= 2) {
        features.push({ type: 'Feature', properties: { layer: 'street', class: t.highway, rank: streetRank(t.highway), ...named(t) }, geometry: { type: 'LineString', coordinates } });
      }
    } else if (t.railway === 'tram' || t.railway === 'rail' || t.railway === 'light_rail') {
      const coordinates = line(way.refs);
      if (coordinates.length >= 2) features.push({ type: 'Feature', properties: { layer: 'railway', class: t.railway }, geometry: { type: 'LineString', coordinates } });
    }
    if (t.barrier) {
      const coordinates = line(way.refs);
      if (coordinates.length >= 2) features.push({ type: 'Feature', properties: { layer: 'barrier', class: t.barrier }, geometry: { type: 'LineString', coordinates } });
    }
  }

  for (const [i, tags] of data.nodeTags) {
    if (tags.barrier) features.push({ type: 'Feature', properties: { layer: 'barrier', class: tags.barrier }, geometry: { type: 'Point', coordinates: point(i) } });
  }

  return {
    type: 'FeatureCollection',
    attribution: OSM_ATTRIBUTION,
    license: 'ODbL-1.0',
    bbox: data.bounds ? [data.bounds[0], data.bounds[1], data.bounds[2], data.bounds[3]] : null,
    features,
  };
}
