import type { RecordKind, Share, ShareRight } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';

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

  async grant(kind: RecordKind, recordId: string, orgId: string, right: ShareRight, grantedBy: string): Promise<void> {
    await this.db
      .insertInto('record_shares')
      .values({ record_kind: kind, record_id: recordId, org_id: orgId, right, granted_by: grantedBy })
      .onConflict((oc) => oc.columns(['record_kind', 'record_id', 'org_id']).doUpdateSet({ right, granted_by: grantedBy }))
      .execute();
  }

  async revoke(kind: RecordKind, recordId: string, orgId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('record_shares')
      .where('record_kind', '=', kind)
      .where('record_id', '=', recordId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async revokeAll(kind: RecordKind, recordId: string): Promise<void> {
    await this.db.deleteFrom('record_shares').where('record_kind', '=', kind).where('record_id', '=', recordId).execute();
  }
}
