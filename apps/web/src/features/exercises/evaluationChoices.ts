import type { Capability, CriticalTask, Objective } from '@pactesur/contracts';

/**
 * The exercise evaluation guide as an observation is linked to it: objective → capability → critical task.
 * A chosen objective narrows the capabilities to those it tests, a chosen capability the tasks to its own,
 * and a task chosen first brings its capability with it.
 */

/** What an exercise's guide is made of: its objectives, capabilities and critical tasks. */
export interface EvaluationGuide {
  readonly objectives: readonly Objective[];
  readonly capabilities: readonly Capability[];
  readonly tasks: readonly CriticalTask[];
}

/** Where an observation belongs in the guide; null where it is not linked. */
export interface GuideLink {
  readonly objectiveId: string | null;
  readonly capabilityId: string | null;
  readonly taskId: string | null;
}

export const NO_LINK: GuideLink = { objectiveId: null, capabilityId: null, taskId: null };

/** The capabilities to offer: those the chosen objective tests (when it names any), else all of them. */
export function capabilityChoices(guide: EvaluationGuide, objectiveId: string | null): Capability[] {
  const objective = objectiveId === null ? undefined : guide.objectives.find((o) => o.id === objectiveId);
  if (!objective || objective.capabilities.length === 0) return [...guide.capabilities];
  const tested = new Set(objective.capabilities);
  return guide.capabilities.filter((c) => tested.has(c.id));
}

/** The critical tasks to offer: the chosen capability's, else those of every capability offered. */
export function taskChoices(guide: EvaluationGuide, link: Pick<GuideLink, 'objectiveId' | 'capabilityId'>): CriticalTask[] {
  if (link.capabilityId !== null) return guide.tasks.filter((t) => t.capabilityId === link.capabilityId);
  const offered = new Set(capabilityChoices(guide, link.objectiveId).map((c) => c.id));
  return guide.tasks.filter((t) => offered.has(t.capabilityId));
}

/**
 * The link made consistent after one of its parts changed: a capability the objective does not test is
 * dropped, and so is a task of another capability; a task chosen without a capability brings its own.
 */
export function narrowLink(guide: EvaluationGuide, link: GuideLink): GuideLink {
  const offered = capabilityChoices(guide, link.objectiveId);
  const capabilityId = link.capabilityId !== null && offered.some((c) => c.id === link.capabilityId) ? link.capabilityId : null;
  const task = link.taskId === null ? undefined : guide.tasks.find((t) => t.id === link.taskId);
  if (!task || !offered.some((c) => c.id === task.capabilityId)) return { objectiveId: link.objectiveId, capabilityId, taskId: null };
  if (capabilityId !== null && capabilityId !== task.capabilityId) return { objectiveId: link.objectiveId, capabilityId, taskId: null };
  return { objectiveId: link.objectiveId, capabilityId: task.capabilityId, taskId: task.id };
}

/** The names of what an observation is linked to, for the reader; an id the guide no longer has as itself. */
export function linkNames(guide: EvaluationGuide, link: GuideLink): { objective: string | null; capability: string | null; task: string | null } {
  const { objectiveId, capabilityId, taskId } = link;
  return {
    objective: objectiveId === null ? null : (guide.objectives.find((o) => o.id === objectiveId)?.text ?? objectiveId),
    capability: capabilityId === null ? null : (guide.capabilities.find((c) => c.id === capabilityId)?.name ?? capabilityId),
    task: taskId === null ? null : (guide.tasks.find((t) => t.id === taskId)?.text ?? taskId),
  };
}

/**
 * A long text cut to fit an option of a list, on a word when one ends close enough, with an ellipsis.
 *
 * @example shortText('Within 5 minutes of the first call, the control room passes a report', 30) // 'Within 5 minutes of the first…'
 */
export function shortText(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  // The cut falls at the end of a word when the next character is a space.
  const space = t[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
