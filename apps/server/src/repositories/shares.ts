import type { ReceivedShare, RecordKind, Share, ShareRight } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { RECORDS } from '../records/registry.ts';
import type { Tx } from './tx.ts';

/** A share received, with the id of the record's owner (for the owner's audit log; the API shows its name). */
export interface ReceivedShareRow extends ReceivedShare {
  readonly ownerOrgId: string | null;
}

/** Explicit shares of sensitive records with named organisations. */
export class ShareRepository {
  constructor(private readonly db: Db) {}

  async rightOf(kind: RecordKind, recordId: string, orgId: string): Promise<ShareRight | undefined> {
    const row = await this.db
      .selectFrom('record_shares')
      .select('right')
      .where('record_kind', '=', kind)
      .where('record_id', '=', recordId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return row?.right as ShareRight | undefined;
  }

  async list(kind: RecordKind, recordId: string): Promise<Share[]> {
    const rows = await this.db
      .selectFrom('record_shares as s')
      .innerJoin('organisations as o', 'o.id', 's.org_id')
      .select(['s.org_id', 'o.name', 's.right', 's.granted_at'])
      .where('s.record_kind', '=', kind)
      .where('s.record_id', '=', recordId)
      .orderBy('o.name')
      .execute();
    return rows.map((r) => ({ orgId: r.org_id, orgName: r.name, right: r.right as ShareRight, grantedAt: r.granted_at.toISOString() }));
  }

  /** Ids of the records of `kind` shared with `orgId`. */
  async sharedWith(kind: RecordKind, orgId: string): Promise<Map<string, ShareRight>> {
    const rows = await this.db
      .selectFrom('record_shares')
      .select(['record_id', 'right'])
      .where('record_kind', '=', kind)
      .where('org_id', '=', orgId)
      .execute();
    return new Map(rows.map((r) => [r.record_id, r.right as ShareRight]));
  }

  /**
   * The records other organisations shared with `orgId` since `since`, newest share first, each with its
   * name (or title) and its owner.
   */
  async receivedBy(orgId: string, since: Date, limit: number): Promise<ReceivedShareRow[]> {
    // One join per record kind (the core's and the modules'), for its name and its owner.
    const kinds = [...RECORDS.values()].map((d, i) => ({ d, alias: `r${i}` }));
    const joins = kinds.map(({ d, alias }) => sql`left join ${sql.table(d.table)} ${sql.raw(alias)} on s.record_kind = ${d.kind} and ${sql.ref(`${alias}.id`)} = s.record_id`);
    const names = kinds.filter(({ d }) => d.nameColumn).map(({ d, alias }) => sql.ref(`${alias}.${d.nameColumn}`));
    const owners = kinds.map(({ alias }) => sql.ref(`${alias}.owner_org_id`));
    const r = await sql<{ record_kind: string; record_id: string; right: string; granted_at: Date; name: string | null; owner_org_id: string | null; owner_org_name: string | null }>`
      select s.record_kind, s.record_id, s.right, s.granted_at,
        coalesce(${sql.join(names)}) as name,
        o.id as owner_org_id, o.name as owner_org_name
      from record_shares s
      ${sql.join(joins, sql` `)}
      left join organisations o on o.id = coalesce(${sql.join(owners)})
      where s.org_id = ${orgId} and s.granted_at >= ${since}
      order by s.granted_at desc
      limit ${limit}`.execute(this.db);
    return r.rows.map((row) => ({
      kind: row.record_kind as RecordKind,
      id: row.record_id,
      name: row.name,
      ownerOrgId: row.owner_org_id,
      ownerOrgName: row.owner_org_name,
      right: row.right as ShareRight,
      grantedAt: new Date(row.granted_at).toISOString(),
    }));
  }

  async grant(kind: RecordKind, recordId: string, orgId: string, right: ShareRight, grantedBy: string, db: Tx = this.db): Promise<void> {
    await db
      .insertInto('record_shares')
      .values({ record_kind: kind, record_id: recordId, org_id: orgId, right, granted_by: grantedBy })
      .onConflict((oc) => oc.columns(['record_kind', 'record_id', 'org_id']).doUpdateSet({ right, granted_by: grantedBy }))
      .execute();
  }

  async revoke(kind: RecordKind, recordId: string, orgId: string, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .deleteFrom('record_shares')
      .where('record_kind', '=', kind)
      .where('record_id', '=', recordId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async revokeAll(kind: RecordKind, recordId: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('record_shares').where('record_kind', '=', kind).where('record_id', '=', recordId).execute();
  }
}
