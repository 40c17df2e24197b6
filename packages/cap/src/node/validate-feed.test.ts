import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFile, fixture } from '../test-support/fixtures.ts';
import { ATOM_NAMESPACE } from '../validate/atom-feed.ts';
import { loadUrl, type LoadLimits } from './load-document.ts';
import { resolveLink, validateFeed } from './validate-feed.ts';

const STORM = fixture('02').text;
const CAP11 = STORM.replace('emergency:cap:1.2', 'emergency:cap:1.1');
const LIMITS: LoadLimits = { maxBytes: 64 * 1024, timeoutMs: 1_000 };

const entry = (id: string, link?: string): string =>
  `<entry><id>${id}</id><title>${id}</title><updated>2024-07-14T10:00:00+02:00</updated>${link === undefined ? '' : `<link type="application/cap+xml" href="${link}"/>`}</entry>`;
const feed = (entries: string): string =>
  `<feed xmlns="${ATOM_NAMESPACE}"><id>urn:feed</id><title>Alerts</title><updated>2024-07-14T10:00:00+02:00</updated>${entries}</feed>`;

let server: Server;
let base = '';
const sockets = new Set<Socket>();
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push(path);
    const send = (body: string | Buffer, type = 'application/cap+xml'): void => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    if (path === '/feed.atom')
      send(
        feed(
          entry('storm', 'messages/storm.xml') +
            entry('gone', '/messages/gone.xml') +
            entry('huge', `${base}/x.xml`) +
            entry('chunked', '/messages/chunked.xml') +
            entry('slow', '/messages/slow.xml') +
            entry('old', '/messages/cap11.xml') +
            entry('local', 'file:///etc/passwd') +
            entry('moved', '/messages/moved.xml'),
        ),
        'application/atom+xml',
      );
    else if (path === '/messages/storm.xml') send(STORM);
    else if (path === '/messages/cap11.xml') send(CAP11);
    else if (path === '/x.xml') send(Buffer.alloc(LIMITS.maxBytes + 1, 0x20));
    else if (path === '/messages/chunked.xml') {
      // No Content-Length: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'application/cap+xml' });
      const piece = Buffer.alloc(16 * 1024, 0x20);
      let sent = 0;
      const more = (): void => {
        while (sent < 10 * LIMITS.maxBytes && res.write(piece)) sent += piece.length;
        if (sent < 10 * LIMITS.maxBytes) res.once('drain', more);
        else res.end();
      };
      more();
    } else if (path === '/messages/slow.xml') {
      res.writeHead(200, { 'content-type': 'application/cap+xml' });
      res.write('<alert');
      // …and nothing more until the client gives up.
    } else if (path === '/messages/moved.xml') {
      res.writeHead(302, { location: '/messages/storm.xml' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const dir = mkdtempSync(join(tmpdir(), 'pactesur-cap-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateFeed from an address', () => {
  it('fetches each message within the limits, resolving links against the feed', async () => {
    const url = `${base}/feed.atom`;
    const loaded = await loadUrl(url, LIMITS);
    if (!loaded.ok) throw new Error(loaded.message);
    const r = await validateFeed(loaded.bytes, url, { limits: LIMITS });
    const byId = new Map(r.entries.map((e) => [e.id, e] as const));
    expect(r.valid).toBe(false);
    expect(r.findings).toEqual([]);
    expect(byId.get('storm')).toMatchObject({ link: `${base}/messages/storm.xml`, valid: true });
    expect(byId.get('moved')).toMatchObject({ link: `${base}/messages/moved.xml`, valid: true });
    const errors = (id: string): string[] =>
      (byId.get(id)?.findings ?? []).filter((f) => f.level === 'error').map((f) => `${f.code} ${f.path}`);
    expect(errors('gone')).toEqual(['FETCH_FAILED feed/entry[1]']);
    expect(byId.get('gone')?.findings[0]?.message).toMatch(/answered HTTP 404/);
    expect(errors('huge')).toEqual(['DOCUMENT_TOO_LARGE feed/entry[2]']);
    expect(errors('chunked')).toEqual(['DOCUMENT_TOO_LARGE feed/entry[3]']);
    expect(errors('slow')).toEqual(['FETCH_TIMEOUT feed/entry[4]']);
    expect(errors('old')).toEqual(['CAP_VERSION_UNSUPPORTED alert']);
    expect(errors('local')).toEqual(['URL_REFUSED feed/entry[6]']);
    expect(requests.some((p) => p.includes('passwd'))).toBe(false);
  });
});

describe('validateFeed from a file', () => {
  it('reads messages by paths relative to the feed', async () => {
    mkdirSync(join(dir, 'messages'), { recursive: true });
    writeFileSync(join(dir, 'messages', 'storm.xml'), STORM);
    writeFileSync(join(dir, 'messages', 'bad.xml'), fixture('invalid/invalid-empty-references').bytes);
    const path = join(dir, 'alerts.atom');
    const text = feed(
      entry('storm', 'messages/storm.xml') +
        entry('messages/bad.xml') +
        entry('none', '../none.xml') +
        entry('urn:uuid:1'),
    );
    writeFileSync(path, text);
    const r = await validateFeed(text, path);
    expect(r.valid).toBe(false);
    expect(
      r.entries.map((e) => [
        e.id,
        e.link,
        e.valid,
        e.findings.filter((f) => f.level === 'error').map((f) => `${f.code} ${f.path}`),
      ]),
    ).toEqual([
      ['storm', join(dir, 'messages/storm.xml'), true, []],
      ['messages/bad.xml', join(dir, 'messages/bad.xml'), false, ['INVALID_REFERENCES alert/references']],
      ['none', join(dir, '../none.xml'), false, ['FILE_UNREADABLE feed/entry[2]']],
      ['urn:uuid:1', null, false, ['ATOM_ENTRY_MISSING_CAP_LINK feed/entry[3]']],
    ]);
  });

  it('reports the CAP 1.1 entries of the NWS index as such, and fetches nothing', async () => {
    const asked: string[] = [];
    const r = await validateFeed(dataFile('feeds/nws-atom-index-cap11.atom'), '/data/nws.atom', {
      load: (location) => {
        asked.push(location);
        return Promise.resolve({ ok: false, code: 'FETCH_FAILED', message: 'no network in tests' });
      },
    });
    expect(asked).toEqual([]);
    expect(r.valid).toBe(false);
    expect(r.entries.map((e) => [e.valid, e.findings.map((f) => `${f.code} ${f.path}`)])).toEqual([
      [false, ['CAP_VERSION_UNSUPPORTED feed/entry[0]']],
      [false, ['CAP_VERSION_UNSUPPORTED feed/entry[1]']],
    ]);
    expect(r.entries[0]?.findings[0]?.message).toMatch(/CAP 1\.1 message; only CAP 1\.2/);
  });

  it('takes a feed with no entries as valid, with its warnings', async () => {
    const r = await validateFeed(dataFile('feeds/sa-cfs-atom-no-entries-cap12.atom'), '/data/sa.atom');
    expect(r).toMatchObject({ valid: true, entries: [] });
    expect(r.findings.map((f) => f.code)).toEqual(['CAP_ALERT_OUTSIDE_ENTRY', 'ATOM_FEED_HAS_NO_ENTRIES']);
  });

  it('refuses what is no feed with one error', async () => {
    const r = await validateFeed(STORM, '/data/storm.xml');
    expect(r).toMatchObject({
      valid: false,
      entries: [],
      findings: [{ code: 'NOT_ATOM_FEED', level: 'error', path: 'feed' }],
    });
  });
});

describe('resolveLink', () => {
  it.each([
    ['a.xml', 'https://nice.fr/alerts/feed.atom', 'https://nice.fr/alerts/a.xml'],
    ['/a.xml', 'https://nice.fr/alerts/feed.atom', 'https://nice.fr/a.xml'],
    ['http://other.fr/a.xml', 'https://nice.fr/feed.atom', 'http://other.fr/a.xml'],
    ['file:///etc/passwd', 'https://nice.fr/feed.atom', null],
    ['ftp://nice.fr/a.xml', 'https://nice.fr/feed.atom', null],
    ['a.xml', '/srv/feeds/feed.atom', '/srv/feeds/a.xml'],
    ['https://nice.fr/a.xml', '/srv/feeds/feed.atom', 'https://nice.fr/a.xml'],
    ['file:///etc/passwd', '/srv/feeds/feed.atom', null],
    ['javascript:alert(1)', '/srv/feeds/feed.atom', null],
  ])('%s against %s', (link, feedLocation, expected) => {
    expect(resolveLink(link, feedLocation)).toBe(expected);
  });
});
