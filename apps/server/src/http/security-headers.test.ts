import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_HEADER } from '@pactesur/contracts';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { securityHeaders } from './security-headers.ts';

const web = mkdtempSync(join(tmpdir(), 'pactesur-web-'));
mkdirSync(join(web, 'assets'), { recursive: true });
writeFileSync(join(web, 'index.html'), '<!doctype html><title>Pactesur</title>');
writeFileSync(join(web, 'assets', 'app-1234.js'), 'export {}');

let platform: TestPlatform;
let cookie: string;
beforeAll(async () => {
  platform = await startTestPlatform({ env: { WEB_DIST: web } });
  const response = await platform.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@nice.example.org', password: DEMO_PASSWORD }),
  });
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await platform.close();
  rmSync(web, { recursive: true, force: true });
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectHardened(response: Response, what: string) {
  const h = response.headers;
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(['same-origin', 'no-referrer', 'strict-origin']).toContain(h.get('referrer-policy'));
  expect(h.get('x-frame-options'), what).toBe('DENY');
  const csp = directives(h.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src'), what).toEqual(["'self'"]);
  expect(csp.get('worker-src'), what).toEqual(["'self'", 'blob:']);
  expect(csp.get('child-src'), what).toEqual(['blob:']);
  expect(csp.get('img-src'), what).toEqual(["'self'", 'data:', 'blob:']);
  expect(csp.get('connect-src'), what).toEqual(["'self'"]);
  expect(csp.get('font-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'none'"]);
  expect(csp.get('form-action'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  // No eval anywhere (script-src above already allows no inline script).
  expect(h.get('content-security-policy'), what).not.toContain('unsafe-eval');
  // Served over plain http here: no HSTS.
  expect(h.get('strict-transport-security'), what).toBeNull();
}

describe('security headers', () => {
  it('the web page and its assets get every header, and keep their own caching', async () => {
    const page = await platform.request('/sites/some-client-route');
    expect(page.status).toBe(200);
    expectHardened(page, 'web page');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await platform.request('/assets/app-1234.js');
    expectHardened(asset, 'asset');
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('API JSON is never stored by a cache, answers and errors alike', async () => {
    const networks = await platform.request('/api/networks', { headers: { cookie } });
    expect(networks.status).toBe(200);
    expectHardened(networks, 'API JSON');
    expect(networks.headers.get('cache-control')).toBe('no-store');
    for (const [path, status] of [
      ['/api/me', 401],
      ['/api/no-such-route', 404],
    ] as const) {
      const error = await platform.request(path);
      expect(error.status, path).toBe(status);
      expectHardened(error, path);
      expect(error.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('a file export (the audit log as CSV) is not stored by a cache either', async () => {
    const csv = await platform.request('/api/audit.csv', { headers: { cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expectHardened(csv, 'CSV');
    expect(csv.headers.get('cache-control')).toBe('no-store');
  });

  it('a write keeps the headers too', async () => {
    const signedIn = await platform.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@nice.example.org', password: 'wrong-password' }),
    });
    expect(signedIn.status).toBe(401);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const csrf = await platform.request('/api/briefings', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: 'x' },
      body: '{}',
    });
    expect(csrf.status).toBe(403);
    expectHardened(csrf, 'refused write');
  });

  it('the public basemap keeps its own, cacheable header', async () => {
    const countries = await platform.request('/api/basemap/countries.geojson');
    expect(countries.status).toBe(200);
    expectHardened(countries, 'basemap');
    expect(countries.headers.get('cache-control')).toBe('public, max-age=604800');
    const glyphs = await platform.request('/api/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf');
    expect(glyphs.status).toBe(200);
    expect(glyphs.headers.get('cache-control')).toBe('public, max-age=604800');
  });

  it('asks browsers for https only when the public address is https', async () => {
    const app = (publicUrl: string | null) =>
      new Hono().use(securityHeaders(publicUrl)).get('/', (c) => c.text('ok'));
    const https = await app('https://pactesur.example.org').request('http://localhost/');
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    for (const publicUrl of ['http://pactesur.example.org', null]) {
      expect(
        (await app(publicUrl).request('http://localhost/')).headers.get('strict-transport-security'),
      ).toBeNull();
    }
  });
});
