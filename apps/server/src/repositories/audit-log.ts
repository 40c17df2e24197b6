import type { AuditAction, AuditEntry, AuditQuery, HomeActivity, RecordKind } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { NewAuditEntry } from '../db/schema.ts';
import type { Tx } from './tx.ts';

/** The append-only audit log (the database refuses updates and deletes of it). */
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  /** Appends one entry; within `db` when it is the transaction of the change the entry records. */
  async append(entry: NewAuditEntry, db: Tx = this.db): Promise<void> {
    await db.insertInto('audit_log').values(entry).execute();
  }

  /** Appends several entries in one statement (a list's reads), in order. */
  async appendMany(entries: readonly NewAuditEntry[], db: Tx = this.db): Promise<void> {
    if (entries.length === 0) return;
    await db.insertInto('audit_log').values([...entries]).execute();
  }

  /**
   * Runs `work` in one transaction, in which a use case writes a change and the entry recording it: both
   * are committed, or neither is.
   */
  transaction<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /**
   * The latest changes the organisation's own members made (`actions` on records of `kinds`) to records it
   * may still read — its own and those shared with it — newest first, without client addresses. Other
   * organisations' actions and everything outside `actions` and `kinds` stay on the admins' audit page.
   */
  async recentChanges(
    orgId: string,
    actions: readonly AuditAction[],
    kinds: readonly RecordKind[],
    limit: number,
  ): Promise<HomeActivity[]> {
    const rows = await this.db
      .selectFrom('audit_log as a')
      .leftJoin('organisations as o', 'o.id', 'a.actor_org_id')
      .select(['a.id', 'a.at', 'a.user_email', 'a.action', 'a.record_kind', 'a.record_id', 'a.detail', 'o.name as actor_org_name'])
      .where('a.actor_org_id', '=', orgId)
      .where('a.action', 'in', actions)
      .where('a.record_kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb('a.owner_org_id', '=', orgId),
          eb.exists(
            eb
              .selectFrom('record_shares as s')
              .select('s.org_id')
              .whereRef('s.record_kind', '=', 'a.record_kind')
              .where(sql<boolean>`s.record_id::text = a.record_id`)
              .where('s.org_id', '=', orgId),
          ),
        ]),
      )
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      userEmail: r.user_email,
      actorOrgName: r.actor_org_name,
      action: r.action as AuditAction,
      recordKind: r.record_kind,
      recordId: r.record_id,
      detail: r.detail,
    }));
  }

  /**
   * Entries an organisation's admins may see: what its own members did, and what anyone did to the
   * records it owns. Newest first; `before` pages by id.
   */
  async listForOrg(orgId: string, query: AuditQuery): Promise<AuditEntry[]> {
    let q = this.db
      .selectFrom('audit_log as a')
      .leftJoin('organisations as o', 'o.id', 'a.actor_org_id')
      .selectAll('a')
      .select('o.name as actor_org_name')
      .where((eb) => eb.or([eb('a.owner_org_id', '=', orgId), eb('a.actor_org_id', '=', orgId)]));
    if (query.action) q = q.where('a.action', '=', query.action);
    if (query.recordKind) q = q.where('a.record_kind', '=', query.recordKind);
    if (query.recordId) q = q.where('a.record_id', '=', query.recordId);
    if (query.from) q = q.where('a.at', '>=', new Date(query.from));
    if (query.to) q = q.where('a.at', '<', new Date(query.to));
    if (query.before) q = q.where('a.id', '<', query.before);
    const rows = await q.orderBy('a.id', 'desc').limit(query.limit).execute();
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      userId: r.user_id,
      userEmail: r.user_email,
      actorOrgId: r.actor_org_id,
      actorOrgName: r.actor_org_name,
      ownerOrgId: r.owner_org_id,
      action: r.action as AuditAction,
      recordKind: r.record_kind,
      recordId: r.record_id,
      clientAddress: r.client_address,
      detail: r.detail,
    }));
  }
}
