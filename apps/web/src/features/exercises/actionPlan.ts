import type { ActionStatus, CorrectiveAction, Exercise, SaveCorrectiveAction } from '@pactesur/contracts';

/**
 * The improvement plan's rules as the page applies them: an action not done by its due day is overdue, its
 * status moves open → in progress → done, and it is given to the organiser or to an agency taking part.
 */

/** A calendar day (`2027-07-15`) as the reader's clock has it. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Whether an action is overdue on `today`: a due day passed, and not done. */
export const isOverdue = (action: Pick<CorrectiveAction, 'dueOn' | 'status'>, today: string): boolean =>
  action.status !== 'done' && action.dueOn !== null && action.dueOn < today;

/** The status an action moves on to; null once done. */
export function nextStatus(status: ActionStatus): Exclude<ActionStatus, 'open'> | null {
  return status === 'open' ? 'in-progress' : status === 'in-progress' ? 'done' : null;
}

/** The organisations an action may be given to: the organiser, then each agency taking part, once each. */
export function actionOrgs(exercise: Pick<Exercise, 'ownerOrgId' | 'ownerName' | 'participants'>): { orgId: string; orgName: string }[] {
  const orgs = new Map<string, string>([[exercise.ownerOrgId, exercise.ownerName]]);
  for (const p of exercise.participants) if (!orgs.has(p.orgId)) orgs.set(p.orgId, p.orgName);
  return [...orgs].map(([orgId, orgName]) => ({ orgId, orgName }));
}

/** What to send to save an action as it is, with some of its fields changed. */
export function actionSave(action: CorrectiveAction, change: Partial<SaveCorrectiveAction> = {}): SaveCorrectiveAction {
  const { text, element, orgId, capabilityId, startsOn, dueOn, status, eventId, practice } = action;
  return { text, element, orgId, capabilityId, startsOn, dueOn, status, eventId, practice, ...change };
}

/** Whether an action's dates are in order: it is not due before it starts. */
export const datesInOrder = (startsOn: string | null, dueOn: string | null): boolean =>
  startsOn === null || dueOn === null || startsOn <= dueOn;
