import { err, ok, type Result } from '@pactesur/geo';
import { barrierError, type BarrierError } from './barrier-error.ts';
import { ASTM_PENETRATION_BANDS, type AstmPenetrationBand, type AstmRating } from './rating.ts';
import { quote } from './rating-field.ts';

/** An ASTM F2656 test vehicle: its nominal mass and the nominal speeds (mph) it is tested at. */
export interface AstmVehicle {
  readonly massKg: number;
  readonly speedsMph: readonly number[];
  readonly name: string;
}

/**
 * The ASTM F2656 test vehicles *(check against the edition in use)*: `C` small passenger car 1100 kg;
 * `P` pick-up 2270 kg (5000 lb, F2656-15 and later); `PU` pick-up 2300 kg (F2656-07); `M` medium-duty truck
 * 6800 kg; `H` heavy goods vehicle 29 500 kg. C, P and PU are tested at 40, 50 and 60 mph; M and H at
 * 30, 40 and 50 mph.
 */
export const ASTM_VEHICLES: Readonly<Record<string, AstmVehicle>> = Object.freeze({
  C: { massKg: 1100, speedsMph: [40, 50, 60], name: 'small passenger car' },
  P: { massKg: 2270, speedsMph: [40, 50, 60], name: 'pick-up truck' },
  PU: { massKg: 2300, speedsMph: [40, 50, 60], name: 'pick-up truck (F2656-07)' },
  M: { massKg: 6800, speedsMph: [30, 40, 50], name: 'medium-duty truck' },
  H: { massKg: 29_500, speedsMph: [30, 40, 50], name: 'heavy goods vehicle' },
});

/** Kilometres per mile. */
export const KM_PER_MILE = 1.609344;

/**
 * A nominal speed in mph as km/h, rounded down to 0.1 km/h so that the credited speed never exceeds the
 * tested one.
 *
 * @example
 * mphToKmhFloor(50); // 80.4
 */
export function mphToKmhFloor(mph: number): number {
  return Math.floor(mph * KM_PER_MILE * 10 + 1e-9) / 10;
}

const BODY = /^([A-Z]{1,2})\s*(\d{1,3})\s*[/-]?\s*(P\d{1,2})$/;

const knownDesignations = (): string =>
  Object.entries(ASTM_VEHICLES)
    .flatMap(([code, v]) => v.speedsMph.map((s) => `${code}${s}`))
    .join(', ');

/**
 * Parses the body of an ASTM F2656 rating: condition designation and penetration rating.
 *
 * Grammar (case-insensitive; the separator may be "/", "-", spaces or nothing):
 * ```
 * body        = vehicle speed [ "/" | "-" ] band
 * vehicle     = "C" | "P" | "PU" | "M" | "H"
 * speed       = nominal mph: 40 | 50 | 60 for C, P, PU;  30 | 40 | 50 for M, H
 * band        = "P1" (≤ 1 m) | "P2" (1.01–7 m) | "P3" (7.01–30 m) | "P4" (> 30 m)
 * ```
 * The impact angle is 90° (ASTM F2656 tests head-on).
 *
 * @example
 * parseAstmBody('M50/P1', undefined);
 * // { ok: true, value: { standard: 'ASTM F2656', massKg: 6800, vehicleClass: 'M', speedMph: 50,
 * //   speedKmh: 80.4, angleDeg: 90, penetrationBand: 'P1' } }
 */
export function parseAstmBody(text: string, edition: string | undefined): Result<AstmRating, BarrierError> {
  const m = BODY.exec(text.trim().toUpperCase());
  if (!m)
    return err(
      barrierError('rating-malformed', `ASTM F2656 rating must look like M50/P1, got ${quote(text.trim())}`),
    );
  const [, code = '', mphText = '', bandText = ''] = m;
  const vehicle = ASTM_VEHICLES[code];
  const mph = Number(mphText);
  if (vehicle === undefined || !vehicle.speedsMph.includes(mph))
    return err(
      barrierError(
        'rating-unknown-designation',
        `ASTM F2656 has no condition designation ${code}${mphText}; known: ${knownDesignations()}`,
      ),
    );
  const band = ASTM_PENETRATION_BANDS.find((b) => b === bandText);
  if (band === undefined)
    return err(
      barrierError(
        'rating-unknown-designation',
        `ASTM F2656 has no penetration rating ${bandText}; known: P1–P4`,
      ),
    );
  return ok({
    standard: 'ASTM F2656',
    ...(edition !== undefined ? { edition } : {}),
    massKg: vehicle.massKg,
    vehicleClass: code,
    speedKmh: mphToKmhFloor(mph),
    speedMph: mph,
    angleDeg: 90,
    penetrationBand: band satisfies AstmPenetrationBand,
  });
}

/**
 * Prints the canonical body of an ASTM F2656 rating.
 *
 * @example
 * formatAstmBody(rating); // 'M50/P1'
 */
export function formatAstmBody(rating: AstmRating): string {
  return `${rating.vehicleClass}${rating.speedMph}/${rating.penetrationBand}`;
}
