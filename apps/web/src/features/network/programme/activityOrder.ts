import type { ActivityDates } from './activityDates.ts';

interface Dated extends ActivityDates {
  readonly title: string;
}

/** The programme in two parts: what is still to come (or under way), soonest first; what is over, latest first. */
export interface Programme<T> {
  readonly upcoming: T[];
  readonly past: T[];
}

/** Today as a calendar day (`2024-11-14`) in the reader's own time zone. */
export const calendarDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const bySoonest = (a: Dated, b: Dated): number =>
  a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title);

/**
 * Sorts a network's activities into its programme on `today`: an activity is upcoming until its last day has
 * passed — one known only by its month or year stays upcoming until that month or year is over.
 */
export function programmeOn<T extends Dated>(activities: readonly T[], today: string): Programme<T> {
  const upcoming = activities.filter((a) => a.endsOn >= today).sort(bySoonest);
  const past = activities.filter((a) => a.endsOn < today).sort((a, b) => bySoonest(b, a));
  return { upcoming, past };
}
