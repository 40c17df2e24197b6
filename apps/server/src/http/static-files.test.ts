import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { staticFiles } from './static-files.ts';

const root = mkdtempSync(join(tmpdir(), 'pactesur-web-'));
const outside = join(root, '..', `secret-${process.pid}.txt`);
mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>Pactesur</title>');
writeFileSync(join(root, 'dist', 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'dist.txt'), 'beside dist');
writeFileSync(outside, 'secret');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

const app = new Hono().get('*', staticFiles(join(root, 'dist')));
const get = (path: string) => app.request(`http://localhost${path}`);

describe('static web files', () => {
  it('serves files, with long caching for hashed assets', async () => {
    const r = await get('/assets/app.js');
    expect(await r.text()).toBe('console.log(1)');
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('answers index.html for client routes', async () => {
    const r = await get('/sites/3f1c');
    expect(await r.text()).toContain('<title>Pactesur</title>');
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  it('never serves a file outside its folder, however the path is spelled', async () => {
    for (const path of ['/../dist.txt', '/..%2fdist.txt', '/%2e%2e/dist.txt', `/..%2f..%2fsecret-${process.pid}.txt`, '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const body = await (await get(path)).text();
      expect(body, path).not.toContain('beside dist');
      expect(body, path).not.toContain('secret');
      expect(body, path).not.toContain('root:');
    }
  });

  it('answers 400 to a malformed percent-encoding instead of failing', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });
});
