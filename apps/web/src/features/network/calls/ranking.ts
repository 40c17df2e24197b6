interface Ranked {
  readonly orgName: string;
  /** The weighted mean of the reviews, null before any. */
  readonly score: number | null;
}

/** The applications best score first; those not yet reviewed last; equal scores by organisation name. */
export function rankApplications<T extends Ranked>(applications: readonly T[]): T[] {
  return [...applications].sort(
    (a, b) =>
      (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY) ||
      a.orgName.localeCompare(b.orgName),
  );
}

/** How a selection stands against the places of the call. */
export type SelectionFit = 'none' | 'within' | 'over';

/** Whether `selected` organisations fit the call's `places` (more is allowed, but said). */
export function selectionFit(selected: number, places: number): SelectionFit {
  if (selected === 0) return 'none';
  return selected > places ? 'over' : 'within';
}

/** A score out of 5 as the reader writes numbers: `3.8` in English, `3,8` in French. */
export const scoreText = (score: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
