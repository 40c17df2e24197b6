import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';
import { inputFiles, runInProcess as run } from '../../test/run-in-process.ts';
import { parseProfileLanguages } from './cap.ts';

const CAP = fileURLToPath(new URL('../../../../data/cap/', import.meta.url));
const VALID = `${CAP}02-oasis-a2-severe-thunderstorm-polygon.xml`;
const WARNED = `${CAP}07-au-nsw-rfs-fire-circle-capau.xml`;
const INVALID = `${CAP}invalid/invalid-empty-references.xml`;
const NWS_FEED = `${CAP}feeds/nws-atom-index-cap11.atom`;
const EMPTY_FEED = `${CAP}feeds/sa-cfs-atom-no-entries-cap12.atom`;

const { dir: tmp, write } = inputFiles('pactesur-cap-');

interface Json {
  valid: boolean;
  findings: { code: string; level: string; path: string; message: string }[];
}

describe('pactesur cap validate', () => {
  it('prints a valid message as {"valid": true, "findings": […]} and exits 0', async () => {
    const r = await run(['cap', 'validate', WARNED, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(Object.keys(out)).toEqual(['valid', 'findings']);
    expect(out.valid).toBe(true);
    expect(out.findings.map((f) => Object.keys(f))).toEqual([
      ['code', 'level', 'path', 'message'],
      ['code', 'level', 'path', 'message'],
    ]);
    expect(out.findings.map((f) => `${f.level} ${f.code} ${f.path}`)).toEqual([
      'warning TEXT_CONTAINS_HTML_TAGS alert/info[0]/description',
      'warning TEXT_CONTAINS_HTML_TAGS alert/info[1]/description',
    ]);
  });

  it('prints a readable list without --json', async () => {
    const r = await run(['cap', 'validate', WARNED]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${WARNED}: valid CAP 1.2 (0 errors, 2 warnings, 0 recommendations)`);
    expect(lines[1]).toMatch(
      /^ {2}warning {2}TEXT_CONTAINS_HTML_TAGS {2}alert\/info\[0\]\/description {2}<description> holds HTML tags/,
    );
    expect((await run(['cap', 'validate', VALID])).stdout).toBe(
      `${VALID}: valid CAP 1.2 (0 errors, 0 warnings, 0 recommendations)\n`,
    );
  });

  it('exits 1 on an invalid message, the JSON naming the reason', async () => {
    const r = await run(['cap', 'validate', INVALID, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.valid).toBe(false);
    expect(out.findings.filter((f) => f.level === 'error').map((f) => `${f.code} ${f.path}`)).toEqual([
      'INVALID_REFERENCES alert/references',
    ]);
    expect(r.stderr).toBe(`pactesur: ${INVALID} is not a valid CAP 1.2 message\n`);
  });

  it("exits 1 on a file that is not XML, with the reader's code", async () => {
    const r = await run(['cap', 'validate', write('notes.txt', 'Evacuate the Promenade now.\n'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      findings: [
        {
          code: 'XML_MALFORMED',
          level: 'error',
          path: 'alert',
          message: 'text before the root element (line 1, column 1)',
        },
      ],
    });
  });

  it('applies the city profile with --profile', async () => {
    const r = await run(['cap', 'validate', VALID, '--json', '--profile', 'fr-FR, en-GB,it-IT']);
    expect(r.code).toBe(1);
    const errors = (JSON.parse(r.stdout) as Json).findings
      .filter((f) => f.level === 'error')
      .map((f) => f.code);
    expect(errors).toEqual([
      'LANGUAGE_IS_REQUIRED',
      'PROFILE_LANGUAGE_MISSING',
      'PROFILE_LANGUAGE_MISSING',
      'PROFILE_LANGUAGE_MISSING',
    ]);
    const bad = await run(['cap', 'validate', VALID, '--profile', 'fr FR']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--profile expects language tags/);
    expect(() => parseProfileLanguages(' , ')).toThrow(/language tags/);
  });

  it('refuses a missing file with one line and exit code 1', async () => {
    const missing = join(tmp, 'none.xml');
    const r = await run(['cap', 'validate', missing, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`pactesur: cannot read ${missing}: no such file\n`);
  });

  it('exits 1 from the real binary on an invalid message', async () => {
    const r = await runCli(['cap', 'validate', INVALID, '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Json).valid).toBe(false);
  });
});

describe('pactesur cap feed', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const storm = readFileSync(VALID);
    server = createServer((req, res) => {
      if (req.url === '/alerts.atom') {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end(
          `<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:nice</id><title>Nice</title><updated>2024-07-14T10:00:00+02:00</updated>` +
            `<entry><id>urn:1</id><title>Storm</title><updated>2024-07-14T10:00:00+02:00</updated><link type="application/cap+xml" href="storm.xml"/></entry></feed>`,
        );
      } else if (req.url === '/storm.xml') {
        res.writeHead(200, { 'content-type': 'application/cap+xml' });
        res.end(storm);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reports the CAP 1.1 entries of a feed file and exits 1', async () => {
    const r = await run(['cap', 'feed', NWS_FEED, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      entries: (Json & { id: string; link: string })[];
      findings: unknown[];
    };
    expect(Object.keys(out)).toEqual(['valid', 'entries', 'findings']);
    expect(out.valid).toBe(false);
    expect(out.entries.map((e) => Object.keys(e))).toEqual([
      ['id', 'link', 'valid', 'findings'],
      ['id', 'link', 'valid', 'findings'],
    ]);
    expect(out.entries.map((e) => e.findings.map((f) => f.code))).toEqual([
      ['CAP_VERSION_UNSUPPORTED'],
      ['CAP_VERSION_UNSUPPORTED'],
    ]);
  });

  it('takes a feed without entries as valid, exit 0, and prints it readably', async () => {
    const r = await run(['cap', 'feed', EMPTY_FEED]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `${EMPTY_FEED}: valid (0 entries, 0 not valid)`,
      expect.stringMatching(/^ {2}warning {2}CAP_ALERT_OUTSIDE_ENTRY {3}feed\/alert {2}a CAP <alert>/),
      expect.stringMatching(/^ {2}warning {2}ATOM_FEED_HAS_NO_ENTRIES {2}feed {2}the feed has no <entry>/),
    ]);
  });

  it('fetches a feed and its messages from an address', async () => {
    const r = await run(['cap', 'feed', `${base}/alerts.atom`, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: true,
      entries: [{ id: 'urn:1', link: `${base}/storm.xml`, valid: true, findings: [] }],
      findings: [],
    });
  });

  it('refuses a feed it cannot have: a missing file, an address that fails, another scheme', async () => {
    const missing = await run(['cap', 'feed', join(tmp, 'none.atom')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read .*none\.atom: no such file/);
    const gone = await run(['cap', 'feed', `${base}/gone.atom`, '--json']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/answered HTTP 404/);
    const file = await run(['cap', 'feed', 'file:///etc/passwd']);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/file: addresses are not fetched/);
  });
});
