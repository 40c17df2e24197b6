import type { ApiKey } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** The Open311 keys organisations issued, by hash. Who may issue or revoke them is the service's job. */
export class ApiKeyRepository {
  constructor(private readonly db: Db) {}

  async list(orgId: string, db: Tx = this.db): Promise<ApiKey[]> {
    const rows = await db
      .selectFrom('citizen_api_keys')
      .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toApiKey);
  }

  async insert(orgId: string, userId: string, name: string, prefix: string, keyHash: string, db: Tx = this.db): Promise<ApiKey> {
    const r = await db
      .insertInto('citizen_api_keys')
      .values({ org_id: orgId, created_by: userId, name, prefix, key_hash: keyHash })
      .returning(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
    return toApiKey(r);
  }

  /** Revokes a key of the organisation; false when it has no such key still in force. */
  async revoke(orgId: string, id: string, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('citizen_api_keys')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', id)
      .where('org_id', '=', orgId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  /** The key in force with this hash (and marks it used), or undefined. */
  async use(keyHash: string): Promise<{ id: string; orgId: string } | undefined> {
    const r = await this.db
      .updateTable('citizen_api_keys')
      .set({ last_used_at: sql`now()` })
      .where('key_hash', '=', keyHash)
      .where('revoked_at', 'is', null)
      .returning(['id', 'org_id'])
      .executeTakeFirst();
    return r && { id: r.id, orgId: r.org_id };
  }
}

function toApiKey(r: { id: string; name: string; prefix: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }): ApiKey {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}
