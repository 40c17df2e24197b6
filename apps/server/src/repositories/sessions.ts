import type { Db } from '../db/connect.ts';

export interface SessionRow {
  id: string;
  userId: string;
  activeOrgId: string | null;
  csrfToken: string;
  expiresAt: Date;
}

/** Server-side sessions, keyed by the SHA-256 of the cookie token (the token itself is never stored). */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  async create(row: SessionRow & { clientAddress: string | null }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: row.id,
        user_id: row.userId,
        active_org_id: row.activeOrgId,
        csrf_token: row.csrfToken,
        expires_at: row.expiresAt,
        client_address: row.clientAddress,
      })
      .execute();
  }

  find(id: string): Promise<SessionRow | undefined> {
    return this.findWithActor(id);
  }

  /** The session with its user and the user's role in the active organisation, in one query (runs on every request). */
  async findWithActor(id: string): Promise<(SessionRow & { email: string; role: string | null }) | undefined> {
    const row = await this.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .leftJoin('memberships as m', (join) => join.onRef('m.user_id', '=', 's.user_id').onRef('m.org_id', '=', 's.active_org_id'))
      .select(['s.id', 's.user_id', 's.active_org_id', 's.csrf_token', 's.expires_at', 'u.email', 'm.role'])
      .where('s.id', '=', id)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        activeOrgId: row.active_org_id,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        email: row.email,
        role: row.role,
      }
    );
  }

  async setActiveOrg(id: string, orgId: string | null): Promise<void> {
    await this.db.updateTable('sessions').set({ active_org_id: orgId }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteAllOfUser(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }
}
