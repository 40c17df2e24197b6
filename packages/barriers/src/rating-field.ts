import { err, ok, type Result } from '@pactesur/geo';
import { barrierError, type BarrierError } from './barrier-error.ts';
import { FOUNDATION_CLASSES, type FoundationClass } from './rating.ts';

/** The accepted range of one numeric field of a rating string. */
export interface FieldRange {
  /** The field's name in messages (`mass`, `speed`…). */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** When true the value must be strictly above `min`. */
  readonly minExclusive?: boolean;
  /** When true only whole numbers are accepted. */
  readonly integer?: boolean;
}

/** Plausible bounds of rating fields: anything outside is a typo or hostile input, not a test. */
export const RATING_LIMITS = {
  massKg: { name: 'mass', min: 500, max: 80_000, integer: true },
  speedKmh: { name: 'speed', min: 0, max: 150, minExclusive: true },
  angleDeg: { name: 'angle', min: 0, max: 90, minExclusive: true },
  penetrationM: { name: 'penetration', min: 0, max: 100 },
  dispersionM: { name: 'dispersion', min: 0, max: 500 },
} as const satisfies Record<string, FieldRange>;

const DECIMAL = /^\d{1,12}(?:\.\d{1,3})?$/;

/**
 * Quotes a piece of untrusted text for an error message (at most 24 characters).
 *
 * @example
 * quote('N3C'); // '"N3C"'
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);
}

/**
 * Reads one decimal field (digits, at most three decimals after a "." or a ",", no sign, no exponent)
 * within its range.
 *
 * @example
 * readNumber('48', RATING_LIMITS.speedKmh); // { ok: true, value: 48 }
 * readNumber('-48', RATING_LIMITS.speedKmh).ok; // false ('rating-out-of-range')
 */
export function readNumber(text: string, range: FieldRange): Result<number, BarrierError> {
  const t = text.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (/^-\s*\d/.test(t))
    return err(barrierError('rating-out-of-range', `${range.name} ${quote(t)} is negative`));
  if (!DECIMAL.test(t))
    return err(barrierError('rating-malformed', `${range.name}: expected a number, got ${quote(t)}`));
  const value = Number(t);
  if (range.integer === true && !Number.isInteger(value))
    return err(barrierError('rating-malformed', `${range.name}: expected whole kilograms, got ${quote(t)}`));
  const low = range.minExclusive === true ? value <= range.min : value < range.min;
  if (low || value > range.max)
    return err(
      barrierError(
        'rating-out-of-range',
        `${range.name} ${t} is outside ${range.minExclusive === true ? '(' : '['}${range.min}, ${range.max}]`,
      ),
    );
  return ok(value);
}

/**
 * Reads a foundation class (`A`, `Ap`, `B`, `C`, case-insensitive), or undefined if `text` is not one.
 *
 * @example
 * readFoundation('ap'); // 'Ap'
 */
export function readFoundation(text: string): FoundationClass | undefined {
  const t = text.trim().toLowerCase();
  return FOUNDATION_CLASSES.find((f) => f.toLowerCase() === t);
}

/**
 * Prints a length in metres with at least one decimal, as the standards do (`0.0`, `5.0`, `0.65`).
 *
 * @example
 * formatMetres(0); // '0.0'
 */
export function formatMetres(m: number): string {
  const s = String(m);
  return s.includes('.') ? s : `${s}.0`;
}
