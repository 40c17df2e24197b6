/**
 * The time the reports module reads: when a report was made, closed and will be purged, and when the
 * retention job runs. The platform's is the system clock; a test moves it (vitest's fake `Date`) to see
 * the scheduled purge happen, since every time of a report is the module's, never the database's `now()`.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const DAY_MS = 86_400_000;

/** `days` after `at`. */
export const daysAfter = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);

/** The calendar day (UTC) of an instant, as the tallies count it: `2027-03-10`. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);
