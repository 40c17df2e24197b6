import { formatAstmBody } from './astm-rating.ts';
import { formatImpactTestBody } from './impact-test-body.ts';
import type { Rating } from './rating.ts';

/**
 * Prints the canonical string of a rating: `NAME[:EDITION] BODY`. The name is left out where the body
 * alone says the standard (IWA 14-1, PAS 68 and ASTM F2656 without an edition), so the strings people
 * know come back unchanged; `parseRating(formatRating(r))` gives `r` back.
 *
 * @example
 * const r = parseRating('iwa 14-1: V/7200 [n3c] / 48 / 90 : 0');
 * if (r.ok) formatRating(r.value); // 'V/7200[N3C]/48/90:0.0'
 * formatRating(isoRating);  // 'ISO 22343-1 V/7200[N3C]/48/90:0.0'
 * formatRating(pasRating);  // 'PAS 68:2013 V/7500(N3)/48/90:0.0/15.0'
 * formatRating(astmRating); // 'M50/P1', or 'ASTM F2656-15 M50/P1' with its edition
 */
export function formatRating(rating: Rating): string {
  const body = rating.standard === 'ASTM F2656' ? formatAstmBody(rating) : formatImpactTestBody(rating);
  const implicit = rating.standard === 'IWA 14-1' || rating.standard === 'PAS 68';
  if (rating.edition === undefined && (implicit || rating.standard === 'ASTM F2656')) return body;
  const name = rating.standard === 'ASTM F2656' ? 'ASTM F2656' : rating.standard;
  if (rating.edition === undefined) return `${name} ${body}`;
  const sep = rating.standard === 'ASTM F2656' ? '-' : ':';
  return `${name}${sep}${rating.edition} ${body}`;
}
