import type { Notification, NotificationSubject } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Tx } from './tx.ts';

/** A notification to write: to whom, for which of their organisations, about what. */
export interface NewNotification {
  readonly userId: string;
  readonly orgId: string;
  readonly subject: NotificationSubject;
}

/** The `notifications` table: each user's inbox. */
export class NotificationRepository {
  constructor(private readonly db: Db) {}

  /** Writes `items` with `trx` (the transaction of the change they tell of); returns their ids, in order. */
  async insert(trx: Tx, items: readonly NewNotification[]): Promise<string[]> {
    if (items.length === 0) return [];
    const rows = await trx
      .insertInto('notifications')
      .values(items.map((n) => ({ user_id: n.userId, org_id: n.orgId, subject: JSON.stringify(n.subject) })))
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** The user's notifications, newest first: unread only with `unread`, older than `before` (a notification's id). */
  async list(userId: string, options: { unread: boolean; limit: number; before: string | null }): Promise<Notification[]> {
    let query = this.db
      .selectFrom('notifications as n')
      .innerJoin('organisations as o', 'o.id', 'n.org_id')
      .select(['n.id', 'n.org_id', 'o.name', 'n.subject', 'n.created_at', 'n.read_at'])
      .where('n.user_id', '=', userId);
    if (options.unread) query = query.where('n.read_at', 'is', null);
    if (options.before !== null) {
      const before = options.before;
      query = query.where(
        sql<boolean>`(n.created_at, n.id) < (select b.created_at, b.id from notifications b where b.id = ${before} and b.user_id = ${userId})`,
      );
    }
    const rows = await query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(options.limit).execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.name,
      subject: r.subject as NotificationSubject,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    }));
  }

  async unread(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Marks read the user's notifications among `ids` (all of them with null); returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    let query = this.db.updateTable('notifications').set({ read_at: sql`now()` }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids !== null) query = query.where('id', 'in', ids);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
