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
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
