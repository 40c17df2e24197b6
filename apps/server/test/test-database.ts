import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../src/config.ts';

/**
 * The database a test file runs on: an in-memory PGlite (`PACTESUR_TEST_DB=pglite`, the default), or a
 * fresh database created on the PostgreSQL server of `DATABASE_URL` (`PACTESUR_TEST_DB=postgres`) and
 * dropped afterwards. The same tests run on both.
 */
export async function testDatabase(): Promise<{ database: Config['database']; drop: () => Promise<void> }> {
  if (process.env.PACTESUR_TEST_DB !== 'postgres') {
    return { database: { kind: 'pglite', dataDir: 'memory' }, drop: () => Promise.resolve() };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('PACTESUR_TEST_DB=postgres needs DATABASE_URL');
  const name = `pactesur_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: testUrl.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // The platform's pool has ended its clients, but their sessions may take a moment to go: dropping
      // "with (force)" meanwhile would kill them, and a client still ending reports that as an error.
      for (let i = 0; i < 100; i++) {
        const r = await c.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [name]);
        if (Number(r.rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
