import type { Invitation, Role } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import type { InvitationsTable } from '../db/schema.ts';
import type { Selectable } from 'kysely';

const toInvitation = (r: Selectable<InvitationsTable>): Invitation => ({
  id: r.id,
  orgId: r.org_id,
  email: r.email,
  role: r.role as Role,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
  acceptedAt: r.accepted_at?.toISOString() ?? null,
});

export interface PendingInvitation extends Invitation {
  readonly revoked: boolean;
}

/** Invitations by link. Only the SHA-256 of the token is stored. */
export class InvitationRepository {
  constructor(private readonly db: Db) {}

  async create(input: { orgId: string; email: string; role: Role; tokenHash: string; createdBy: string; expiresAt: Date }): Promise<Invitation> {
    const row = await this.db
      .insertInto('invitations')
      .values({
        org_id: input.orgId,
        email: input.email,
        role: input.role,
        token_hash: input.tokenHash,
        created_by: input.createdBy,
        expires_at: input.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInvitation(row);
  }

  async findByTokenHash(tokenHash: string): Promise<PendingInvitation | undefined> {
    const row = await this.db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && { ...toInvitation(row), revoked: row.revoked_at !== null };
  }

  async listOpen(orgId: string): Promise<Invitation[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toInvitation);
  }

  /** Marks the invitation used; false when it was already used or revoked (a race lost). */
  async markAccepted(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: new Date() })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revoke(orgId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('org_id', '=', orgId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
