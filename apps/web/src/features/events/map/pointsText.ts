import type { LngLat } from '@pactesur/contracts';
import { lngLatText, parseLngLatText } from '../../protection/map/lngLatText.ts';

/** Points typed one a line as "longitude, latitude", or the first line that is not one (1-based). */
export type PointsParse =
  { readonly ok: true; readonly points: LngLat[] } | { readonly ok: false; readonly line: number };

/**
 * The points of a feature typed in a text field, one "longitude, latitude" a line (blank lines skipped):
 * what clicks on the map write too.
 *
 * @example parsePointsText('11.5755, 48.1374\n11.5760, 48.1374') // { ok: true, points: [[11.5755, 48.1374], [11.576, 48.1374]] }
 * @example parsePointsText('11.5755') // { ok: false, line: 1 }
 */
export function parsePointsText(text: string): PointsParse {
  const points: LngLat[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const point = parseLngLatText(line);
    if (!point) return { ok: false, line: i + 1 };
    points.push(point);
  }
  return { ok: true, points };
}

/** Points as they are typed back: one "longitude, latitude" a line. */
export const pointsText = (points: readonly LngLat[]): string => points.map(lngLatText).join('\n');

/** The text with one more point at its end (a click on the map). */
export function withPoint(text: string, point: LngLat): string {
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? lngLatText(point) : `${trimmed}\n${lngLatText(point)}`;
}
