/**
 * The network's calendar as iCalendar (RFC 5545), for any calendar application to subscribe to: academies,
 * workshops, officer exchanges and visits as events.
 */

/** A whole day, `YYYY-MM-DD`: the first day for a start, the last day (included) for an end. */
export interface CalendarDay {
  date: string;
}

/** An instant as an ISO date-time; one without an offset is taken as UTC. */
export interface CalendarInstant {
  dateTime: string;
}

export type CalendarTime = CalendarDay | CalendarInstant;

export type CalendarStatus = 'confirmed' | 'tentative' | 'cancelled';

/** An event of the calendar. */
export interface CalendarEvent {
  /** Stable across exports, so that a subscribed calendar updates the event instead of adding another. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  /** Longitude, latitude (WGS 84), as everywhere else on the platform. */
  geo?: readonly [number, number];
  /** An http(s) address with more about it. */
  url?: string;
  categories?: readonly string[];
  status?: CalendarStatus;
  /** All-day events give days at both ends; an event with times gives instants at both ends. */
  start: CalendarTime;
  end: CalendarTime;
}

export interface Calendar {
  name: string;
  prodId?: string;
  events: readonly CalendarEvent[];
}

/** The product identifier of the calendars the platform writes, when none is given. */
export const DEFAULT_PROD_ID = '-//Pactesur//Network calendar//EN';

/** Longest content line, in octets of UTF-8, without its CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';
const DAY_MS = 86_400_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters RFC 5545 refuses in TEXT (C0 but tab and line feed, DEL) and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A text as it may stand in a calendar: one kind of line break, no control character, well-formed Unicode. */
export function calendarText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return calendarText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): each further line starts with a space, and a line is
 * only ever cut between two characters, never inside the bytes of one.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDD` of the UTC day of `time`. */
function basicDate(time: Date): string {
  return `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1)}${pad(time.getUTCDate())}`;
}

/** `YYYYMMDDTHHMMSSZ` of `time`, to the second. */
function basicUtc(time: Date): string {
  return `${basicDate(time)}T${pad(time.getUTCHours())}${pad(time.getUTCMinutes())}${pad(time.getUTCSeconds())}Z`;
}

function checkedTime(time: Date, what: string): Date {
  const year = time.getUTCFullYear();
  if (Number.isNaN(time.getTime()) || year < 1 || year > 9999)
    throw new RangeError(`${what} is not a date a calendar can hold`);
  return time;
}

/** Midnight UTC of a `YYYY-MM-DD` day. */
function dayOf(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const time = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years before 100 as they are.
  time.setUTCFullYear(year, month - 1, day);
  if (!m || time.getUTCFullYear() !== year || time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day) {
    throw new RangeError(`${date} is no day of the calendar`);
  }
  return checkedTime(time, date);
}

/** `YYYY-MM-DD` of the UTC day of `time`. */
const isoDay = (time: Date): string =>
  `${pad(time.getUTCFullYear(), 4)}-${pad(time.getUTCMonth() + 1)}-${pad(time.getUTCDate())}`;

/** The instant of an ISO date-time, UTC when it gives no offset. */
function instantOf(dateTime: string): Date {
  const t = dateTime.indexOf('T');
  const zoned = t >= 0 && /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/.test(dateTime.slice(t));
  return checkedTime(new Date(t >= 0 && !zoned ? `${dateTime}Z` : dateTime), dateTime);
}

/** DTSTART and DTEND of an event; an end not after its start is mended as RFC 5545 wants. */
function whenLines(start: CalendarTime, end: CalendarTime): string[] {
  if ('date' in start) {
    const first = dayOf(start.date);
    const last = 'date' in end ? dayOf(end.date) : dayOf(isoDay(instantOf(end.dateTime)));
    // DTEND of an all-day event is the day after its last (exclusive); at least one day long.
    const after = new Date(Math.max(first.getTime(), last.getTime()) + DAY_MS);
    return [
      `DTSTART;VALUE=DATE:${basicDate(first)}`,
      `DTEND;VALUE=DATE:${basicDate(checkedTime(after, 'the end'))}`,
    ];
  }
  const from = instantOf(start.dateTime);
  const to = 'dateTime' in end ? instantOf(end.dateTime) : new Date(dayOf(end.date).getTime() + DAY_MS);
  const lines = [`DTSTART:${basicUtc(from)}`];
  // An event of one instant has no DTEND: RFC 5545 wants it after DTSTART.
  if (Math.floor(to.getTime() / 1000) > Math.floor(from.getTime() / 1000))
    lines.push(`DTEND:${basicUtc(to)}`);
  return lines;
}

/** A number of degrees as a FLOAT value, to the micro-degree (about 10 cm), never in exponent notation. */
const degrees = (x: number): string => String(Number(x.toFixed(6)) + 0);

/** An http(s) address in its normal form, or null for anything else. */
function webAddress(url: string): string | null {
  try {
    const parsed = new URL(calendarText(url).trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A category as written: trimmed, and without backslashes at its end — some readers (ical.js among them)
 * take the comma after an escaped backslash for an escaped comma, and would join two categories.
 */
const categoryText = (category: string): string =>
  calendarText(category)
    .replace(/[\s\\]+$/u, '')
    .trim();

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...whenLines(event.start, event.end),
  ];
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  const description = calendarText(event.description ?? '');
  if (description.trim() !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = calendarText(event.location ?? '');
  if (location.trim() !== '') lines.push(`LOCATION:${escapeText(location)}`);
  if (event.geo) {
    const [lon, lat] = event.geo;
    if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
      lines.push(`GEO:${degrees(lat)};${degrees(lon)}`);
    }
  }
  const url = event.url === undefined ? null : webAddress(event.url);
  if (url !== null) lines.push(`URL:${url}`);
  const categories = (event.categories ?? []).map(categoryText).filter((c) => c !== '');
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A calendar as an iCalendar file (RFC 5545, `text/calendar`): published (METHOD PUBLISH) under its name,
 * each event with its stable UID, stamped at `stampedAt`, on whole days (DTEND the day after the last) or
 * between UTC instants. Texts are escaped, control characters dropped, lines folded at 75 octets without
 * cutting a character, and ended by CRLF. An address other than http(s) and coordinates off the globe are
 * left out; a day or instant that is none throws a RangeError.
 */
export function writeCalendar(calendar: Calendar, stampedAt: Date): string {
  const stamp = basicUtc(checkedTime(stampedAt, 'the stamp'));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
