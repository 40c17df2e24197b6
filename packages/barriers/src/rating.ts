/**
 * The impact-test standards whose ratings are stored. A rating is kept as it was tested and is never
 * converted from one standard to another (HVM.md §4, §6).
 */
export const RATING_STANDARDS = ['IWA 14-1', 'ISO 22343-1', 'PAS 68', 'ASTM F2656', 'PAS 170'] as const;

/** One of {@link RATING_STANDARDS}. */
export type RatingStandard = (typeof RATING_STANDARDS)[number];

/**
 * Foundation depth classes (PAS 69 / ISO 22343-2): `A` free-standing, `Ap` surface-pinned,
 * `B` shallow (< 0.5 m), `C` deep (> 0.5 m).
 */
export const FOUNDATION_CLASSES = ['A', 'Ap', 'B', 'C'] as const;

/** One of {@link FOUNDATION_CLASSES}. */
export type FoundationClass = (typeof FOUNDATION_CLASSES)[number];

/** ASTM F2656 penetration ratings: P1 ≤ 1 m, P2 1.01–7 m, P3 7.01–30 m, P4 > 30 m. */
export const ASTM_PENETRATION_BANDS = ['P1', 'P2', 'P3', 'P4'] as const;

/** One of {@link ASTM_PENETRATION_BANDS}. */
export type AstmPenetrationBand = (typeof ASTM_PENETRATION_BANDS)[number];

/** The standards whose ratings read `V/mass(class)/speed/angle:penetration` (all but ASTM F2656). */
export type ImpactTestStandard = Exclude<RatingStandard, 'ASTM F2656'>;

/**
 * What every rating records, in the standard's own terms.
 *
 * - `vehicleClass` is the code the standard names (IWA/ISO `N3C`, `N2A`, `M1`, `N1G`…; PAS `N3`, `M1`…;
 *   ASTM `C`, `P`, `PU`, `M`, `H`).
 * - `massKg` is the test vehicle's mass as the string gives it (ASTM: the nominal mass of the class).
 * - `speedKmh` is the rated impact speed (ASTM: see {@link AstmRating}).
 * - `angleDeg` is the angle between the vehicle path and the barrier line (90° is head-on).
 * - `edition` is the year or revision written after the standard's name (`2013`, `15`), when given.
 */
interface RatingBase {
  readonly edition?: string;
  readonly massKg: number;
  readonly vehicleClass: string;
  readonly speedKmh: number;
  readonly angleDeg: number;
}

/**
 * An IWA 14-1, ISO 22343-1, PAS 68 or PAS 170 rating: the measured dynamic penetration `penetrationM`,
 * the trailing vehicle-dispersion / major-debris distance `dispersionM` when the string carries one, and
 * the foundation class when the string carries it.
 */
export interface ImpactTestRating extends RatingBase {
  readonly standard: ImpactTestStandard;
  readonly penetrationM: number;
  readonly dispersionM?: number;
  readonly foundation?: FoundationClass;
}

/**
 * An ASTM F2656 rating (condition designation and penetration rating, e.g. `M50/P1`). `speedMph` is the
 * nominal speed of the designation; `speedKmh` is that figure × 1.609344 rounded down to 0.1 km/h.
 * The penetration is known only as its band.
 */
export interface AstmRating extends RatingBase {
  readonly standard: 'ASTM F2656';
  readonly speedMph: number;
  readonly penetrationBand: AstmPenetrationBand;
}

/** What one impact test established, stored as tested and never converted between standards. */
export type Rating = ImpactTestRating | AstmRating;

const BAND_UPPER_M: Readonly<Record<AstmPenetrationBand, number>> = { P1: 1, P2: 7, P3: 30, P4: Infinity };

/**
 * The largest penetration a rating allows: the measured value, or the upper end of the ASTM band
 * (P4 has none: `Infinity`).
 *
 * @example
 * penetrationUpperBoundM(astmRating); // 7 for an `M50/P2`
 */
export function penetrationUpperBoundM(rating: Rating): number {
  return rating.standard === 'ASTM F2656' ? BAND_UPPER_M[rating.penetrationBand] : rating.penetrationM;
}
