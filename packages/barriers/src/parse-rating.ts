import { err, ok, type Result } from '@pactesur/geo';
import { parseAstmBody } from './astm-rating.ts';
import { barrierError, type BarrierError } from './barrier-error.ts';
import { parseImpactTestBody } from './impact-test-body.ts';
import type { ImpactTestStandard, Rating, RatingStandard } from './rating.ts';
import { quote } from './rating-field.ts';

/** The longest rating string accepted (real ones are under 60 characters). */
export const MAX_RATING_LENGTH = 200;

interface Prefix {
  readonly standard: RatingStandard;
  /** Matches the standard's name, an optional edition (group 1) and the separator before the body. */
  readonly pattern: RegExp;
}

/**
 * Standard names as written before a rating, each with an optional edition after a colon or a dash and
 * an optional ":" before the body: `IWA 14-1:2013 V/…`, `ISO 22343-1: V/…`, `PAS 68:2010 V/…`,
 * `PAS 170-1:2017 V/…`, `ASTM F2656-15 M50/P1`, `ASTM F2656/F2656M-20: M50/P1`.
 */
const PREFIXES: readonly Prefix[] = [
  { standard: 'IWA 14-1', pattern: /^IWA\s*14(?:\s*-\s*1)?(?:\s*:\s*(\d{4}))?(?:\s*:\s*|\s+|(?=V))/i },
  { standard: 'ISO 22343-1', pattern: /^ISO\s*22343(?:\s*-\s*1)?(?:\s*:\s*(\d{4}))?(?:\s*:\s*|\s+|(?=V))/i },
  {
    standard: 'PAS 170',
    pattern: /^(?:BSI\s*)?PAS\s*170(?:\s*-\s*1)?(?:\s*:\s*(\d{4}))?(?:\s*:\s*|\s+|(?=V))/i,
  },
  { standard: 'PAS 68', pattern: /^(?:BSI\s*)?PAS\s*68(?:\s*:\s*(\d{4}))?(?:\s*:\s*|\s+|(?=V))/i },
  {
    standard: 'ASTM F2656',
    pattern:
      /^(?:ASTM\s*)?F\s*2656(?:M(?!\s*\d))?(?:\s*\/\s*F\s*2656M)?(?:\s*-\s*(\d{2}[A-Z]?))?(?:\s*:\s*|\s+|(?=[A-Z]))/i,
  },
];

/**
 * Brings pasted text to plain ASCII where the meaning is unambiguous: compatibility forms (full-width
 * digits, no-break spaces), typographic dashes, and a degree sign after the angle.
 */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00b0/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses a barrier rating string into the record of what was tested. Never throws.
 *
 * Accepted forms (see `parseImpactTestBody` and `parseAstmBody` for the bodies):
 * ```
 * rating   = [ prefix ] body
 * prefix   = name [ ":" edition ] [ ":" ]
 * name     = "IWA 14-1" | "ISO 22343-1" | "PAS 68" | "PAS 170" ["-1"] | ["ASTM"] "F2656" ["-" edition]
 * ```
 * Without a prefix, `V/…[class]…` is IWA 14-1, `V/…(class)…` is PAS 68 and `M50/P1` is ASTM F2656;
 * ISO 22343-1 and PAS 170 ratings need their prefix, since they share the syntax of those two.
 *
 * @example
 * parseRating('V/7200[N3C]/48/90:0.0');          // IWA 14-1, 7200 kg N3C, 48 km/h, 90°, 0.0 m
 * parseRating('ISO 22343-1: V/7200[N3C]/48/90:0.0');
 * parseRating('PAS 68:2013 V/7500(N3)/48/90:0.0/15.0');
 * parseRating('M50/P1');                         // ASTM F2656, 6800 kg at 50 mph (80.4 km/h), ≤ 1 m
 * parseRating('V/-7200[N3C]/48/90:0.0').ok;      // false: 'rating-out-of-range'
 */
export function parseRating(text: unknown): Result<Rating, BarrierError> {
  if (typeof text !== 'string') return err(barrierError('rating-malformed', 'a rating must be a string'));
  if (text.length > MAX_RATING_LENGTH)
    return err(
      barrierError(
        'rating-too-long',
        `a rating is at most ${MAX_RATING_LENGTH} characters, got ${text.length}`,
      ),
    );
  const t = normalise(text);
  if (t === '') return err(barrierError('rating-empty', 'the rating is empty'));
  const bad = /[^\x20-\x7e]/.exec(t);
  if (bad)
    return err(
      barrierError(
        'rating-malformed',
        `the rating contains ${quote(bad[0])} at position ${bad.index + 1}; ratings are plain ASCII such as V/7200[N3C]/48/90:0.0`,
      ),
    );
  for (const prefix of PREFIXES) {
    const m = prefix.pattern.exec(t);
    if (!m) continue;
    return parseBody(t.slice(m[0].length), prefix.standard, m[1]);
  }
  if (/^V\s*\//i.test(t)) return parseBody(t, t.includes('(') && !t.includes('[') ? 'PAS 68' : 'IWA 14-1');
  if (/^[A-Z]{1,2}\s*\d/i.test(t)) return parseBody(t, 'ASTM F2656');
  return err(
    barrierError(
      'rating-malformed',
      `not a rating: ${quote(t)}; expected e.g. V/7200[N3C]/48/90:0.0 (IWA 14-1), V/7500(N3)/48/90:0.0 (PAS 68) or M50/P1 (ASTM F2656)`,
    ),
  );
}

function parseBody(body: string, standard: RatingStandard, edition?: string): Result<Rating, BarrierError> {
  if (standard === 'ASTM F2656') return parseAstmBody(body, edition?.toLowerCase());
  const r = parseImpactTestBody(body, standard satisfies ImpactTestStandard);
  if (!r.ok) return r;
  return ok({ standard, ...(edition !== undefined ? { edition } : {}), ...r.value });
}
