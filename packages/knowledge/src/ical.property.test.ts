// Whatever texts an event holds (accents, emoji, escapes, line breaks of every kind, control characters,
// lone surrogates, thousands of characters), the calendar a standard reader (ical.js) parses gives them back
// as calendarText makes them fit (control characters dropped, line breaks as \n), and no line of it is over
// 75 octets or cut inside a character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, MAX_LINE_OCTETS, writeCalendar } from './ical.ts';
import { readBack } from './test-support/ical-read-back.ts';

const STAMP = new Date('2025-05-01T00:00:00Z');

/** A character: any code point, or one of those that have to be escaped, dropped or kept with care. */
const char = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(
    '\\',
    ';',
    ',',
    ':',
    '"',
    '\n',
    '\r\n',
    '\r',
    '\t',
    ' ',
    '\u0000',
    '\u001b',
    '\u007f',
    '\u0085',
    '\uD83D',
    '\uDE80',
    'é',
    'ß',
    '€',
    '😀',
    '🇫🇷',
    '👮🏽‍♀️',
    '\u2028',
    '\uFEFF',
  ),
);
const text = (maxLength: number) => fc.string({ unit: char, maxLength });

/** What a text reads back as: well-formed, one kind of line break, no control character but tab and line feed. */
const fitted = (s: string): string =>
  s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');

const TEXT_PROPERTIES = new Set(['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME']);
const TEXT_VALUE = /^(?:[^\\;,]|\\[\\;,nN])*$/u;
const TEXT_LIST = /^(?:[^\\;]|\\[\\;,nN])*$/u;

const event = fc.record({
  uid: text(40),
  title: text(200),
  description: fc.oneof(text(400), text(4_000)),
  location: text(120),
  categories: fc.array(text(30), { maxLength: 4 }),
});

describe('writeCalendar, property', () => {
  it('gives back every title, description, location and category, in lines of at most 75 octets', () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(text(80), fc.array(event, { minLength: 1, maxLength: 4 }), (name, drawn) => {
        const events: CalendarEvent[] = drawn.map((e, i) => ({
          ...e,
          start: { date: '2025-06-01' },
          end: { date: '2025-06-02' },
          uid: `${i}-${e.uid}`,
        }));
        const output = writeCalendar({ name, events }, STAMP);
        expect(output.endsWith('\r\n')).toBe(true);
        for (const line of output.split('\r\n').slice(0, -1)) {
          const bytes = encoder.encode(line);
          expect(bytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // Each line is whole UTF-8 on its own: no character is cut by a fold.
          expect(() => decoder.decode(bytes)).not.toThrow();
          expect(line).not.toMatch(/[\r\n]/);
        }
        // Unfolded, each text value keeps to RFC 5545's TEXT grammar: `\\ \; \, \n` escaped, no control but tab.
        for (const line of output.replace(/\r\n /g, '').split('\r\n')) {
          const [, name, value] = /^([A-Z-]+)[;:](.*)$/.exec(line) ?? [];
          if (name === undefined || value === undefined) continue;
          // eslint-disable-next-line no-control-regex
          expect(value).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
          if (TEXT_PROPERTIES.has(name)) expect(value).toMatch(TEXT_VALUE);
          if (name === 'CATEGORIES') expect(value).toMatch(TEXT_LIST);
        }
        const read = readBack(output);
        expect(read.calendar['x-wr-calname']).toBe(fitted(name));
        expect(read.events).toHaveLength(events.length);
        read.events.forEach((r, i) => {
          const e = events[i];
          if (!e) throw new Error(`no event ${i}`);
          expect(r.uid).toBe(fitted(e.uid));
          expect(r.summary).toBe(fitted(e.title));
          expect(r.description).toBe(
            fitted(e.description ?? '').trim() === '' ? null : fitted(e.description ?? ''),
          );
          expect(r.location).toBe(fitted(e.location ?? '').trim() === '' ? null : fitted(e.location ?? ''));
          // Categories are trimmed, and lose the backslashes they end with (see categoryText).
          expect(r.categories).toEqual(
            (e.categories ?? [])
              .map((c) =>
                fitted(c)
                  .replace(/[\s\\]+$/u, '')
                  .trim(),
              )
              .filter((c) => c !== ''),
          );
          expect(r.start).toEqual({ type: 'date', value: '2025-06-01' });
          expect(r.end).toEqual({ type: 'date', value: '2025-06-03' });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes any day of the years 1000 to 9997 and the day after its last, as a reader counts them', () => {
    const day = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9997-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (first, length) => {
        const last = new Date(first.getTime() + length * 86_400_000);
        const after = new Date(last.getTime() + 86_400_000);
        const events: CalendarEvent[] = [
          { uid: 'u', title: 't', start: { date: iso(first) }, end: { date: iso(last) } },
        ];
        const [r] = readBack(writeCalendar({ name: 'A', events }, STAMP)).events;
        expect(r?.start.value).toBe(iso(first));
        expect(r?.end?.value).toBe(iso(after));
      }),
      { numRuns: 200 },
    );
  });
});
