import { describe, expect, it } from 'vitest';
import {
  type CalendarEvent,
  DEFAULT_PROD_ID,
  escapeText,
  foldLine,
  MAX_LINE_OCTETS,
  writeCalendar,
} from './ical.ts';
import { readBack } from './test-support/ical-read-back.ts';

const STAMP = new Date('2025-03-01T09:30:15.250Z');
const octets = (line: string): number => new TextEncoder().encode(line).length;
const linesOf = (text: string): string[] => text.split('\r\n').slice(0, -1);

const academy: CalendarEvent = {
  uid: 'academy-nice-2024@pactesur',
  title: 'Académie de police, Nice',
  description:
    'Évaluation de la vulnérabilité; sécurité dès la conception, éthique des technologies.\nInscription auprès de la Ville.',
  location: 'Nice, Promenade des Anglais',
  geo: [7.2619, 43.6947],
  url: 'https://pactesur.example/academies/nice-2024',
  categories: ['Formation', 'Académie, police'],
  status: 'confirmed',
  start: { date: '2024-05-13' },
  end: { date: '2024-05-17' },
};

const kickOff: CalendarEvent = {
  uid: 'kick-off-paris@pactesur',
  title: 'Réunion de lancement 🚀',
  location: 'Paris',
  status: 'tentative',
  start: { dateTime: '2023-11-14T09:00:00+01:00' },
  end: { dateTime: '2023-11-14T17:30:00+01:00' },
};

