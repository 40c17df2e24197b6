import { capCircleToGeoJson, capPolygonToGeoJson, circlePolygon } from '@pactesur/cap';
import type { AlertArea, LngLat } from '@pactesur/contracts';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { capNumber } from './geojsonArea.ts';

/**
 * CAP geometry read back for the maps: a polygon string (`lat,lon …`, latitude first) as a GeoJSON ring
 * (`[lon, lat]`), a circle (`lat,lon radius-km`) as its centre and radius, and drawn as a polygon of many
 * corners. What cannot be read is left out of the drawing: the server's findings say what is wrong with it.
 */

export interface CapCircle {
  readonly centre: LngLat;
  readonly radiusKm: number;
}

/** The largest circle the composer draws (a city's alert is smaller; the rest of a country is not its job). */
export const MAX_CIRCLE_KM = 100;

/** The ring of a CAP polygon, `[lon, lat]` corners, or null when it is not one. */
export function readCapPolygon(polygon: string): LngLat[] | null {
  const read = capPolygonToGeoJson(polygon);
  return read.ok ? (read.value.coordinates[0] ?? []).map(([lon, lat]) => [lon, lat] as LngLat) : null;
}

/** A CAP circle's centre and radius, or null when it is not one. */
export function readCapCircle(circle: string): CapCircle | null {
  const read = capCircleToGeoJson(circle);
  return read.ok ? { centre: [read.value.centre[0], read.value.centre[1]], radiusKm: read.value.radiusKm } : null;
}

/** A centre typed as `latitude, longitude` (the order CAP and most people write it), or null. */
export function centreOf(text: string): LngLat | null {
  const m = /^\s*(-?\d+(?:[.]\d+)?)\s*[,;\s]\s*(-?\d+(?:[.]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const [lat, lon] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

/** A circle as CAP writes it: `lat,lon radius`, the radius in kilometres to the metre. */
export const capCircle = ({ centre, radiusKm }: CapCircle): string =>
  `${capNumber(centre[1])},${capNumber(centre[0])} ${String(Math.round(radiusKm * 1000) / 1000)}`;

/** A circle as a closed ring of `steps` corners, on the sphere, for drawing it. */
export function circleRing({ centre, radiusKm }: CapCircle, steps = 64): LngLat[] {
  return (circlePolygon(centre, radiusKm, steps).coordinates[0] ?? []).map(([lon, lat]) => [lon, lat] as LngLat);
}

/** Every polygon and circle of the areas as GeoJSON polygons, each with its area's description. */
export function areaFeatures(areas: readonly AlertArea[]): FeatureCollection<Polygon, { readonly areaDesc: string }> {
  const features: Feature<Polygon, { readonly areaDesc: string }>[] = [];
  for (const area of areas) {
    const rings = [
      ...area.polygons.map(readCapPolygon),
      ...area.circles.map((c) => {
        const circle = readCapCircle(c);
        return circle && circle.radiusKm > 0 ? circleRing(circle) : null;
      }),
    ];
    for (const ring of rings)
      if (ring)
        features.push({
          type: 'Feature',
          properties: { areaDesc: area.areaDesc },
          geometry: { type: 'Polygon', coordinates: [ring.map((c) => [...c])] },
        });
  }
  return { type: 'FeatureCollection', features };
}

/** West, south, east, north of the drawn areas, or null when nothing can be drawn. */
export function areaBounds(areas: readonly AlertArea[]): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of areaFeatures(areas).features)
    for (const [lon = 0, lat = 0] of feature.geometry.coordinates[0] ?? []) {
      w = Math.min(w, lon);
      s = Math.min(s, lat);
      e = Math.max(e, lon);
      n = Math.max(n, lat);
    }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
