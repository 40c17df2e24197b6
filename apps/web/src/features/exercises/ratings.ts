import type { AfterActionReport, EegRating, Observation } from '@pactesur/contracts';

/**
 * The ratings of the after-action report, read by objective: each objective with the counts of its
 * observations' ratings and its overall rating (the worst observed), then one line per capability rated
 * under it; the objectives in the exercise's order, those not linked to an objective last.
 */

export type RatingCounts = AfterActionReport['ratings'][number]['counts'];

/** P, S, M, U: the order the ratings are read in, best first. */
export const EEG_RATINGS: readonly EegRating[] = ['P', 'S', 'M', 'U'];

/** The worst of some ratings (U worse than M, worse than S, worse than P); null without any. */
export function worstRating(ratings: readonly (EegRating | null)[]): EegRating | null {
  let worst: EegRating | null = null;
  for (const r of ratings) if (r !== null && (worst === null || EEG_RATINGS.indexOf(r) > EEG_RATINGS.indexOf(worst))) worst = r;
  return worst;
}

const sum = (counts: readonly RatingCounts[]): RatingCounts => ({
  P: counts.reduce((n, c) => n + c.P, 0),
  S: counts.reduce((n, c) => n + c.S, 0),
  M: counts.reduce((n, c) => n + c.M, 0),
  U: counts.reduce((n, c) => n + c.U, 0),
});

/** One objective of the report's ratings, with the capabilities rated under it. */
export interface ObjectiveRating {
  readonly objectiveId: string | null;
  readonly counts: RatingCounts;
  readonly overall: EegRating | null;
  readonly capabilities: readonly { capabilityId: string | null; counts: RatingCounts; overall: EegRating | null }[];
}

/** The report's ratings by objective (in `objectiveOrder`, then the unknown ones, then those of no objective). */
export function ratingsByObjective(ratings: AfterActionReport['ratings'], objectiveOrder: readonly string[], capabilityOrder: readonly string[]): ObjectiveRating[] {
  const rank = (order: readonly string[], id: string | null) => (id === null ? order.length + 1 : order.includes(id) ? order.indexOf(id) : order.length);
  const groups = new Map<string | null, AfterActionReport['ratings']>();
  for (const r of ratings) groups.set(r.objectiveId, [...(groups.get(r.objectiveId) ?? []), r]);
  return [...groups]
    .sort(([a], [b]) => rank(objectiveOrder, a) - rank(objectiveOrder, b))
    .map(([objectiveId, rows]) => ({
      objectiveId,
      counts: sum(rows.map((r) => r.counts)),
      overall: worstRating(rows.map((r) => r.overall)),
      capabilities: [...rows]
        .sort((a, b) => rank(capabilityOrder, a.capabilityId) - rank(capabilityOrder, b.capabilityId))
        .map(({ capabilityId, counts, overall }) => ({ capabilityId, counts, overall })),
    }));
}

/** Observations latest first, as the lists show them. */
export const latestFirst = (list: readonly Observation[]): Observation[] =>
  [...list].sort((a, b) => Date.parse(b.observedAt) - Date.parse(a.observedAt) || b.scenarioTimeS - a.scenarioTimeS);

/** The list with one observation added, or put in place of its older copy. */
export const withObservation = (list: readonly Observation[], o: Observation): Observation[] => [...list.filter((x) => x.id !== o.id), o];