describe('writeCalendar', () => {
  it('writes a published Gregorian calendar with its name and product', () => {
    const text = writeCalendar({ name: 'PACTESUR 2 — réseau, agenda', events: [] }, STAMP);
    expect(linesOf(text)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${DEFAULT_PROD_ID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:PACTESUR 2 — réseau\\, agenda',
      'END:VCALENDAR',
    ]);
    const { calendar, events } = readBack(text);
    expect(calendar).toMatchObject({
      version: '2.0',
      prodid: DEFAULT_PROD_ID,
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
      'x-wr-calname': 'PACTESUR 2 — réseau, agenda',
    });
    expect(events).toEqual([]);
    expect(
      readBack(writeCalendar({ name: 'x', prodId: '-//Ville de Liège//Agenda//FR', events: [] }, STAMP))
        .calendar['prodid'],
    ).toBe('-//Ville de Liège//Agenda//FR');
  });

  it('ends every line with CRLF and has no other line break', () => {
    const text = writeCalendar({ name: 'Agenda', events: [academy, kickOff] }, STAMP);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes every field of an all-day event as a calendar reads it back', () => {
    const [event] = readBack(writeCalendar({ name: 'Agenda', events: [academy] }, STAMP)).events;
    expect(event).toEqual({
      uid: academy.uid,
      stamp: '2025-03-01T09:30:15Z',
      start: { type: 'date', value: '2024-05-13' },
      // The day after the last: DTEND of a whole-day event is exclusive.
      end: { type: 'date', value: '2024-05-18' },
      summary: academy.title,
      description: academy.description,
      location: academy.location,
      geo: [43.6947, 7.2619],
      url: academy.url,
      categories: ['Formation', 'Académie, police'],
      status: 'CONFIRMED',
    });
  });

  it('writes times in UTC, whatever offset they were given in', () => {
    const text = writeCalendar({ name: 'Agenda', events: [kickOff] }, STAMP);
    expect(text).toContain('\r\nDTSTART:20231114T080000Z\r\n');
    const [event] = readBack(text).events;
    expect(event?.start).toEqual({ type: 'date-time', value: '2023-11-14T08:00:00Z' });
    expect(event?.end).toEqual({ type: 'date-time', value: '2023-11-14T16:30:00Z' });
    expect(event?.status).toBe('TENTATIVE');
    expect(event?.summary).toBe('Réunion de lancement 🚀');
    expect(event?.description).toBeNull();
    expect(event?.geo).toBeNull();
    expect(event?.url).toBeNull();
    expect(event?.categories).toEqual([]);
  });

  it('takes a date-time without offset as UTC, and leaves out DTEND of an instant', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          {
            uid: 'u',
            title: 't',
            start: { dateTime: '2025-02-20T18:00:00' },
            end: { dateTime: '2025-02-20T18:00:00Z' },
          },
        ],
      },
      STAMP,
    );
    const [event] = readBack(text).events;
    expect(event?.start.value).toBe('2025-02-20T18:00:00Z');
    expect(event?.end).toBeNull();
  });

  it('gives an all-day event at least one day, across month and year ends', () => {
    const one = (start: string, end: string) =>
      readBack(
        writeCalendar(
          { name: 'A', events: [{ uid: 'u', title: 't', start: { date: start }, end: { date: end } }] },
          STAMP,
        ),
      ).events[0]?.end?.value;
    expect(one('2024-12-31', '2024-12-31')).toBe('2025-01-01');
    expect(one('2024-02-28', '2024-02-29')).toBe('2024-03-01');
    expect(one('2025-06-10', '2025-06-01')).toBe('2025-06-11');
  });

  it('keeps both ends of a mixed event of the kind of its start', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          {
            uid: 'day',
            title: 't',
            start: { date: '2025-02-20' },
            end: { dateTime: '2025-02-22T23:30:00-02:00' },
          },
          {
            uid: 'time',
            title: 't',
            start: { dateTime: '2025-02-20T09:00:00Z' },
            end: { date: '2025-02-21' },
          },
        ],
      },
      STAMP,
    );
    const [day, time] = readBack(text).events;
    // 23:30 at UTC−2 is 01:30 UTC on the 23rd: the last day is the 23rd.
    expect([day?.start, day?.end]).toEqual([
      { type: 'date', value: '2025-02-20' },
      { type: 'date', value: '2025-02-24' },
    ]);
    // A last day as the end of a timed event: the midnight after it.
    expect([time?.start.value, time?.end?.value]).toEqual(['2025-02-20T09:00:00Z', '2025-02-22T00:00:00Z']);
  });

  it('writes the cancelled status, and an event without status or optional fields', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          { ...kickOff, status: 'cancelled' },
          { uid: 'bare', title: 'Visite', start: { date: '2025-07-01' }, end: { date: '2025-07-01' } },
        ],
      },
      STAMP,
    );
    const [cancelled, bare] = readBack(text).events;
    expect(cancelled?.status).toBe('CANCELLED');
    expect(bare).toMatchObject({
      uid: 'bare',
      summary: 'Visite',
      status: null,
      location: null,
      description: null,
    });
  });

  it('escapes backslashes, semicolons, commas and line breaks, and drops control characters', () => {
    const title = 'a\\b; c, d\r\ne\rf\ng\u0000h\u0007i\u001bj\u007fk\u0085l\tm';
    const text = writeCalendar(
      {
        name: 'A',
        events: [{ uid: 'u;1,2', title, start: { date: '2025-01-01' }, end: { date: '2025-01-01' } }],
      },
      STAMP,
    );
    expect(text).toContain('SUMMARY:a\\\\b\\; c\\, d\\ne\\nf\\nghijkl\tm\r\n');
    expect(text).toMatch(/^UID:u\\;1\\,2\r$/m);
    const [event] = readBack(text).events;
    expect(event?.summary).toBe('a\\b; c, d\ne\nf\nghijkl\tm');
    expect(event?.uid).toBe('u;1,2');
  });

  it('replaces a lone surrogate by the replacement character', () => {
    const [event] = readBack(
      writeCalendar({ name: 'A', events: [{ ...kickOff, title: 'x\uD83Dy\uDE80z' }] }, STAMP),
    ).events;
    expect(event?.summary).toBe('x\uFFFDy\uFFFDz');
  });

  it('folds long lines at 75 octets without cutting a character, and reads them back whole', () => {
    const description = `${'Évaluation de la vulnérabilité — 🚧🛡️ '.repeat(120)}fin`;
    const text = writeCalendar({ name: 'A', events: [{ ...academy, description }] }, STAMP);
    const lines = linesOf(text);
    expect(lines.length).toBeGreaterThan(60);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(50);
    expect(readBack(text).events[0]?.description).toBe(description);
  });

  it('leaves out addresses that are not web pages and coordinates off the globe', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          { ...academy, uid: 'js', url: 'javascript:alert(1)', geo: [200, 43] },
          { ...academy, uid: 'bad', url: 'not an address', geo: [Number.NaN, 43] },
          { ...academy, uid: 'ok', url: 'https://pactesur.example/p?a=1&b=é', geo: [-9.1393, 38.7223] },
        ],
      },
      STAMP,
    );
    const [js, bad, ok] = readBack(text).events;
    expect([js?.url, js?.geo, bad?.url, bad?.geo]).toEqual([null, null, null, null]);
    expect(ok?.url).toBe('https://pactesur.example/p?a=1&b=%C3%A9');
    expect(ok?.geo).toEqual([38.7223, -9.1393]);
  });

  it('writes coordinates without exponents, to the micro-degree', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          { ...academy, geo: [1e-7, -0.0000004] },
          { ...academy, uid: 'b', geo: [12.3456789, -45.0000001] },
        ],
      },
      STAMP,
    );
    expect(text).toContain('\r\nGEO:0;0\r\n');
    expect(text).toContain('\r\nGEO:-45;12.345679\r\n');
  });

  it('keeps categories apart even when one ends with a backslash', () => {
    const text = writeCalendar(
      { name: 'A', events: [{ ...academy, categories: ['C:\\', 'a\\b', 'x, y; z'] }] },
      STAMP,
    );
    expect(text).toContain('\r\nCATEGORIES:C:,a\\\\b,x\\, y\\; z\r\n');
    expect(readBack(text).events[0]?.categories).toEqual(['C:', 'a\\b', 'x, y; z']);
  });

  it('drops empty categories and writes none when none is left', () => {
    const text = writeCalendar(
      {
        name: 'A',
        events: [
          { ...academy, categories: [' ', '', 'Échange'] },
          { ...academy, uid: 'b', categories: ['  '] },
        ],
      },
      STAMP,
    );
    const [first, second] = readBack(text).events;
    expect(first?.categories).toEqual(['Échange']);
    expect(second?.categories).toEqual([]);
  });

  it('refuses days and instants that are none, and a stamp that is no date', () => {
    const event = (start: CalendarEvent['start']): CalendarEvent => ({
      uid: 'u',
      title: 't',
      start,
      end: start,
    });
    for (const start of [
      { date: '2025-02-30' },
      { date: '2025-13-01' },
      { date: '14/11/2023' },
      { date: '0000-01-01' },
      { dateTime: 'tomorrow' },
    ]) {
      expect(() => writeCalendar({ name: 'A', events: [event(start)] }, STAMP)).toThrow(RangeError);
    }
    expect(() => writeCalendar({ name: 'A', events: [] }, new Date(Number.NaN))).toThrow(RangeError);
  });

  it('keeps a calendar the same for the same input and stamp', () => {
    const calendar = { name: 'Agenda', events: [academy, kickOff] };
    expect(writeCalendar(calendar, STAMP)).toBe(writeCalendar(calendar, new Date(STAMP.getTime())));
    expect(writeCalendar(calendar, STAMP)).not.toBe(
      writeCalendar(calendar, new Date('2026-01-01T00:00:00Z')),
    );
  });
});

describe('escapeText', () => {
  it('escapes what TEXT escapes and nothing else', () => {
    expect(escapeText('a:b"c\\d;e,f\ng')).toBe('a:b"c\\\\d\\;e\\,f\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('moves a character that would straddle the limit to the next line', () => {
    // 74 octets then a 2-octet "é": 76 octets, so "é" goes to the next line.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    // A 4-octet emoji after 72 octets would end at the 76th: it moves too; after 71 it ends at the 75th and stays.
    expect(foldLine(`${'x'.repeat(72)}😀`)).toBe(`${'x'.repeat(72)}\r\n 😀`);
    expect(foldLine(`${'x'.repeat(71)}😀`)).toBe(`${'x'.repeat(71)}😀`);
  });
});
