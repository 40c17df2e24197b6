import type { CalendarEvent } from '@pactesur/contracts';

/**
 * The calendars of several networks as one: each event once (an organisation may belong to two networks),
 * soonest first.
 *
 * @example mergeCalendars([pactesur1, pactesur2]).map((e) => e.name)
 */
export function mergeCalendars(calendars: readonly (readonly CalendarEvent[])[]): CalendarEvent[] {
  const byId = new Map<string, CalendarEvent>();
  for (const list of calendars) for (const e of list) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.name.localeCompare(b.name),
  );
}
