import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../test/run-cli.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactesur-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// The CLI must not inherit a server from the environment of the test run.
const clean = { DATABASE_URL: undefined, REDIS_URL: undefined, PORT: undefined, DATA_DIR: undefined };

describe('the pactesur command', () => {
  it('prints help listing the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['serve', 'db', 'users']) expect(r.stdout).toContain(command);
  });

  it('refuses an unknown command with a usage message and exit code 1', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports every bad setting at once, without a stack trace', async () => {
    const r = await runCli(['serve', '--port', 'eighty'], { ...clean, REDIS_URL: 'http://nope' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT/);
    expect(r.stderr).toMatch(/REDIS_URL/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('migrates an embedded database, then finds it up to date', async () => {
    const dir = tempDir();
    const first = await runCli(['db', 'migrate', '--data-dir', dir], clean);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied: 0001-foundation/);
    const second = await runCli(['db', 'migrate'], { ...clean, DATA_DIR: dir });
    expect(second.stdout).toMatch(/up to date/);
  });

  it('creates a user, refuses bad input with a message and exit code 2', async () => {
    const dir = tempDir();
    const bad = await runCli(['users', 'create', '--email', 'not-an-email', '--name', 'X', '--password', 'short', '--org', 'nice', '--data-dir', dir], clean);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--email/);
    expect(bad.stderr).toMatch(/--password: must have at least 10 characters/);
    const unknownOrg = await runCli(
      ['users', 'create', '--email', 'a@b.org', '--name', 'A', '--org', 'atlantis', '--data-dir', dir],
      { ...clean, PACTESUR_PASSWORD: 'long-enough-password' },
    );
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toMatch(/No organisation with slug "atlantis"/);
  });

  it('serves the API with demo data, prints the URL and demo accounts, and stops on SIGTERM', async () => {
    const dir = tempDir();
    const { child, output } = await startCli(['serve', '--demo', '--port', '0', '--data-dir', dir], /Press Ctrl\+C/, clean);
    const url = /running at (http:\/\/\S+)/.exec(output())?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output()).toContain('admin@nice.example.org');
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; database: { kind: string } };
    expect(health).toMatchObject({ status: 'ok', database: { kind: 'pglite' } });
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
