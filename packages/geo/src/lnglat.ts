import { err, ok, type Result } from './result.ts';

declare const lngLatBrand: unique symbol;

/** WGS84 longitude and latitude in degrees, `[lon, lat]` as in GeoJSON. Only made by {@link toLngLat} or {@link lngLat}. */
export type LngLat = readonly [lon: number, lat: number] & { readonly [lngLatBrand]: 'LngLat' };

/** Why a pair of numbers is not a valid {@link LngLat}. */
export interface CoordinateError {
  readonly code: 'coordinate-out-of-range';
  readonly message: string;
}

/**
 * Checks a longitude/latitude pair (degrees) and brands it; values outside ±180/±90 or not finite are an
 * error value, not an exception.
 *
 * @example
 * const r = toLngLat(4.7765, 51.5881);
 * if (r.ok) console.log(r.value[0]); // 4.7765
 * toLngLat(200, 0).ok; // false
 */
export function toLngLat(lon: number, lat: number): Result<LngLat, CoordinateError> {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return err({
      code: 'coordinate-out-of-range',
      message: `longitude ${lon}, latitude ${lat} is outside ±180°, ±90°`,
    });
  }
  return ok([lon, lat] as unknown as LngLat);
}

/**
 * Brands a longitude/latitude pair the caller knows to be valid (constants, already checked data).
 * Throws a `RangeError` otherwise: a bad value here is a bug, not an input problem.
 *
 * @example
 * const breda = lngLat(4.7765, 51.5881);
 */
export function lngLat(lon: number, lat: number): LngLat {
  const r = toLngLat(lon, lat);
  if (!r.ok) throw new RangeError(r.error.message);
  return r.value;
}
