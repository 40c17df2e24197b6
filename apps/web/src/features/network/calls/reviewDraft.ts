import {
  MAX_CRITERION_SCORE,
  type CallCriterion,
  type CallReview,
  type SaveReviewInput,
} from '@pactesur/contracts';

/** A review as its form holds it: a score per criterion (by key, empty until chosen) and a comment. */
export interface ReviewDraft {
  readonly scores: Readonly<Record<string, string>>;
  readonly comment: string;
}

/** The scores a reviewer may give a criterion: 0 to 5. */
export const SCORES: readonly number[] = Array.from({ length: MAX_CRITERION_SCORE + 1 }, (_, i) => i);

/** The review the reader's organisation gave, if any. */
export const ownReview = (reviews: readonly CallReview[], orgId: string | null): CallReview | undefined =>
  orgId === null ? undefined : reviews.find((r) => r.reviewerOrgId === orgId);

/** The reviews of the other organisations. */
export const othersReviews = (reviews: readonly CallReview[], orgId: string | null): CallReview[] =>
  reviews.filter((r) => r.reviewerOrgId !== orgId);

/** The form of a review: the one given before, to change, or an empty one. */
export function reviewDraftOf(
  criteria: readonly CallCriterion[],
  review: CallReview | undefined,
): ReviewDraft {
  return {
    scores: Object.fromEntries(
      criteria.map((c) => {
        const score = review?.scores[c.id];
        return [c.id, score === undefined ? '' : String(score)];
      }),
    ),
    comment: review?.comment ?? '',
  };
}

/** The keys of the criteria not scored yet: every criterion must be. */
export const unscored = (draft: ReviewDraft, criteria: readonly CallCriterion[]): string[] =>
  criteria.filter((c) => !SCORES.map(String).includes(draft.scores[c.id] ?? '')).map((c) => c.id);

/** What the API keeps of a review with every criterion scored. */
export function saveReviewOf(draft: ReviewDraft, criteria: readonly CallCriterion[]): SaveReviewInput {
  return {
    scores: Object.fromEntries(criteria.map((c) => [c.id, Number(draft.scores[c.id])])),
    comment: draft.comment.trim(),
  };
}

/**
 * The weighted mean of a review's scores, out of 5, as the call's score counts each criterion; null when a
 * criterion is not scored.
 */
export function weightedScore(
  scores: Readonly<Record<string, number>>,
  criteria: readonly CallCriterion[],
): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scores[c.id];
    if (score === undefined) return null;
    sum += score * c.weight;
    weights += c.weight;
  }
  return weights === 0 ? null : sum / weights;
}
