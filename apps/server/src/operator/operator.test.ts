import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../db/connect.ts';
import { AppError } from '../errors/app-error.ts';
import { systemActor } from '../services/actor.ts';
import { openOperator } from './operator.ts';

/** The AppError a call is refused with. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const dir = mkdtempSync(join(tmpdir(), 'pactesur-operator-'));
const database = { database: { kind: 'pglite', dataDir: dir } as const, filesDir: join(dir, 'files') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the operator of the command line', () => {
  it('makes an account through the use case, audited as done by the command', async () => {
    const operator = await openOperator(database);
    try {
      expect(operator.applied).toContain('0001-foundation');
      await operator.seedDemo();
      const made = await operator.accounts.create(systemActor('pactesur users create'), { email: 'first@nice.example.org', name: 'First', password: 'a-long-password', orgSlug: 'nice', role: 'admin' });
      expect(made.orgName).toMatch(/Nice/);
      const again = await refusal(operator.accounts.create(systemActor('pactesur users create'), { email: 'first@nice.example.org', name: 'First', password: 'a-long-password', orgSlug: 'nice', role: 'admin' }));
      expect(again.code).toBe('conflict');
      const nowhere = await refusal(operator.accounts.create(systemActor('pactesur users create'), { email: 'x@y.org', name: 'X', password: 'a-long-password', orgSlug: 'atlantis', role: 'viewer' }));
      expect([nowhere.code, nowhere.message]).toEqual(['not_found', 'No organisation with slug "atlantis".']);
    } finally {
      await operator.close();
    }
    const handle = await connectDatabase(database.database);
    try {
      const entries = await handle.db.selectFrom('audit_log').select(['action', 'record_kind', 'detail', 'user_id']).where('record_kind', '=', 'user').execute();
      expect(entries).toEqual([{ action: 'create', record_kind: 'user', detail: 'first@nice.example.org, admin of nice (pactesur users create)', user_id: null }]);
      const member = await handle.db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select('memberships.role')
        .where('users.email', '=', 'first@nice.example.org')
        .executeTakeFirst();
      expect(member?.role).toBe('admin');
    } finally {
      await handle.close();
    }
  }, 240_000); // a new embedded database (initdb) or whole analyses: minutes on a busy two-core machine
});
