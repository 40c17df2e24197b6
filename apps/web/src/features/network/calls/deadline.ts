/** How long is left before a deadline, in the largest unit that says it well. */
export interface TimeLeft {
  readonly value: number;
  readonly unit: 'day' | 'hour' | 'minute';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Midnight of a moment's calendar day, in the reader's own time zone. */
const localDay = (at: Date): number => new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();

/**
 * What is left before `deadline` at `now`, or null once it has passed: minutes within the hour, hours within
 * the day, else the number of calendar days between today and the deadline's day in the reader's time zone
 * (a Friday deadline is "in 2 days" all Wednesday long).
 */
export function timeLeft(deadline: string, now: Date): TimeLeft | null {
  const end = new Date(deadline);
  const left = end.getTime() - now.getTime();
  if (!(left > 0)) return null;
  if (left < HOUR) return { value: Math.max(1, Math.ceil(left / MINUTE)), unit: 'minute' };
  if (left < DAY) return { value: Math.floor(left / HOUR), unit: 'hour' };
  // Rounded: a day of 23 or 25 hours (a change of summer time) is still one day.
  return { value: Math.max(1, Math.round((localDay(end) - localDay(now)) / DAY)), unit: 'day' };
}

/** `in 3 days`, `dans 3 jours`, `tra 5 ore`: what is left, in the reader's language. */
export const timeLeftWords = (left: TimeLeft, locale: string): string =>
  new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(left.value, left.unit);

/**
 * The deadline as a reader reads it, in their language and time zone (or `timeZone`), the zone named:
 * `Friday 14 March 2025 at 17:00 CET`.
 */
export function deadlineLabel(deadline: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(deadline));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant a date and a time typed in the reader's time zone stand for, as the API takes it
 * (`2025-03-14T16:00:00.000Z`), or null when either is not a real date or time.
 */
export function deadlineOf(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const at = new Date(year, month - 1, day, hour, minute);
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) return null;
  return at.toISOString();
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A deadline as its form's date and time fields show it, in the reader's time zone. */
export function deadlineParts(deadline: string): { readonly date: string; readonly time: string } {
  const at = new Date(deadline);
  return {
    date: `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
    time: `${two(at.getHours())}:${two(at.getMinutes())}`,
  };
}
