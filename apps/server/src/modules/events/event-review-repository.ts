import type { EventCondition, EventReview, ReviewDecision } from '@pactesur/contracts';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

type ConditionStatus = EventCondition['status'];

/** The agencies asked to sign a plan, their decisions, and the conditions they set. */
export class EventReviewRepository {
  constructor(private readonly db: Db) {}

  async reviews(eventId: string, db: Tx = this.db): Promise<EventReview[]> {
    const rows = await db
      .selectFrom('event_reviews as r')
      .innerJoin('organisations as o', 'o.id', 'r.org_id')
      .leftJoin('users as u', 'u.id', 'r.decided_by')
      .select(['r.org_id', 'o.name as org_name', 'r.decision', 'r.comment', 'u.display_name', 'u.email', 'r.decided_at'])
      .where('r.event_id', '=', eventId)
      .orderBy('o.name')
      .execute();
    return rows.map((r) => ({
      orgId: r.org_id,
      orgName: r.org_name,
      decision: r.decision as ReviewDecision,
      comment: r.comment,
      decidedByName: r.decided_at ? r.display_name || r.email || '' : null,
      decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    }));
  }

  /** Asks these agencies (again: a new submission sets every review back to pending). */
  async request(eventId: string, orgIds: readonly string[], db: Tx = this.db): Promise<void> {
    for (const orgId of orgIds)
      await db
        .insertInto('event_reviews')
        .values({ event_id: eventId, org_id: orgId })
        .onConflict((oc) => oc.columns(['event_id', 'org_id']).doUpdateSet({ decision: 'pending', comment: '', decided_by: null, decided_at: null }))
        .execute();
  }

  async decide(eventId: string, orgId: string, decision: ReviewDecision, comment: string, userId: string, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('event_reviews')
      .set({ decision, comment, decided_by: userId, decided_at: new Date() })
      .where('event_id', '=', eventId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async conditions(eventId: string, db: Tx = this.db): Promise<EventCondition[]> {
    const rows = await db
      .selectFrom('event_conditions as c')
      .innerJoin('organisations as o', 'o.id', 'c.org_id')
      .leftJoin('users as u', 'u.id', 'c.closed_by')
      .select(['c.id', 'c.org_id', 'o.name as org_name', 'c.text', 'c.status', 'c.note', 'c.created_at', 'c.closed_at', 'u.display_name', 'u.email'])
      .where('c.event_id', '=', eventId)
      .orderBy('c.position')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      text: r.text,
      status: r.status as ConditionStatus,
      note: r.note,
      createdAt: r.created_at.toISOString(),
      closedByName: r.closed_at ? r.display_name || r.email || '' : null,
      closedAt: r.closed_at ? r.closed_at.toISOString() : null,
    }));
  }

  async addConditions(eventId: string, orgId: string, texts: readonly string[], db: Tx = this.db): Promise<void> {
    if (texts.length === 0) return;
    await db
      .insertInto('event_conditions')
      .values(texts.map((text) => ({ event_id: eventId, org_id: orgId, text })))
      .execute();
  }

  async findCondition(eventId: string, id: string): Promise<{ orgId: string } | undefined> {
    const r = await this.db.selectFrom('event_conditions').select('org_id').where('event_id', '=', eventId).where('id', '=', id).executeTakeFirst();
    return r && { orgId: r.org_id };
  }

  async closeCondition(id: string, status: ConditionStatus, note: string, userId: string, db: Tx = this.db): Promise<void> {
    const open = status === 'open';
    await db
      .updateTable('event_conditions')
      .set({ status, note, closed_by: open ? null : userId, closed_at: open ? null : new Date() })
      .where('id', '=', id)
      .execute();
  }
}
