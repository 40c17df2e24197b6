import ICAL from 'ical.js';

/** An event as a standard iCalendar reader (ical.js) understands it. */
export interface ReadEvent {
  uid: unknown;
  stamp: string;
  start: { type: string; value: string };
  end: { type: string; value: string } | null;
  summary: unknown;
  description: unknown;
  location: unknown;
  geo: unknown;
  url: unknown;
  categories: unknown[];
  status: unknown;
}

// RFC 5545 §3.8.8.2: a non-standard property is TEXT unless it says otherwise, as calendar applications read
// X-WR-CALNAME; ical.js keeps such values raw until told.
const icalProperties = (ICAL.design.icalendar as unknown as { property: Record<string, unknown> }).property;
icalProperties['x-wr-calname'] = { defaultType: 'text' };

const timeOf = (prop: ICAL.Property | null): { type: string; value: string } | null =>
  prop === null ? null : { type: prop.type, value: String(prop.getFirstValue()) };

/** The calendar's properties and events, read back with ical.js. */
export function readBack(text: string): { calendar: Record<string, unknown>; events: ReadEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const calendar: Record<string, unknown> = {};
  for (const prop of root.getAllProperties()) calendar[prop.name] = prop.getFirstValue();
  const events = root.getAllSubcomponents('vevent').map((e): ReadEvent => {
    const start = timeOf(e.getFirstProperty('dtstart'));
    if (start === null) throw new Error('an event without DTSTART');
    return {
      uid: e.getFirstPropertyValue('uid'),
      stamp: String(e.getFirstPropertyValue('dtstamp')),
      start,
      end: timeOf(e.getFirstProperty('dtend')),
      summary: e.getFirstPropertyValue('summary'),
      description: e.getFirstPropertyValue('description'),
      location: e.getFirstPropertyValue('location'),
      geo: e.getFirstPropertyValue('geo'),
      url: e.getFirstPropertyValue('url'),
      categories: e.getFirstProperty('categories')?.getValues() ?? [],
      status: e.getFirstPropertyValue('status'),
    };
  });
  return { calendar, events };
}
