import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledBuildState, compiledMain } from '../bin/compiled-build.mjs';
import { runCli, startCli } from '../test/run-cli.ts';

const BUILD = fileURLToPath(new URL('../../../scripts/build.mjs', import.meta.url));
const dirs: string[] = [];
const clean = { DATABASE_URL: undefined, REDIS_URL: undefined, PORT: undefined, DATA_DIR: undefined, LOG_LEVEL: 'warn' };

// `npm test` compiles first; run alone, this file compiles when the build is missing or older than the sources.
beforeAll(() => {
  if (compiledBuildState() !== 'current') {
    const r = spawnSync(process.execPath, [BUILD], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }
  expect(compiledBuildState()).toBe('current');
}, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the compiled pactesur command', () => {
  it('builds into a folder of its own and leaves the earlier one whole, for a server still running it', () => {
    const earlier = compiledMain();
    if (!earlier) throw new Error('no compiled build');
    const r = spawnSync(process.execPath, [BUILD], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const now = compiledMain();
    expect(now).not.toBe(earlier);
    expect(compiledBuildState()).toBe('current');
    for (const main of [earlier, now!]) {
      // The entries a running server spawns its threads from sit beside its own chunks.
      for (const entry of ['main.mjs', 'thread-bootstrap.mjs', 'step-worker-boot.mjs']) expect(existsSync(join(main, '..', entry))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(now!, '..', '..', 'build.json'), 'utf8'))).toMatchObject({ dir: now!.split('/').at(-2) });
  }, 60_000);

  it('prints its help from the build, listing the commands', async () => {
    const r = await runCli(['--help']);
    expect(compiledBuildState()).toBe('current');
    expect(r.code).toBe(0);
    for (const command of ['serve', 'db', 'users', 'osm', 'sites', 'worker', 'crowd', 'vehicle-threat', 'protect', 'assess', 'cap', 'event', 'exercise']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(r.stderr).toBe('');
  });

  it('serves the platform and runs a job in a job thread of the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactesur-compiled-'));
    dirs.push(dir);
    const migrated = await runCli(['db', 'migrate', '--demo', '--data-dir', dir], clean, 120_000);
    expect(migrated.code, migrated.stderr).toBe(0);
    const { child, output } = await startCli(['serve', '--port', '0', '--data-dir', dir], /running at http:\/\/\S+/, clean, 120_000);
    try {
      expect(compiledBuildState()).toBe('current');
      const baseUrl = /running at (http:\/\/\S+)/.exec(output())?.[1] ?? '';
      const api = new PactesurClient({ baseUrl, cookieJar: true });
      await api.signIn({ email: 'editor@nice.example.org', password: 'pactesur-demo' });
      const job = await api.startJob({ kind: 'diagnostic.count-primes', input: { limit: 100_000 } });
      let seen = job;
      while (!['succeeded', 'failed', 'cancelled'].includes(seen.status)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await api.getJob(job.id);
      }
      expect(seen.status).toBe('succeeded');
      expect(seen.result).toEqual({ limit: 100_000, count: 9592 });
    } finally {
      child.kill('SIGTERM');
    }
  }, 240_000);
});
