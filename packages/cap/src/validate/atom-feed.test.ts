import { describe, expect, it } from 'vitest';
import { dataFile } from '../test-support/fixtures.ts';
import { ATOM_NAMESPACE, readAtomFeed } from './atom-feed.ts';

const NWS = new TextDecoder().decode(dataFile('feeds/nws-atom-index-cap11.atom'));
const SA = dataFile('feeds/sa-cfs-atom-no-entries-cap12.atom');

const feed = (
  entries: string,
  head = '<id>urn:feed</id><title>Alerts</title><updated>2024-07-14T10:00:00+02:00</updated>',
): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="${ATOM_NAMESPACE}">${head}${entries}</feed>`;
const entry = (
  inner: string,
  meta = '<title>t</title><updated>2024-07-14T10:00:00+02:00</updated>',
): string => `<entry>${meta}${inner}</entry>`;

describe('readAtomFeed', () => {
  it('lists the entries of the NWS index, each linked by its id and marked as CAP 1.1', () => {
    const r = readAtomFeed(NWS);
    if (!r.ok) throw new Error(r.message);
    expect(r.findings).toEqual([]);
    expect(r.entries.map((e) => [e.path, e.olderCap, e.link === e.id, e.findings.length])).toEqual([
      ['feed/entry[0]', '1.1', true, 0],
      ['feed/entry[1]', '1.1', true, 0],
    ]);
    expect(r.entries[0]?.link).toBe(
      'http://www.weather.gov/alerts-beta/wwacapget.php?x=CT20100831030400OKXAirQualityAlertOKX20100901031500CT',
    );
  });

  it('finds no entry in the South Australian feed, and says the alert in it is outside any', () => {
    const r = readAtomFeed(SA);
    if (!r.ok) throw new Error(r.message);
    expect(r.entries).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.level, f.path])).toEqual([
      ['CAP_ALERT_OUTSIDE_ENTRY', 'warning', 'feed/alert'],
      ['ATOM_FEED_HAS_NO_ENTRIES', 'warning', 'feed'],
    ]);
  });

  it('takes the application/cap+xml link before the id, and an id only when it is an address', () => {
    const r = readAtomFeed(
      feed(
        entry(
          '<id>https://nice.fr/a/1</id><link rel="alternate" type="text/html" href="https://nice.fr/a/1.html"/><link type=" Application/CAP+XML " href="messages/1.xml"/>',
        ) +
          entry('<id>messages/2.xml</id>') +
          entry('<id>urn:uuid:3</id>') +
          entry('<id>tag:nice.fr,2024:4</id><link type="application/cap+xml" href="  "/>'),
      ),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.entries.map((e) => e.link)).toEqual(['messages/1.xml', 'messages/2.xml', null, null]);
    expect(r.entries.map((e) => e.findings.map((f) => `${f.code} ${f.path}`))).toEqual([
      [],
      [],
      ['ATOM_ENTRY_MISSING_CAP_LINK feed/entry[2]'],
      ['ATOM_ENTRY_MISSING_CAP_LINK feed/entry[3]'],
    ]);
  });

  it('reports what Atom requires of the feed and of each entry', () => {
    const r = readAtomFeed(
      feed(entry('<link type="application/cap+xml" href="a.xml"/>', '<title> </title>'), ''),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'ATOM_ID_IS_REQUIRED feed/id',
      'ATOM_TITLE_IS_REQUIRED feed/title',
      'ATOM_UPDATED_IS_REQUIRED feed/updated',
    ]);
    expect(r.entries[0]?.findings.map((f) => `${f.code} ${f.level} ${f.path}`)).toEqual([
      'ATOM_ENTRY_ID_IS_REQUIRED error feed/entry[0]/id',
      'ATOM_ENTRY_TITLE_IS_REQUIRED error feed/entry[0]/title',
      'ATOM_ENTRY_UPDATED_IS_REQUIRED error feed/entry[0]/updated',
    ]);
  });

  it.each([
    ['not XML', 'alerts: none', 'XML_MALFORMED'],
    ['empty', '', 'XML_EMPTY'],
    [
      'a CAP message',
      new TextDecoder().decode(dataFile('02-oasis-a2-severe-thunderstorm-polygon.xml')),
      'NOT_ATOM_FEED',
    ],
    ['RSS', '<rss version="2.0"><channel/></rss>', 'NOT_ATOM_FEED'],
    ['a DTD', `<!DOCTYPE feed [<!ENTITY x "y">]>${feed('')}`, 'XML_DOCTYPE_FORBIDDEN'],
    [
      'an external entity',
      `<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>${feed('<entry>&x;</entry>')}`,
      'XML_DOCTYPE_FORBIDDEN',
    ],
    ['unknown entities', feed('<entry>&nbsp;</entry>'), 'XML_ENTITY_UNKNOWN'],
    ['too deep', feed(`${'<x>'.repeat(100)}${'</x>'.repeat(100)}`), 'XML_TOO_DEEP'],
    ['over 5 MiB', feed(`<!--${'x'.repeat(5 * 1024 * 1024)}-->`), 'XML_TOO_LARGE'],
  ])('refuses %s with a code', (_name, text, code) => {
    const r = readAtomFeed(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(feed(''));
    bytes[bytes.length - 3] = 0xff;
    expect(readAtomFeed(bytes)).toMatchObject({ ok: false, code: 'XML_INVALID_UTF8' });
  });
});
