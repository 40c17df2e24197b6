import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { openPgliteThread } from './pglite-client.ts';
import { PgliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// bigint columns (bigserial ids, counts) fit in a JS number for this application.
pg.types.setTypeParser(20, (value) => Number(value));

/**
 * The embedded PostgreSQL's buffer cache: 16 MB instead of its default 128 MB, which it keeps resident.
 * Enough for one organisation's register and analyses; a larger installation uses a PostgreSQL server.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Creates a new embedded database directory (initdb) in a short-lived child process: initdb takes some
 * 600 MB that the server's process would otherwise keep for as long as it runs.
 */
function initialiseDataDir(dataDir: string): Promise<void> {
  const module = JSON.stringify(import.meta.resolve('@electric-sql/pglite'));
  const script = `const { PGlite } = await import(${module}); await (await PGlite.create(${JSON.stringify(dataDir)})).close();`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`could not create the database in ${dataDir}: ${stderr.trim().split('\n').at(-1) ?? `exit code ${code}`}`)),
    );
  });
}

/** Opens the database the configuration names: embedded PGlite (a directory or memory) or a PostgreSQL server. */
export async function connectDatabase(database: Config['database']): Promise<DatabaseHandle> {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  let dataDir: string | undefined;
  if (database.dataDir !== 'memory') {
    dataDir = resolve(database.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseDataDir(dataDir);
  }
  // The database runs in a thread of its own, so no statement ever holds up the thread serving HTTP.
  const pglite = await openPgliteThread({ dataDir: dataDir ?? null, startParams: PGLITE_START_PARAMS });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
