import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { registerSite } from '../../test/register-site.ts';
import { testDatabase } from '../../test/test-database.ts';
import type { Config } from '../config.ts';
import { connectDatabase, type Db } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { FileStore } from '../files/file-store.ts';
import { restoreBackup, writeBackup, type BackupSummary } from './backup.ts';

const work = mkdtempSync(join(tmpdir(), 'pactesur-backup-'));
let platform: TestPlatform;
let source: FileStore;
let backup: string;
/** The source as it was backed up, and what the backup said it wrote. */
let before: Record<string, string[]>;
let files: Record<string, string>;
let written: BackupSummary;
/** The database and store restored into, shared by the tests in their order (a fresh PGlite takes long to start). */
let target: Awaited<ReturnType<typeof freshTarget>>;
const extra = randomBytes(3 * 1024 * 1024 + 17);

/** Every row of every table (as PostgreSQL's JSON text, sorted) and every sequence, read from the catalogue. */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    // Timestamps as text in one time zone, whatever the server's.
    await sql`set local timezone = 'UTC'`.execute(trx);
    const { rows: tables } = await sql<{ name: string }>`
      select tablename::text as name from pg_tables where schemaname = current_schema() and tablename not like 'schema_migrations%' order by 1
    `.execute(trx);
    const all: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await sql<{
        row: string;
      }>`select to_jsonb(t)::text as row from ${sql.id(name)} t`.execute(trx);
      all[name] = rows.map((r) => r.row).sort();
    }
    const { rows: sequences } = await sql<{ name: string; value: string | null }>`
      select sequencename::text as name, last_value::text as value from pg_sequences where schemaname = current_schema()
    `.execute(trx);
    all['(sequences)'] = sequences.map((s) => `${s.name}=${s.value}`).sort();
    return all;
  });
}

/** Every stored file, by key. */
async function filesOf(store: FileStore): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const key of await store.keys()) all[key] = Buffer.from((await store.read(key))!).toString('base64');
  return all;
}

