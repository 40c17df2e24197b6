import { CSRF_HEADER } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { newToken, tokenHash } from '../services/tokens.ts';
import { BriefingRepository } from '../modules/briefings/briefing-repository.ts';
import { osmExtract, registerSite } from '../../test/register-site.ts';
import { waitFor } from '../../test/wait-for.ts';
import { doorOnOutline } from '../../test/door-on-outline.ts';

let platform: TestPlatform;
let cookie: string;
let csrf: string;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { BODY_LIMIT_BYTES: '4096' } });
  const response = await platform.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@nice.example.org', password: DEMO_PASSWORD }),
  });
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
});
afterAll(() => platform.close());

/** Sends `body` as the signed-in editor and returns status and error code. */
async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await platform.request(path, {
    method,
    headers: { cookie, [CSRF_HEADER]: csrf, 'content-type': 'application/json', ...headers },
    ...(body !== undefined && { body }),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as { error?: { code: string; message: string; details?: unknown } }) : {};
  return { status: response.status, code: json.error?.code, message: json.error?.message, details: json.error?.details };
}

describe('bad input gets a JSON error with a stable code', () => {
  it('malformed JSON → 400 invalid_json', async () => {
    expect(await send('POST', '/api/briefings', '{"title": "x",')).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('wrong types → 400 validation_failed naming the field', async () => {
    const r = await send('POST', '/api/briefings', JSON.stringify({ title: 42 }));
    expect(r).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(r.details).toEqual([expect.objectContaining({ path: 'title' })]);
  });

  it('unknown fields → 400 validation_failed', async () => {
    const r = await send('POST', '/api/briefings', JSON.stringify({ title: 'Carnival', ownerOrgId: 'someone-else' }));
    expect(r).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(JSON.stringify(r.details)).toContain('ownerOrgId');
  });

  it('a body that is not JSON → 415 unsupported_media_type', async () => {
    const r = await send('POST', '/api/briefings', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('an oversized body → 413 payload_too_large, with or without a content-length', async () => {
    const big = JSON.stringify({ title: 'x', body: 'a'.repeat(10_000) });
    expect(await send('POST', '/api/briefings', big)).toMatchObject({ status: 413, code: 'payload_too_large' });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const response = await platform.request('/api/briefings', {
      method: 'POST',
      headers: { cookie, [CSRF_HEADER]: csrf, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const list = await send('GET', '/api/briefings');
    expect(list.status).toBe(200);
  });

  it('unknown routes → 404 route_not_found; a known route with another method → 405', async () => {
    expect(await send('GET', '/api/no-such-thing')).toMatchObject({ status: 404, code: 'route_not_found' });
    expect(await send('DELETE', '/api/networks')).toMatchObject({ status: 405, code: 'method_not_allowed' });
  });

  it('a malformed percent-encoding in a path → a 4xx JSON error, not a crash', async () => {
    for (const path of ['/api/invitations/%E0%A4%A', '/api/briefings/%ZZ', '/api/networks/%']) {
      const r = await send('GET', path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.status, path).toBeLessThan(500);
      expect(r.code, path).toBeDefined();
    }
  });

  it('an id that is not a UUID → 404 not_found', async () => {
    expect(await send('GET', '/api/briefings/..%2F..%2Fetc')).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('a forged session cookie → 401 session_expired, and the cookie is cleared', async () => {
    const response = await platform.request('/api/me', { headers: { cookie: `pactesur_session=${newToken()}` } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('session_expired');
    expect(response.headers.get('set-cookie')).toMatch(/pactesur_session=;.*Max-Age=0/i);
  });

  it('an expired session → 401 session_expired', async () => {
    const token = newToken();
    const user = await platform.repositories.users.findByEmail('viewer@nice.example.org');
    await platform.repositories.sessions.create({
      id: tokenHash(token),
      userId: user!.id,
      activeOrgId: null,
      csrfToken: 'x',
      expiresAt: new Date(Date.now() - 1000),
      clientAddress: null,
    });
    const response = await platform.request('/api/me', { headers: { cookie: `pactesur_session=${token}` } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('session_expired');
    expect(await platform.repositories.sessions.find(tokenHash(token))).toBeUndefined();
  });

  it('no session → 401 unauthenticated', async () => {
    const response = await platform.request('/api/networks');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('a write without the CSRF token, or with a wrong one, → 403 csrf_failed and nothing is written', async () => {
    const briefings = new BriefingRepository(platform.database.db);
    const before = (await briefings.listVisible(await nice(), [])).length;
    expect(await send('POST', '/api/briefings', JSON.stringify({ title: 'x' }), { [CSRF_HEADER]: '' })).toMatchObject({ status: 403, code: 'csrf_failed' });
    expect(await send('POST', '/api/briefings', JSON.stringify({ title: 'x' }), { [CSRF_HEADER]: 'wrong' })).toMatchObject({ status: 403, code: 'csrf_failed' });
    expect((await briefings.listVisible(await nice(), [])).length).toBe(before);
  });

  it('a write from another site (Origin) → 403 csrf_failed, even for sign-in', async () => {
    const r = await platform.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', host: 'localhost' },
      body: JSON.stringify({ email: 'editor@nice.example.org', password: DEMO_PASSWORD }),
    });
    expect(r.status).toBe(403);
    expect(r.headers.get('set-cookie')).toBeNull();
  });

  it('a bad query parameter → 400 validation_failed', async () => {
    const api = await platform.signedIn('admin@nice.example.org');
    await expect(api.audit({ limit: 100000 })).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });
});

async function nice(): Promise<string> {
  return (await platform.repositories.orgs.findBySlug('nice'))!.id;
}

describe('an uploaded file name', () => {
  const upload = (filename: string) =>
    send('POST', `/api/extracts?filename=${encodeURIComponent(filename)}`, '<osm version="0.6"></osm>', { 'content-type': 'application/xml' });

  it('with a control character or a path separator → 400 validation_failed, and nothing is stored', async () => {
    const count = async () => Number((await platform.database.db.selectFrom('extracts').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    for (const filename of ['evil.osm\r\nSet-Cookie: x=1', 'evil.osm\n', '\revil.osm', 'tab\t.osm', 'bell\u0007.osm', 'del\u007f.osm', 'a/b.osm', 'a\\b.osm', '../x.osm']) {
      const r = await upload(filename);
      expect(r, JSON.stringify(filename)).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(r.details, JSON.stringify(filename)).toEqual([expect.objectContaining({ path: 'filename' })]);
    }
    expect(await count()).toBe(before);
  });

  it('in any script, with spaces and quotes, is accepted as it is', async () => {
    const editor = await platform.signedIn('editor@nice.example.org');
    const name = 'Grand-Place de Liège "centre" (2025).osm';
    const extract = await editor.uploadExtract(name, osmExtract('breda-grote-markt.osm'));
    expect(extract.filename).toBe(name);
    await waitFor(() => editor.getExtract(extract.id), (e) => e.status !== 'processing', 60_000);
  });
});

describe('a NUL character (U+0000) in text is refused before any service runs', () => {
  const NUL = '\u0000';
  const TABLES = ['jobs', 'sites', 'briefings', 'threat_analyses', 'crowd_simulations', 'audit_log'] as const;
  let site: Awaited<ReturnType<typeof registerSite>>;
  let extractId: string;

  beforeAll(async () => {
    site = await registerSite(await platform.signedIn('editor@nice.example.org'), 'breda-grote-markt.osm', 'Grote Markt');
    extractId = site.extractId!;
  });

  /** Rows of the tables a refused request could have written to. */
  async function rows(): Promise<Record<string, number>> {
    const db = platform.database.db;
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  }

  /** Expects 400 validation_failed naming `field`, and that no row was written anywhere. */
  async function refused(method: string, path: string, body: unknown, field: string, headers: Record<string, string> = {}) {
    const before = await rows();
    const r = await send(method, path, body === undefined ? undefined : JSON.stringify(body), headers);
    expect(r, `${method} ${path}`).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(r.details, `${method} ${path}`).toEqual([expect.objectContaining({ path: field })]);
    expect(await rows(), `${method} ${path}`).toEqual(before);
  }

  it('in sign-in', async () => {
    await refused('POST', '/api/auth/sign-in', { email: 'editor@nice.example.org', password: `pass${NUL}word` }, 'password', { cookie: '' });
  });

  it('in a briefing', async () => {
    await refused('POST', '/api/briefings', { title: `Carnival${NUL}`, body: 'text' }, 'title');
    await refused('POST', '/api/briefings', { title: 'Carnival', body: `a${NUL}b` }, 'body');
  });

  it('in a site created or renamed', async () => {
    await refused('POST', '/api/sites', { extractId, candidate: 0, name: `Grote${NUL}Markt` }, 'name');
    await refused('PATCH', `/api/sites/${site.id}`, { name: `Renamed${NUL}` }, 'name');
    expect((await send('GET', `/api/sites/${site.id}`)).status).toBe(200);
  });

  it('in the name of a threat analysis or a crowd simulation: no job starts', async () => {
    await refused('POST', `/api/sites/${site.id}/threat-analyses`, { classes: ['car'], sensitivity: false, name: `Cars${NUL}` }, 'name');
    const exit = doorOnOutline(site.outline, 4, 'north');
    await refused('POST', `/api/sites/${site.id}/crowd-simulations`, { exits: [exit], count: 30, name: `Exit${NUL}` }, 'name');
    await refused('POST', `/api/sites/${site.id}/crowd-simulations`, { exits: [{ ...exit, id: `n${NUL}` }], count: 30 }, 'exits.0.id');
  });

  it('in a key of an object, in a query string and in a path', async () => {
    await refused('POST', '/api/briefings', { title: 'Carnival', [`body${NUL}`]: 'x' }, `body${NUL}`);
    await refused('GET', '/api/audit?recordKind=site%00', undefined, 'recordKind');
    await refused('GET', '/api/networks/pactesur%00', undefined, '(path)');
    // A percent sign followed by zeros, spelled as text, is no NUL: it reaches the service (which keeps the log for admins).
    expect(await send('GET', '/api/audit?recordKind=site%2500')).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
