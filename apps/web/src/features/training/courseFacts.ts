import type { Course } from '@pactesur/contracts';

/** Where enrolment to a course stands for everyone: open with places left, full, or closed. */
export type EnrolmentStanding = 'open' | 'full' | 'closed';

/** The places nobody has taken yet. */
export const placesLeft = (course: Pick<Course, 'places' | 'taken'>): number =>
  Math.max(0, course.places - course.taken);

/** Whether people can still be enrolled: closed first (whatever the places), then full, else open. */
export function enrolmentStanding(
  course: Pick<Course, 'places' | 'taken' | 'enrolmentOpen'>,
): EnrolmentStanding {
  if (!course.enrolmentOpen) return 'closed';
  return placesLeft(course) === 0 ? 'full' : 'open';
}

/** The message that says a course's places, and its values: how many are left while enrolment is open. */
export function placesMessage(course: Pick<Course, 'places' | 'taken' | 'enrolmentOpen'>): {
  key: 'course.placesLeft' | 'course.placesFull' | 'course.placesTaken';
  left: number;
  taken: number;
  places: number;
} {
  const standing = enrolmentStanding(course);
  const key =
    standing === 'open'
      ? 'course.placesLeft'
      : standing === 'full'
        ? 'course.placesFull'
        : 'course.placesTaken';
  return { key, left: placesLeft(course), taken: course.taken, places: course.places };
}

/**
 * The days of a course in the reader's language and time zone, one day or a range:
 * `3 Mar 2027`, `3–4 Mar 2027`, `28 févr. – 2 mars 2027`.
 */
export function courseDays(startsAt: string, endsAt: string, locale: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** A session's day and hours in the reader's language and time zone: `Wed, 3 Mar 2027, 09:00–12:00`. */
export function sessionWhen(startsAt: string, endsAt: string, locale: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** A share from 0 to 1 as a whole percentage in the reader's language: `67 %` in French. */
export const percent = (share: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Hours as the reader writes them: `6.5`, `6,5`. */
export const hoursText = (hours: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
