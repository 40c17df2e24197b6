declare const xyBrand: unique symbol;

/** A point in a site's local metric plane: metres east (`x`) and north (`y`) of the projection centre. */
export type XY = readonly [x: number, y: number] & { readonly [xyBrand]: 'XY' };

/**
 * Brands two finite numbers (metres) as a local {@link XY} point. Throws a `RangeError` on a non-finite
 * value, which can only come from a bug upstream.
 *
 * @example
 * const p = xy(12.5, -3);
 */
export function xy(x: number, y: number): XY {
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`XY must be finite, got ${x}, ${y}`);
  return [x, y] as unknown as XY;
}

/**
 * Euclidean distance in metres between two local points.
 *
 * @example
 * distance(xy(0, 0), xy(3, 4)); // 5
 */
export function distance(a: XY, b: XY): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}
