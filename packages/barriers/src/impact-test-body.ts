import { err, ok, type Result } from '@pactesur/geo';
import { barrierError, type BarrierError } from './barrier-error.ts';
import type { FoundationClass, ImpactTestRating, ImpactTestStandard } from './rating.ts';
import { formatMetres, quote, RATING_LIMITS, readFoundation, readNumber } from './rating-field.ts';

/** IWA 14-1 and ISO 22343-1 write the class in square brackets, PAS 68 and PAS 170 in parentheses. */
const BRACKETS: Readonly<Record<ImpactTestStandard, readonly [string, string]>> = {
  'IWA 14-1': ['[', ']'],
  'ISO 22343-1': ['[', ']'],
  'PAS 68': ['(', ')'],
  'PAS 170': ['(', ')'],
};

const CLASS_CODE = /^[A-Z][A-Z0-9]{0,5}$/;

/**
 * The parts of a rating the body carries (everything but the standard and its edition).
 */
export type ImpactTestBody = Omit<ImpactTestRating, 'standard' | 'edition'>;

const malformed = (message: string): Result<never, BarrierError> =>
  err(barrierError('rating-malformed', message));

/**
 * Parses the vehicle-test body of an IWA 14-1, ISO 22343-1, PAS 68 or PAS 170 rating.
 *
 * Grammar (spaces are allowed around every separator; letters are case-insensitive):
 * ```
 * body        = "V" "/" mass open class close "/" speed "/" angle ":" penetration
 *               [ "/" dispersion ] [ "/" foundation ]
 * open close  = "[" "]"  (IWA 14-1, ISO 22343-1)  |  "(" ")"  (PAS 68, PAS 170)
 * mass        = whole kg, 500–80 000          class      = letter, then up to 5 letters or digits
 * speed       = km/h, > 0 and ≤ 150            angle      = degrees, > 0 and ≤ 90 (90 = head-on)
 * penetration = m, 0–100                      dispersion = m, 0–500 (vehicle dispersion / debris)
 * foundation  = "A" | "Ap" | "B" | "C"
 * number      = digits [ ("." | ",") 1–3 digits ]  (no sign, no exponent)
 * ```
 *
 * @example
 * parseImpactTestBody('V/7200[N3C]/48/90:0.0', 'IWA 14-1');
 * // { ok: true, value: { massKg: 7200, vehicleClass: 'N3C', speedKmh: 48, angleDeg: 90, penetrationM: 0 } }
 */
export function parseImpactTestBody(
  text: string,
  standard: ImpactTestStandard,
): Result<ImpactTestBody, BarrierError> {
  const [open, close] = BRACKETS[standard];
  const head = /^V\s*\/\s*/i.exec(text);
  if (!head)
    return malformed(`${standard} rating must start with "V/" (vehicle impact test), got ${quote(text)}`);
  const rest = text.slice(head[0].length);
  const o = rest.indexOf(open);
  const c = rest.indexOf(close);
  if (o < 0 || c < o) {
    const other = open === '[' ? '(N3)' : '[N3C]';
    const hint = rest.includes(other[0] ?? '')
      ? ` (${standard} writes the class as ${open}…${close}, not ${other})`
      : '';
    return malformed(`${standard} rating needs the vehicle class in ${open}…${close} after the mass${hint}`);
  }
  const mass = readNumber(rest.slice(0, o), RATING_LIMITS.massKg);
  if (!mass.ok) return mass;
  const vehicleClass = rest
    .slice(o + 1, c)
    .trim()
    .toUpperCase();
  if (!CLASS_CODE.test(vehicleClass))
    return malformed(`vehicle class ${quote(vehicleClass)} is not a class code such as N3C or M1`);
  const after = /^\s*\/\s*/.exec(rest.slice(c + 1));
  if (!after)
    return malformed(`expected "/" and the speed after the vehicle class ${open}${vehicleClass}${close}`);
  const tail = rest.slice(c + 1 + after[0].length);
  const colon = tail.split(':');
  if (colon.length !== 2)
    return malformed(`expected one ":" between the angle and the penetration, got ${quote(tail)}`);
  const speedAngle = (colon[0] ?? '').split('/');
  if (speedAngle.length !== 2)
    return malformed(`expected speed/angle before ":", got ${quote(colon[0] ?? '')}`);
  const speed = readNumber(speedAngle[0] ?? '', RATING_LIMITS.speedKmh);
  if (!speed.ok) return speed;
  const angle = readNumber(speedAngle[1] ?? '', RATING_LIMITS.angleDeg);
  if (!angle.ok) return angle;
  const after2 = (colon[1] ?? '').split('/');
  if (after2.length > 3)
    return malformed(`too many "/" fields after the penetration: ${quote(colon[1] ?? '')}`);
  const penetration = readNumber(after2[0] ?? '', RATING_LIMITS.penetrationM);
  if (!penetration.ok) return penetration;
  let dispersionM: number | undefined;
  let foundation: FoundationClass | undefined;
  for (const [i, field] of after2.slice(1).entries()) {
    const f = readFoundation(field);
    if (f !== undefined && i === after2.length - 2) {
      foundation = f;
      continue;
    }
    if (i > 0) return malformed(`expected a foundation class (A, Ap, B, C) last, got ${quote(field.trim())}`);
    const d = readNumber(field, RATING_LIMITS.dispersionM);
    if (!d.ok) return d;
    dispersionM = d.value;
  }
  return ok({
    massKg: mass.value,
    vehicleClass,
    speedKmh: speed.value,
    angleDeg: angle.value,
    penetrationM: penetration.value,
    ...(dispersionM !== undefined ? { dispersionM } : {}),
    ...(foundation !== undefined ? { foundation } : {}),
  });
}

/**
 * Prints the canonical vehicle-test body of a rating (no prefix).
 *
 * @example
 * formatImpactTestBody({ standard: 'PAS 68', massKg: 7500, vehicleClass: 'N3', speedKmh: 48, angleDeg: 90, penetrationM: 0 });
 * // 'V/7500(N3)/48/90:0.0'
 */
export function formatImpactTestBody(rating: ImpactTestRating): string {
  const [open, close] = BRACKETS[rating.standard];
  const pen = formatMetres(rating.penetrationM);
  const dispersion = rating.dispersionM !== undefined ? `/${formatMetres(rating.dispersionM)}` : '';
  const foundation = rating.foundation !== undefined ? `/${rating.foundation}` : '';
  return `V/${rating.massKg}${open}${rating.vehicleClass}${close}/${rating.speedKmh}/${rating.angleDeg}:${pen}${dispersion}${foundation}`;
}
