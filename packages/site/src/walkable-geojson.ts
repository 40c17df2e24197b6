import { OSM_ATTRIBUTION } from '@pactesur/contracts';
import { clipPolygon, lngLat, type BBox, type PolygonXY, type XY } from '@pactesur/geo';
import type { SiteModel } from './site-model.ts';

/** A GeoJSON FeatureCollection with a top-level attribution member. */
export interface AttributedFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly attribution: string;
  readonly license: string;
  readonly features: readonly {
    readonly type: 'Feature';
    readonly properties: Readonly<Record<string, string | number | boolean | null>>;
    readonly geometry: { readonly type: 'Polygon'; readonly coordinates: number[][][] };
  }[];
}

const r7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/**
 * The walkable polygons of a site as WGS84 GeoJSON, clipped to the extract's bounds (or to `window`, a
 * `[minLon, minLat, maxLon, maxLat]` box), coordinates rounded to 7 decimals (≈ 1 cm), each feature naming
 * its kind, OSM source, name and width; attribution included.
 *
 * @example
 * JSON.stringify(walkableGeoJson(site));
 */
export function walkableGeoJson(
  site: SiteModel,
  window?: readonly [number, number, number, number],
): AttributedFeatureCollection {
  const clip = window ? windowBox(site, window) : site.clip;
  const ring = (r: readonly XY[]): number[][] => {
    const pts = r.map((p) => {
      const q = site.projection.toLngLat(p);
      return [r7(q[0]), r7(q[1])];
    });
    if (pts.length > 0) pts.push([...(pts[0] as number[])]);
    return pts;
  };
  const features: AttributedFeatureCollection['features'][number][] = [];
  for (const w of site.walkable) {
    const poly: PolygonXY | null = clip ? clipPolygon(w.polygon, clip) : w.polygon;
    if (!poly) continue;
    features.push({
      type: 'Feature',
      properties: {
        kind: w.kind,
        osm: `${w.source.type}/${w.source.id}`,
        name: w.name,
        widthM: w.widthM,
        widthTagged: w.widthTagged,
      },
      geometry: { type: 'Polygon', coordinates: [ring(poly.outer), ...poly.holes.map(ring)] },
    });
  }
  return { type: 'FeatureCollection', attribution: OSM_ATTRIBUTION, license: 'ODbL-1.0', features };
}

function windowBox(site: SiteModel, w: readonly [number, number, number, number]): BBox {
  const lo = site.projection.toXY(lngLat(w[0], w[1]));
  const hi = site.projection.toXY(lngLat(w[2], w[3]));
  return [lo[0], lo[1], hi[0], hi[1]];
}
