import type { LngLat } from '@pactesur/contracts';
import type { Bounds } from '../sites/map/outlines.ts';

/** How far around a city's place the reporting map opens, in degrees of latitude (about 3 km). */
const CITY_SPAN_DEG = 0.03;

/** Coordinates are kept to 6 decimals (about 10 cm): more than a click on a map can mean. */
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A longitude and latitude rounded to 6 decimals. */
export const roundPlace = ([lng, lat]: readonly [number, number]): LngLat => [round6(lng), round6(lat)];

/** A number typed in a field, a comma read as the decimal mark; null when it is none or out of `[min, max]`. */
export function coordinateOf(text: string, min: number, max: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  const value = Number(trimmed);
  return trimmed === '' || !Number.isFinite(value) || value < min || value > max ? null : value;
}

/** The place given by a latitude and a longitude typed in their fields, or null while one is not valid. */
export function placeOfFields(lat: string, lng: string): LngLat | null {
  const y = coordinateOf(lat, -90, 90);
  const x = coordinateOf(lng, -180, 180);
  return x === null || y === null ? null : roundPlace([x, y]);
}

/**
 * The place the reporting page opens at, from its `?at=lng,lat` (a city's page links with the city's
 * place); null when absent or not a place.
 *
 * @example placeOfQuery(['7.262', '43.703']) // [7.262, 43.703]
 */
export function placeOfQuery(at: readonly string[]): LngLat | null {
  if (at.length !== 2) return null;
  const [lng = '', lat = ''] = at;
  return placeOfFields(lat, lng);
}

/** The view around a place: a few kilometres each way, wider in longitude as meridians close in. */
export function boundsAround([lng, lat]: LngLat, spanDeg: number = CITY_SPAN_DEG): Bounds {
  const dx = spanDeg / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  return [lng - dx, lat - spanDeg, lng + dx, lat + spanDeg];
}
