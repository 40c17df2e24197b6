import type { BlurRegion } from '@pactesur/contracts';

/** A rectangle in pixels of the photo as shown, from its top left corner. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The size in pixels of the photo as shown. */
export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** A rectangle smaller than this (pixels, either side) is a click, not a region drawn. */
export const MIN_DRAWN_PX = 4;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Fractions are kept to 4 decimals: a tenth of a pixel of a 1,000-pixel photo. */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The rectangle between the point where a drag started and where it is now, whichever way it went. */
export function dragRect(from: { x: number; y: number }, to: { x: number; y: number }): PixelRect {
  return {
    x: Math.min(from.x, to.x),
    y: Math.min(from.y, to.y),
    width: Math.abs(to.x - from.x),
    height: Math.abs(to.y - from.y),
  };
}

/**
 * A rectangle drawn on the photo as shown, as the region the API takes (fractions of its width and height):
 * cut to the photo; null when what is left is too small to be a region (a click).
 *
 * @example regionOfPixels({ x: 50, y: 20, width: 100, height: 40 }, { width: 400, height: 200 })
 *   // { x: 0.125, y: 0.1, width: 0.25, height: 0.2 }
 */
export function regionOfPixels(rect: PixelRect, size: PixelSize): BlurRegion | null {
  if (size.width <= 0 || size.height <= 0) return null;
  const left = clamp(Math.min(rect.x, rect.x + rect.width), 0, size.width);
  const right = clamp(Math.max(rect.x, rect.x + rect.width), 0, size.width);
  const top = clamp(Math.min(rect.y, rect.y + rect.height), 0, size.height);
  const bottom = clamp(Math.max(rect.y, rect.y + rect.height), 0, size.height);
  if (right - left < MIN_DRAWN_PX || bottom - top < MIN_DRAWN_PX) return null;
  return fitRegion({
    x: left / size.width,
    y: top / size.height,
    width: (right - left) / size.width,
    height: (bottom - top) / size.height,
  });
}

/** A region in pixels of the photo as shown (to draw it, or to compare it with the pointer). */
export function pixelsOfRegion(region: BlurRegion, size: PixelSize): PixelRect {
  return {
    x: region.x * size.width,
    y: region.y * size.height,
    width: region.width * size.width,
    height: region.height * size.height,
  };
}

/**
 * A region kept inside the photo: its corner in [0, 1], its sides at least a ten-thousandth and not past
 * the right or bottom edge, to 4 decimals (what the API accepts).
 */
export function fitRegion(region: BlurRegion): BlurRegion {
  const x = round(clamp(region.x, 0, 0.9999));
  const y = round(clamp(region.y, 0, 0.9999));
  return {
    x,
    y,
    width: round(clamp(region.width, 0.0001, 1 - x)),
    height: round(clamp(region.height, 0.0001, 1 - y)),
  };
}

/** The four numbers of a region as percentages of the photo, as the fields show them. */
export type PercentFields = Readonly<Record<keyof BlurRegion, string>>;

/** A region as the text of its four percentage fields, to 2 decimals. */
export function percentFields(region: BlurRegion): PercentFields {
  const pct = (v: number) => String(Math.round(v * 1e4) / 100);
  return { x: pct(region.x), y: pct(region.y), width: pct(region.width), height: pct(region.height) };
}

/**
 * The region typed in four percentage fields (a comma as decimal mark is read too), kept inside the
 * photo; null while a field is not a number, the corner is outside the photo or a side is not above 0.
 *
 * @example regionOfPercent({ x: '10', y: '20,5', width: '30', height: '90' })
 *   // { x: 0.1, y: 0.205, width: 0.3, height: 0.795 }
 */
export function regionOfPercent(fields: PercentFields): BlurRegion | null {
  const read = (text: string) => {
    const value = Number(text.trim().replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(value) ? null : value / 100;
  };
  const [x, y, width, height] = [read(fields.x), read(fields.y), read(fields.width), read(fields.height)];
  if (x === null || y === null || width === null || height === null) return null;
  if (x < 0 || x >= 1 || y < 0 || y >= 1 || width <= 0 || height <= 0) return null;
  return fitRegion({ x, y, width, height });
}
