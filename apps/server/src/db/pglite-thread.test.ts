import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from './connect.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await connectDatabase({ kind: 'pglite', dataDir: 'memory' });
});
afterAll(() => handle.close());

describe('the embedded database', () => {
  it('runs its statements off the thread that serves HTTP: the event loop keeps turning during a long one', async () => {
    // A statement that keeps the database busy a good while. In the server's own thread it would run to
    // its end without yielding, and no timer could fire meanwhile.
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 1);
    try {
      const r = await sql<{ n: number }>`select count(*)::int as n from generate_series(1, 3000000) g where g % 7 = 0`.execute(handle.db);
      expect(r.rows[0]?.n).toBe(428571);
    } finally {
      clearInterval(timer);
    }
    expect(turns).toBeGreaterThan(20);
  });

  it('carries the database error of a statement back, with its code', async () => {
    await sql`create table once (id int primary key)`.execute(handle.db);
    await sql`insert into once values (1)`.execute(handle.db);
    const error = await sql`insert into once values (1)`.execute(handle.db).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505' });
    expect(String((error as Error).message)).toMatch(/duplicate key/);
  });

  it('keeps a transaction to itself and rolls it back whole', async () => {
    await sql`create table counted (n int)`.execute(handle.db);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into counted values (1)`.execute(trx);
        throw new Error('changed my mind');
      })
      .catch(() => undefined);
    const r = await sql<{ n: number }>`select count(*)::int as n from counted`.execute(handle.db);
    expect(r.rows[0]?.n).toBe(0);
  });
});
