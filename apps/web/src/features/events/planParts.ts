import { EventPlanPatch, type EventPlan, type EventRecord, type PlanFeature } from '@pactesur/contracts';
import { issueProblems, type DraftProblem } from '../../ui/draftSaver.ts';

/**
 * The parts of the plan the plan tab changes: the site plan, the audience and the written sections; the
 * worksheets are saved by their own panel.
 */
export interface PlanParts {
  readonly features: readonly PlanFeature[];
  readonly expectedPeak: number;
  readonly reducedFlows: boolean;
  readonly sections: EventPlan['sections'];
}

export const planPartsOf = (event: Pick<EventRecord, 'plan'>): PlanParts => ({
  features: event.plan.features,
  expectedPeak: event.plan.expectedPeak,
  reducedFlows: event.plan.reducedFlows,
  sections: event.plan.sections,
});

/**
 * What the contract refuses in the editor's parts, and features sharing an id (the server refuses those
 * too); none when they may be sent.
 *
 * @example planProblems({ features: [], expectedPeak: -1, reducedFlows: false }) // [{ path: 'expectedPeak', … }]
 */
export function planProblems(parts: PlanParts): DraftProblem[] {
  const checked = EventPlanPatch.safeParse(parts);
  const problems = checked.success ? [] : issueProblems(checked.error.issues);
  const seen = new Set<string>();
  parts.features.forEach((f, i) => {
    if (seen.has(f.id)) problems.push({ path: `features.${i}.id`, message: `"${f.id}" is used twice` });
    seen.add(f.id);
  });
  return problems;
}
