import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pactesur-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The embedded database (and its file store, DATA_DIR/files) of a data directory. */
const on = (name: string) => ({ DATABASE_URL: undefined, FILES_DIR: undefined, DATA_DIR: join(dir, name) });

/** A backup's lines, without the time it was made: two backups of the same data give the same. */
function contentOf(file: string): string[] {
  const [header, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const { createdAt, ...kept } = JSON.parse(header!) as { createdAt: string };
  expect(Date.parse(createdAt)).not.toBeNaN();
  return [JSON.stringify(kept), ...rest];
}

describe('pactesur db backup and db restore', () => {
  it('restores a backup into a fresh data directory, refuses a full one and a truncated file without changing it', { timeout: 600_000 }, async () => {
    const seeded = await runCli(['db', 'migrate', '--demo'], on('a'));
    expect(seeded.code).toBe(0);
    // A stored file no row names comes along too: a backup takes every file of the store.
    const extra = randomBytes(200_000);
    const key = randomUUID();
    writeFileSync(join(dir, 'a', 'files', 'files', key), extra);

    const first = join(dir, 'first.backup.gz');
    const backup = await runCli(['db', 'backup', first], on('a'));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backup written to .*first\.backup\.gz: \d+ rows in \d+ tables, [1-9]\d* files \(\d+\.\d MB\)\n/);
    expect(backup.stdout).toMatch(/\n {2}organisations: [1-9]\d*\n/);

    const restore = await runCli(['db', 'restore', first], on('b'));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout.replace(/^restored/, 'backup written to')).toBe(backup.stdout);
    expect(readFileSync(join(dir, 'b', 'files', 'files', key))).toEqual(extra);

    const second = join(dir, 'second.backup.gz');
    expect((await runCli(['db', 'backup', second], on('b'))).code).toBe(0);
    expect(contentOf(second)).toEqual(contentOf(first));

    const again = await runCli(['db', 'restore', first], on('b'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^pactesur: The database is not empty \(rows in .*organisations.*\): restore into an empty one, or replace what it holds with --force\.\n$/);

    const truncated = join(dir, 'truncated.backup.gz');
    const whole = readFileSync(first);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await runCli(['db', 'restore', truncated, '--force'], on('b'));
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/^pactesur: .*truncated\.backup\.gz is not a complete Pactesur backup.*cut short/);
    expect(cut.stderr).not.toMatch(/\n\s+at /);
    const third = join(dir, 'third.backup.gz');
    expect((await runCli(['db', 'backup', third], on('b'))).code).toBe(0);
    expect(contentOf(third)).toEqual(contentOf(first));

    const missing = await runCli(['db', 'restore', join(dir, 'nope.gz')], on('c'));
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/cannot read .*nope\.gz: no such file/)]);
  });
});
