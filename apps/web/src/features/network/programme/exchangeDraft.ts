import {
  MAX_NAME_LENGTH,
  type AddExchangeGuestInput,
  type Exchange,
  type SaveExchangeInput,
} from '@pactesur/contracts';
import type { ActivityDates } from './activityDates.ts';

/** An exchange as its form holds it; `eventId` is empty for no event plan. */
export interface ExchangeDraft {
  readonly hostOrgId: string;
  readonly objectives: string;
  readonly programme: string;
  readonly eventId: string;
  readonly report: string;
}

/** What is wrong with an exchange's draft. */
export type ExchangeProblem = 'host';

/** An officer to send, as the form holds them. */
export interface GuestDraft {
  readonly name: string;
  readonly role: string;
  readonly arrivesOn: string;
  readonly leavesOn: string;
}

/** What is wrong with a guest's draft, by field; `order`: leaving before arriving. */
export type GuestProblem = 'name' | 'arrivesOn' | 'leavesOn' | 'order';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The exchange to edit, or a new one's draft hosted by `host` (the city of the activity, when a member). */
export function exchangeDraftOf(exchange: Exchange | null, host = ''): ExchangeDraft {
  if (!exchange) return { hostOrgId: host, objectives: '', programme: '', eventId: '', report: '' };
  return {
    hostOrgId: exchange.hostOrgId,
    objectives: exchange.objectives,
    programme: exchange.programme,
    eventId: exchange.eventId ?? '',
    report: exchange.report,
  };
}

export function exchangeProblems(draft: ExchangeDraft): ExchangeProblem[] {
  return draft.hostOrgId === '' ? ['host'] : [];
}

/**
 * Whether the form offers the event plan: only to the people of the host it names, who alone tie (and see)
 * the exchange to one of their plans.
 */
export const offersPlan = (draft: ExchangeDraft, actingOrgId: string | null): boolean =>
  actingOrgId !== null && draft.hostOrgId === actingOrgId;

/** What the API keeps of a draft with no problems; the plan only when the reader acts for the host. */
export function exchangeSaveOf(draft: ExchangeDraft, actingOrgId: string | null): SaveExchangeInput {
  return {
    hostOrgId: draft.hostOrgId,
    objectives: draft.objectives.trim(),
    programme: draft.programme.trim(),
    eventId: offersPlan(draft, actingOrgId) && draft.eventId !== '' ? draft.eventId : null,
    report: draft.report.trim(),
  };
}

/** A new guest's draft, staying for the whole exchange. */
export const emptyGuest = (dates: ActivityDates): GuestDraft => ({
  name: '',
  role: '',
  arrivesOn: dates.startsOn,
  leavesOn: dates.endsOn,
});

const within = (day: string, dates: ActivityDates): boolean =>
  DAY.test(day) && day >= dates.startsOn && day <= dates.endsOn;

/** The problems of a guest's draft: a name, and days within the exchange's, arriving before leaving. */
export function guestProblems(draft: GuestDraft, dates: ActivityDates): GuestProblem[] {
  const problems: GuestProblem[] = [];
  const name = draft.name.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) problems.push('name');
  const arrives = within(draft.arrivesOn, dates);
  const leaves = within(draft.leavesOn, dates);
  if (!arrives) problems.push('arrivesOn');
  if (!leaves) problems.push('leavesOn');
  if (arrives && leaves && draft.leavesOn < draft.arrivesOn) problems.push('order');
  return problems;
}

/** What the API takes of a guest's draft with no problems. */
export function guestOf(draft: GuestDraft): AddExchangeGuestInput {
  return {
    name: draft.name.trim(),
    role: draft.role.trim(),
    arrivesOn: draft.arrivesOn,
    leavesOn: draft.leavesOn,
  };
}
