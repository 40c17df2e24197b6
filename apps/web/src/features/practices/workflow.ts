import { EucpnCriterion, type Practice } from '@pactesur/contracts';

/** A criterion of the EU Crime Prevention Network and whether the practice meets it. */
export interface CriterionRow {
  readonly criterion: EucpnCriterion;
  readonly met: boolean;
}

/** The four criteria in their order, each met or not. */
export function criterionRows(unmet: readonly EucpnCriterion[]): CriterionRow[] {
  return EucpnCriterion.options.map((criterion) => ({ criterion, met: !unmet.includes(criterion) }));
}

/** A button of the workflow: hidden (null), offered, or shown disabled because a criterion is unmet. */
export type StepOffer = 'offered' | 'blocked' | null;

/** The steps of the workflow a reader is offered on a practice. */
export interface WorkflowOffer {
  /** Its editors submit a draft for review; blocked while a criterion is unmet. */
  readonly submit: StepOffer;
  /** Its reviewers send a practice in review back to its authors, with a note. */
  readonly return: StepOffer;
  /** Its reviewers publish a practice in review with a label; blocked while a criterion is unmet. */
  readonly publish: StepOffer;
  /** Its reviewers withdraw a published practice, with a note. */
  readonly unpublish: StepOffer;
}

/**
 * What the reader may do next with the practice, by its stage and their rights (the server checks again).
 *
 * @example workflowOffer({ state: 'draft', unmet: ['replicable'], canEdit: true, canReview: false }).submit // 'blocked'
 */
export function workflowOffer(p: Pick<Practice, 'state' | 'unmet' | 'canEdit' | 'canReview'>): WorkflowOffer {
  const gate: StepOffer = p.unmet.length === 0 ? 'offered' : 'blocked';
  return {
    submit: p.canEdit && p.state === 'draft' ? gate : null,
    return: p.canReview && p.state === 'review' ? 'offered' : null,
    publish: p.canReview && p.state === 'review' ? gate : null,
    unpublish: p.canReview && p.state === 'published' ? 'offered' : null,
  };
}

/** Whether the reader has any step of the workflow to take. */
export const hasSteps = (offer: WorkflowOffer): boolean => Object.values(offer).some((o) => o !== null);
