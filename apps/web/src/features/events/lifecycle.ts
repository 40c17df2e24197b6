import { EVENT_STATUSES, type EventStatus } from '@pactesur/contracts';

/** A step of a plan's life as the header shows it: passed, the one it is at, or still to come. */
export interface LifecycleStep {
  readonly status: EventStatus;
  readonly state: 'done' | 'current' | 'todo';
}

/**
 * The steps of a plan's life (draft → submitted → under review → approved → live → debriefed), each
 * passed, current or to come for a plan at `status`.
 *
 * @example lifecycle('approved').map((s) => s.state) // ['done', 'done', 'done', 'current', 'todo', 'todo']
 */
export function lifecycle(status: EventStatus): LifecycleStep[] {
  const at = EVENT_STATUSES.indexOf(status);
  return EVENT_STATUSES.map((s, i) => ({
    status: s,
    state: i < at ? 'done' : i === at ? 'current' : 'todo',
  }));
}

/** The statuses a plan's list is filtered by: all of them, or one. */
export type StatusFilter = EventStatus | 'all';

/**
 * The plans of a list with the status chosen, soonest first (the next event at the top), then by name.
 *
 * @example filterEvents(events, 'approved')
 */
export function filterEvents<
  E extends { readonly status: EventStatus; readonly startsAt: string; readonly name: string },
>(events: readonly E[], status: StatusFilter): E[] {
  return events
    .filter((e) => status === 'all' || e.status === status)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.name.localeCompare(b.name));
}
