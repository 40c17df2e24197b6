/**
 * Dates of an event as a form shows them (`<input type="datetime-local">`, in the browser's time zone)
 * and as the API takes them (ISO 8601 with an offset).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A timestamp as a `datetime-local` field shows it, in the browser's time zone, to the minute; empty for
 * none or a date that cannot be read.
 *
 * @example localInputOf('2027-02-09T09:00:00Z') // '2027-02-09T10:00' in Berlin
 */
export function localInputOf(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What a `datetime-local` field holds as an ISO timestamp (UTC, as the API answers them); null when it
 * is empty or not a date.
 *
 * @example isoOfLocalInput('2027-02-09T10:00') // '2027-02-09T09:00:00.000Z' in Berlin
 */
export function isoOfLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Where the deadline to submit a plan stands: none set, met (submitted), far, within a week, or passed. */
export type DeadlineState = 'none' | 'met' | 'open' | 'soon' | 'overdue';

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * Where a plan stands against its deadline to be submitted, at `now`: once it left the draft the deadline is
 * met; a draft is `soon` within a week of it and `overdue` after it.
 *
 * @example deadlineState('2027-01-12T00:00:00Z', 'draft', new Date('2027-01-10T00:00:00Z')) // 'soon'
 */
export function deadlineState(submitBy: string | null, status: string, now: Date): DeadlineState {
  if (submitBy === null) return 'none';
  if (status !== 'draft') return 'met';
  const left = Date.parse(submitBy) - now.getTime();
  if (Number.isNaN(left)) return 'none';
  if (left < 0) return 'overdue';
  return left <= WEEK_MS ? 'soon' : 'open';
}

/** The same moment a year later (next year's edition), as ISO. */
export function nextYear(iso: string): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString();
}
