import type { Access, Briefing, CreateBriefing, UpdateBriefing } from '@pactesur/contracts';
import type { Db } from '../../db/connect.ts';
import { ownedOrShared } from '../../repositories/owned-or-shared.ts';
import type { Tx } from '../../repositories/tx.ts';

export type BriefingRecord = Omit<Briefing, 'access'>;

/** Briefings (a sensitive record kind). Access decisions are the services' job, not this repository's. */
export class BriefingRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('briefings as b')
      .innerJoin('organisations as o', 'o.id', 'b.owner_org_id')
      .selectAll('b')
      .select('o.name as owner_name');
  }

  private static map(r: {
    id: string; owner_org_id: string; owner_name: string; title: string; body: string; created_at: Date; updated_at: Date;
  }): BriefingRecord {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerOrgName: r.owner_name,
      title: r.title,
      body: r.body,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async find(id: string): Promise<BriefingRecord | undefined> {
    const r = await this.base().where('b.id', '=', id).executeTakeFirst();
    return r && BriefingRepository.map(r);
  }

  async listVisible(orgId: string, sharedIds: readonly string[]): Promise<BriefingRecord[]> {
    const rows = await this.base()
      .where(ownedOrShared('b', orgId, sharedIds))
      .orderBy('b.updated_at', 'desc')
      .execute();
    return rows.map((r) => BriefingRepository.map(r));
  }

  async create(orgId: string, userId: string, input: CreateBriefing, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('briefings')
      .values({ owner_org_id: orgId, created_by: userId, title: input.title, body: input.body })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: string, input: UpdateBriefing, db: Tx = this.db): Promise<void> {
    await db
      .updateTable('briefings')
      .set({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.body !== undefined && { body: input.body }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('briefings').where('id', '=', id).execute();
  }
}

export type { Access };
