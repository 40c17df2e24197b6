import type { DatePrecision } from '@pactesur/contracts';

/** The dates of an activity as the programme keeps them: first and last day, and how precisely they are known. */
export interface ActivityDates {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly precision: DatePrecision;
}

const OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** The part of a day (`2024-11-14`) that a precision keeps: the day, `2024-11` or `2024`. */
const keptPart = (day: string, precision: DatePrecision): string =>
  precision === 'day' ? day.slice(0, 10) : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);

const utc = (day: string): Date => new Date(`${day.slice(0, 10)}T00:00:00Z`);

/**
 * When an activity takes place, in the reader's language and only as precisely as it is known: `14 nov. 2023`,
 * `14–16 nov. 2023`, `novembre 2024`, `mai – juin 2025`, `2025`. Calendar days, whatever the time zone.
 */
export function activityDateLabel(dates: ActivityDates, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, OPTIONS[dates.precision]);
  const start = utc(dates.startsOn);
  if (keptPart(dates.startsOn, dates.precision) === keptPart(dates.endsOn, dates.precision))
    return format.format(start);
  return format.formatRange(start, utc(dates.endsOn));
}

/** Whether the days are still to be confirmed: only the month or the year is known. */
export const isTentative = (dates: ActivityDates): boolean => dates.precision !== 'day';
