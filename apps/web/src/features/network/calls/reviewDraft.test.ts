import type { CallCriterion, CallReview } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  SCORES,
  othersReviews,
  ownReview,
  reviewDraftOf,
  saveReviewOf,
  unscored,
  weightedScore,
} from './reviewDraft.ts';

const criteria: CallCriterion[] = [
  { id: 'mass-events', label: 'Mass events', guidance: '', weight: 3 },
  { id: 'commitment', label: 'Commitment', guidance: '', weight: 1 },
];

const review = (reviewerOrgId: string, scores: Record<string, number>): CallReview => ({
  reviewerOrgId,
  reviewerOrgName: reviewerOrgId,
  byName: 'Reviewer',
  scores,
  comment: 'Strong on mass events.',
  at: '2025-03-20T10:00:00Z',
});

describe('the reviews of an application', () => {
  const reviews = [
    review('nice', { 'mass-events': 4, commitment: 2 }),
    review('efus', { 'mass-events': 5, commitment: 5 }),
  ];

  it('are told apart: the reader organisation’s own, and the others', () => {
    expect(ownReview(reviews, 'nice')?.reviewerOrgId).toBe('nice');
    expect(othersReviews(reviews, 'nice').map((r) => r.reviewerOrgId)).toEqual(['efus']);
    expect(ownReview(reviews, 'liege')).toBeUndefined();
    expect(ownReview(reviews, null)).toBeUndefined();
  });

  it('fill the form with the scores given before, or leave it to be scored', () => {
    expect(reviewDraftOf(criteria, reviews[0])).toEqual({
      scores: { 'mass-events': '4', commitment: '2' },
      comment: 'Strong on mass events.',
    });
    expect(reviewDraftOf(criteria, undefined)).toEqual({
      scores: { 'mass-events': '', commitment: '' },
      comment: '',
    });
  });
});

describe('a review’s form', () => {
  it('offers the scores 0 to 5', () => {
    expect(SCORES).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('needs every criterion scored', () => {
    expect(unscored({ scores: { 'mass-events': '0' }, comment: '' }, criteria)).toEqual(['commitment']);
    expect(unscored({ scores: { 'mass-events': '6', commitment: '5' }, comment: '' }, criteria)).toEqual([
      'mass-events',
    ]);
    expect(unscored({ scores: { 'mass-events': '0', commitment: '5' }, comment: '' }, criteria)).toEqual([]);
  });

  it('is sent as numbers, its comment trimmed', () => {
    expect(
      saveReviewOf(
        { scores: { 'mass-events': '0', commitment: '5', other: '3' }, comment: ' Good ' },
        criteria,
      ),
    ).toEqual({
      scores: { 'mass-events': 0, commitment: 5 },
      comment: 'Good',
    });
  });
});

describe('weightedScore', () => {
  it('weighs each criterion as the call says', () => {
    expect(weightedScore({ 'mass-events': 4, commitment: 0 }, criteria)).toBe(3);
    expect(weightedScore({ 'mass-events': 5, commitment: 5 }, criteria)).toBe(5);
  });

  it('is nothing while a criterion is not scored', () => {
    expect(weightedScore({ 'mass-events': 4 }, criteria)).toBeNull();
  });
});