/** A fresh test database of the given kind (PostgreSQL needs DATABASE_URL), migrated, with a fresh file store. */
async function freshTarget(kind?: 'pglite' | 'postgres') {
  const previous = process.env.PACTESUR_TEST_DB;
  if (kind) process.env.PACTESUR_TEST_DB = kind;
  let created: { database: Config['database']; drop: () => Promise<void> };
  try {
    created = await testDatabase();
  } finally {
    if (previous === undefined) delete process.env.PACTESUR_TEST_DB;
    else process.env.PACTESUR_TEST_DB = previous;
  }
  const handle = await connectDatabase(created.database);
  await migrateToLatest(handle.db);
  const dir = mkdtempSync(join(work, 'files-'));
  return {
    db: handle.db,
    store: await FileStore.open(dir),
    close: async () => {
      await handle.close();
      await created.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** The backup's lines, changed by `edit`, written as a new backup file. */
function edited(name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(backup)).toString('utf8').split('\n');
  const file = join(work, name);
  writeFileSync(file, gzipSync(edit(lines).join('\n')));
  return file;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  await registerSite(await platform.signedIn('editor@nice.example.org'), 'breda-grote-markt.osm', 'Grote Markt');
  const db = platform.database.db;
  // Values that lose something on a careless way through JSON: digits past a double, the last bit of a
  // double, a subnormal, microseconds, characters JSON escapes.
  await sql`
    insert into jobs (kind, owner_org_id, input, status, progress, created_at)
    select 'diagnostic.count-primes', id, ${'{"n": 123456789012345678901234567890.000000000000000000001, "text": "quote \\" backslash \\\\ line\\nbreak ✓ 𝄞"}'}::jsonb,
      'succeeded', 0.30000000000000004, '2024-02-29 12:34:56.789012+00'
    from organisations where slug = 'nice'
  `.execute(db);
  await sql`update organisations set lon = 4.9e-324, lat = -0.0 where slug = 'liege'`.execute(db);
  // Bytes kept in the database (extracts uploaded before the file store): NUL, line breaks, a backslash and
  // a quote, longer than one line of base64.
  await sql`
    insert into extracts (owner_org_id, filename, bytes, data)
    select id, 'kept-in-the-database.osm', 20004, decode(repeat('00ff0a5c0d22', 3334), 'hex') from organisations where slug = 'nice'
  `.execute(db);
  // A chain of organisations, each the parent of the one before it in key order: longer than a batch of
  // rows, so a restore inserting in key order would meet children before their parents.
  await sql`
    insert into organisations (id, slug, name, kind, parent_id)
    select ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'chain-' || i, 'Chain ' || i, 'city',
      case when i < 600 then ('00000000-0000-4000-8000-' || lpad((i + 1)::text, 12, '0'))::uuid end
    from generate_series(1, 600) as i
  `.execute(db);
  source = await FileStore.open(platform.config.filesDir);
  await source.put(extra);
  await source.put(new TextEncoder().encode('a small file\n'));
  backup = join(work, 'pactesur.backup.gz');
  before = await snapshot(db);
  files = await filesOf(source);
  written = await writeBackup(db, source, backup);
  target = await freshTarget();
  // Two databases to start and a site to import, on a machine that may be busy.
}, 240_000);
afterAll(async () => {
  await target?.close();
  await platform.close();
  rmSync(work, { recursive: true, force: true });
});

describe('backups (the tests share one target database, in this order)', () => {
  it('refuses a damaged file, a stored file that does not match its checksum, other migrations and what is not a backup, changing nothing', async () => {
    const empty = await snapshot(target.db);
    const expectUnchanged = async () => {
      expect(await snapshot(target.db)).toEqual(empty);
      expect(await target.store.keys()).toEqual([]);
    };

    const whole = readFileSync(backup);
    const flipped = Buffer.from(whole);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    writeFileSync(join(work, 'flipped.gz'), flipped);
    expect((await refusal(restoreBackup(target.db, target.store, join(work, 'flipped.gz')))).message).toMatch(
      /flipped\.gz is not a complete Pactesur backup/,
    );
    await expectUnchanged();

    // One chunk of the large file replaced by other bytes of the same length: only the checksum tells.
    const swapped = edited('swapped.gz', (lines) => {
      const at = lines.findIndex((l) => l.startsWith('{"kind":"chunk"'));
      const chunk = JSON.parse(lines[at]!) as { data: string };
      lines[at] = JSON.stringify({
        kind: 'chunk',
        data: randomBytes(Buffer.from(chunk.data, 'base64').length).toString('base64'),
      });
      return lines;
    });
    const checksum = await refusal(restoreBackup(target.db, target.store, swapped));
    expect([checksum.code, checksum.message]).toEqual([
      'validation_failed',
      expect.stringMatching(/stored file [0-9a-f-]{36} does not match its size and checksum/),
    ]);
    await expectUnchanged();

    const older = edited('older.gz', (lines) => {
      const header = JSON.parse(lines[0]!) as { migrations: string[] };
      lines[0] = JSON.stringify({ ...header, migrations: header.migrations.slice(0, 3) });
      return lines;
    });
    const migrations = await refusal(restoreBackup(target.db, target.store, older));
    expect([migrations.code, migrations.message]).toEqual([
      'conflict',
      expect.stringMatching(
        /^The backup was made of a database at migrations 3, the last 0003-register; this database is at \d+, the last /,
      ),
    ]);
    await expectUnchanged();

    const rowless = edited('rowless.gz', (lines) =>
      lines.filter((l, i) => !(l.startsWith('{"row":') && i % 7 === 0)),
    );
    expect((await refusal(restoreBackup(target.db, target.store, rowless))).message).toMatch(
      /rowless\.gz is not a complete Pactesur backup \(line \d+\): .* was expected/,
    );
    await expectUnchanged();

    writeFileSync(join(work, 'notes.gz'), gzipSync('{"hello":"world"}\n'));
    expect((await refusal(restoreBackup(target.db, target.store, join(work, 'notes.gz')))).message).toMatch(
      /notes\.gz is not a complete Pactesur backup \(line 1\): the header of a Pactesur backup was expected/,
    );
    writeFileSync(join(work, 'plain.txt'), 'not gzip at all');
    expect((await refusal(restoreBackup(target.db, target.store, join(work, 'plain.txt')))).message).toMatch(
      /plain\.txt is not a complete Pactesur backup: incorrect header check/,
    );
    await expectUnchanged();
  });

  it('restores every row of every table and every stored file exactly, into a fresh database and file store', async () => {
    expect(await snapshot(platform.database.db)).toEqual(before);
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
    expect(written.files).toBe(Object.keys(files).length);
    expect(written.tables.find((t) => t.name === 'organisations')!.rows).toBe(
      before['organisations']!.length,
    );
    expect(before['sites']!.length).toBe(1);

    const restored = await restoreBackup(target.db, target.store, backup);
    expect(restored.rows).toBe(written.rows);
    expect(restored.files).toBe(written.files);
    expect(await snapshot(target.db)).toEqual(before);
    expect(await filesOf(target.store)).toEqual(files);
    // The sequences go on where the backed-up database was: a new row gets a new id.
    const { rows } = await sql<{
      id: number;
    }>`insert into audit_log (action) values ('after restore') returning id`.execute(target.db);
    expect(before['audit_log']!.map((r) => (JSON.parse(r) as { id: number }).id)).not.toContain(rows[0]!.id);
  });

  it('refuses a database that holds data unless forced; a forced restore of a truncated backup leaves everything as it was', async () => {
    // The target holds the restore of the test before.
    const full = await refusal(restoreBackup(target.db, target.store, backup));
    expect(full.code).toBe('conflict');
    expect(full.message).toMatch(/not empty .*rows in .*organisations.* stored files.*--force/);

    await sql`insert into audit_log (action) values ('before the forced restore')`.execute(target.db);
    const stray = await target.store.put(new TextEncoder().encode('no row names me'));
    const held = await snapshot(target.db);
    const filesHeld = await filesOf(target.store);
    const truncated = join(work, 'truncated.gz');
    const whole = readFileSync(backup);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.8)));
    const cut = await refusal(restoreBackup(target.db, target.store, truncated, { force: true }));
    expect(cut.code).toBe('validation_failed');
    expect(cut.message).toMatch(/truncated\.gz is not a complete Pactesur backup .*cut short/);
    expect(await snapshot(target.db)).toEqual(held);
    expect(await filesOf(target.store)).toEqual(filesHeld);

    await restoreBackup(target.db, target.store, backup, { force: true });
    expect(await snapshot(target.db)).toEqual(before);
    expect((await target.store.keys()).includes(stray.key)).toBe(false);
    expect(await filesOf(target.store)).toEqual(files);
  });

  it('moves an installation from one backend to the other (PGlite to PostgreSQL and back) when DATABASE_URL is set', async (context) => {
    if (!process.env.DATABASE_URL) return context.skip();
    const other = process.env.PACTESUR_TEST_DB === 'postgres' ? 'pglite' : 'postgres';
    const elsewhere = await freshTarget(other);
    try {
      await restoreBackup(elsewhere.db, elsewhere.store, backup);
      expect(await snapshot(elsewhere.db)).toEqual(before);
      expect(await filesOf(elsewhere.store)).toEqual(files);
    } finally {
      await elsewhere.close();
    }
  });
});
