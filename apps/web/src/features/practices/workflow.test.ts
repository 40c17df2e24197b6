import { describe, expect, it } from 'vitest';
import { criterionRows, hasSteps, workflowOffer } from './workflow.ts';

describe('criterionRows', () => {
  it('lists the four criteria in order, each met or not', () => {
    expect(criterionRows(['replicable', 'problem-described'])).toEqual([
      { criterion: 'problem-described', met: false },
      { criterion: 'intervention-explained', met: true },
      { criterion: 'outcome-or-plausibility', met: true },
      { criterion: 'replicable', met: false },
    ]);
  });
});

describe('workflowOffer', () => {
  const editor = { canEdit: true, canReview: false };
  const reviewer = { canEdit: false, canReview: true };

  it('lets the editors submit a draft only once every criterion is met', () => {
    expect(workflowOffer({ ...editor, state: 'draft', unmet: ['replicable'] }).submit).toBe('blocked');
    expect(workflowOffer({ ...editor, state: 'draft', unmet: [] }).submit).toBe('offered');
    expect(workflowOffer({ ...editor, state: 'review', unmet: [] }).submit).toBeNull();
    expect(workflowOffer({ ...reviewer, state: 'draft', unmet: [] }).submit).toBeNull();
  });

  it('lets the reviewers return or publish a practice in review', () => {
    const offer = workflowOffer({ ...reviewer, state: 'review', unmet: ['replicable'] });
    expect(offer).toEqual({ submit: null, return: 'offered', publish: 'blocked', unpublish: null });
    expect(workflowOffer({ ...reviewer, state: 'review', unmet: [] }).publish).toBe('offered');
  });

  it('lets the reviewers withdraw a published practice', () => {
    expect(workflowOffer({ ...reviewer, state: 'published', unmet: [] })).toEqual({
      submit: null,
      return: null,
      publish: null,
      unpublish: 'offered',
    });
  });

  it('offers nothing to a reader without rights', () => {
    for (const state of ['draft', 'review', 'published'] as const)
      expect(hasSteps(workflowOffer({ canEdit: false, canReview: false, state, unmet: [] }))).toBe(false);
    expect(hasSteps(workflowOffer({ ...editor, state: 'draft', unmet: [] }))).toBe(true);
  });
});
