import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';

// The web app is served too, as in production: its catch-all route must not answer for the API.
const web = mkdtempSync(join(tmpdir(), 'pactesur-web-'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>Pactesur</title>');

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ env: { WEB_DIST: web } });
});
afterAll(async () => {
  await platform.close();
  rmSync(web, { recursive: true, force: true });
});

/** Status, error code and `allow` header of a request without a session. */
async function answer(method: string, path: string) {
  const response = await platform.request(path, { method });
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code, allow: response.headers.get('allow') };
}

describe('the HTTP app', () => {
  it('reports the database as reachable', async () => {
    const health = await platform.client().health();
    expect(health.status).toBe('ok');
    expect(health.database.reachable).toBe(true);
    expect(health.database.kind).toBe(process.env.PACTESUR_TEST_DB === 'postgres' ? 'postgres' : 'pglite');
  });

  it('signs a demo user in and lists the PACTESUR 2 network with its members', async () => {
    const api = await platform.signedIn('admin@nice.example.org');
    const networks = await api.listNetworks();
    expect(networks.map((n) => n.slug).sort()).toEqual(['pactesur', 'pactesur-2']);
    const p2 = await api.getNetwork('pactesur-2');
    expect(p2.members).toHaveLength(17);
    expect(p2.members[0]?.org.slug).toBe('nice');
    expect(p2.members[0]?.role).toBe('lead');
    const associated = p2.members.filter((m) => m.role === 'associated').map((m) => m.org.slug);
    expect(associated).toHaveLength(11);
    expect(associated).toContain('xabia');
  });

  it('an unknown API path answers 404 route_not_found, whatever the method, beside the web app', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      for (const path of ['/api/no-such-thing', '/api/networks/pactesur-2/nothing-here', '/api/']) {
        expect(await answer(method, path), `${method} ${path}`).toEqual({ status: 404, code: 'route_not_found', allow: null });
      }
    }
  });

  it('a known API path with another method answers 405 with the methods it allows', async () => {
    expect(await answer('DELETE', '/api/networks')).toEqual({ status: 405, code: 'method_not_allowed', allow: 'GET, POST' });
    expect(await answer('PUT', '/api/briefings')).toEqual({ status: 405, code: 'method_not_allowed', allow: 'GET, POST' });
    expect(await answer('POST', '/api/sites/0b6f6c44-3c4e-4c47-9a57-2f8e0c7d9b11')).toMatchObject({ status: 405, allow: 'DELETE, GET, PATCH' });
  });

  it('the web app still answers its own paths', async () => {
    const page = await platform.request('/sites/anything');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Pactesur</title>');
  });
});
