import type { LngLat } from '@pactesur/contracts';
import { roundLngLat } from '../../threat/map/zoneDraft.ts';

/**
 * A point typed as "longitude, latitude" (decimal degrees, comma, semicolon or spaces between), rounded to
 * about a centimetre; null when it is not two numbers in range.
 *
 * @example parseLngLatText('7.4206, 43.7311') // [7.4206, 43.7311]
 * @example parseLngLatText('43.7311') // null
 */
export function parseLngLatText(text: string): LngLat | null {
  const parts = text
    .trim()
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const [lon, lat] = parts.map(Number) as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return roundLngLat([lon, lat]);
}

/** A point as people type it back: "longitude, latitude" with seven decimals at most. */
export const lngLatText = ([lon, lat]: LngLat): string => `${roundLngLat([lon, lat]).join(', ')}`;
