import { CARVER_CRITERIA, type Carver } from '@pactesur/contracts';

export type CarverCriterion = (typeof CARVER_CRITERIA)[number];

/** The seven scores as they are being filled in: each given or not yet. */
export type CarverDraft = Readonly<Record<CarverCriterion, number | null>>;

/** The scores of a stored CARVER + Shock (or none given). */
export const carverDraftOf = (carver: Carver | null): CarverDraft =>
  Object.fromEntries(CARVER_CRITERIA.map((c) => [c, carver?.[c] ?? null])) as Record<
    CarverCriterion,
    number | null
  >;

/**
 * The seven scores once all are given, and their total (7 to 70); null while one is missing, as the
 * contract takes all seven or none.
 *
 * @example completeCarver({ criticality: 8, accessibility: 9, … }) // { carver: { … }, total: 52 }
 */
export function completeCarver(
  scores: CarverDraft,
): { readonly carver: Carver; readonly total: number } | null {
  let total = 0;
  for (const c of CARVER_CRITERIA) {
    const v = scores[c];
    if (v === null) return null;
    total += v;
  }
  return { carver: { ...scores } as Carver, total };
}
