import type { ApplicationOutcome, CallCriterion, CallJoinRole, CallReview, SaveApplication, SaveCall } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** A call as stored, without who reads it. */
export interface CallRow {
  readonly id: string;
  readonly networkId: string;
  readonly title: string;
  readonly description: string;
  readonly criteria: CallCriterion[];
  readonly deadline: Date;
  readonly places: number;
  readonly joinAs: CallJoinRole;
  readonly published: boolean;
  readonly decidedAt: Date | null;
  readonly decisionNote: string;
}

/** An application as stored, with its organisation. */
export interface ApplicationRow {
  readonly id: string;
  readonly callId: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly orgCountry: string | null;
  readonly answers: Record<string, string>;
  readonly motivation: string;
  readonly contact: string;
  readonly byName: string;
  /** Who applied for the organisation, while they still belong to it (null once they left or their account is gone). */
  readonly userId: string | null;
  readonly outcome: ApplicationOutcome;
  readonly submittedAt: Date;
  readonly updatedAt: Date;
}

const values = (c: SaveCall) => ({
  title: c.title,
  description: c.description,
  criteria: JSON.stringify(c.criteria),
  deadline: c.deadline,
  places: c.places,
  join_as: c.joinAs,
  published: c.published,
});

/** Networks' calls for expressions of interest, their applications and reviews. Who may do what is the service's job. */
export class CallRepository {
  constructor(private readonly db: Db) {}

  async list(networkId: string, publishedOnly: boolean, id?: string, db: Tx = this.db): Promise<CallRow[]> {
    let q = db.selectFrom('network_calls').selectAll().where('network_id', '=', networkId);
    if (publishedOnly) q = q.where('published', '=', true);
    if (id) q = q.where('id', '=', id);
    const rows = await q.orderBy('deadline', 'desc').orderBy('title').execute();
    return rows.map((r) => ({
      id: r.id,
      networkId: r.network_id,
      title: r.title,
      description: r.description,
      criteria: r.criteria as CallCriterion[],
      deadline: r.deadline,
      places: r.places,
      joinAs: r.join_as as CallJoinRole,
      published: r.published,
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
    }));
  }

  /** The call, its row locked until the transaction ends: applications and the selection see one deadline. */
  async lock(networkId: string, id: string, trx: Tx): Promise<CallRow | undefined> {
    const row = await trx.selectFrom('network_calls').select('id').where('network_id', '=', networkId).where('id', '=', id).forUpdate().executeTakeFirst();
    return row ? (await this.list(networkId, false, id, trx))[0] : undefined;
  }

  async insert(networkId: string, userId: string, c: SaveCall): Promise<string> {
    const r = await this.db.insertInto('network_calls').values({ network_id: networkId, created_by: userId, ...values(c) }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: string, c: SaveCall, trx: Tx): Promise<void> {
    await trx.updateTable('network_calls').set({ ...values(c), updated_at: sql`now()` }).where('id', '=', id).execute();
  }

  async delete(id: string, trx: Tx): Promise<void> {
    await trx.deleteFrom('network_calls').where('id', '=', id).execute();
  }

  /** Ends the applications now. */
  async close(id: string, trx: Tx): Promise<void> {
    await trx.updateTable('network_calls').set({ deadline: sql`now()`, updated_at: sql`now()` }).where('id', '=', id).execute();
  }

  async applications(callIds: readonly string[], orgId?: string, db: Tx = this.db): Promise<ApplicationRow[]> {
    if (callIds.length === 0) return [];
    let q = db
      .selectFrom('call_applications as a')
      .innerJoin('organisations as o', 'o.id', 'a.org_id')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('memberships as m', (j) => j.onRef('m.user_id', '=', 'a.user_id').onRef('m.org_id', '=', 'a.org_id'))
      .selectAll('a')
      .select(['o.name as org_name', 'o.country as org_country', 'u.display_name', 'u.email', 'm.user_id as member_id'])
      .where('a.call_id', 'in', [...callIds]);
    if (orgId) q = q.where('a.org_id', '=', orgId);
    const rows = await q.orderBy('a.submitted_at').execute();
    return rows.map((r) => ({
      id: r.id,
      callId: r.call_id,
      orgId: r.org_id,
      orgName: r.org_name,
      orgCountry: r.org_country,
      answers: r.answers as Record<string, string>,
      motivation: r.motivation,
      contact: r.contact,
      byName: r.display_name || r.email || '',
      userId: r.member_id,
      outcome: r.outcome as ApplicationOutcome,
      submittedAt: r.submitted_at,
      updatedAt: r.updated_at,
    }));
  }

  async upsertApplication(callId: string, orgId: string, userId: string, a: SaveApplication, trx: Tx): Promise<void> {
    const fields = { answers: JSON.stringify(a.answers), motivation: a.motivation, contact: a.contact, user_id: userId };
    await trx
      .insertInto('call_applications')
      .values({ call_id: callId, org_id: orgId, ...fields })
      .onConflict((oc) => oc.columns(['call_id', 'org_id']).doUpdateSet({ ...fields, updated_at: sql`now()` }))
      .execute();
  }

  async deleteApplication(callId: string, orgId: string, trx: Tx): Promise<boolean> {
    const r = await trx.deleteFrom('call_applications').where('call_id', '=', callId).where('org_id', '=', orgId).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async reviews(applicationIds: readonly string[]): Promise<Map<string, CallReview[]>> {
    const out = new Map<string, CallReview[]>();
    if (applicationIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('call_reviews as r')
      .innerJoin('organisations as o', 'o.id', 'r.reviewer_org_id')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.application_id', 'r.reviewer_org_id', 'o.name', 'u.display_name', 'u.email', 'r.scores', 'r.comment', 'r.at'])
      .where('r.application_id', 'in', [...applicationIds])
      .orderBy('r.at')
      .execute();
    for (const r of rows) {
      const list = out.get(r.application_id) ?? [];
      list.push({
        reviewerOrgId: r.reviewer_org_id,
        reviewerOrgName: r.name,
        byName: r.display_name || r.email,
        scores: r.scores as Record<string, number>,
        comment: r.comment,
        at: r.at.toISOString(),
      });
      out.set(r.application_id, list);
    }
    return out;
  }

  async upsertReview(applicationId: string, userId: string, orgId: string, scores: Record<string, number>, comment: string, trx: Tx): Promise<void> {
    const fields = { scores: JSON.stringify(scores), comment, reviewer_org_id: orgId };
    await trx
      .insertInto('call_reviews')
      .values({ application_id: applicationId, user_id: userId, ...fields })
      .onConflict((oc) => oc.columns(['application_id', 'user_id']).doUpdateSet({ ...fields, at: sql`now()` }))
      .execute();
  }

  /** Records the selection: every application of the call selected or not, and the call decided with its note. */
  async decide(callId: string, selected: readonly string[], note: string, trx: Tx): Promise<void> {
    await trx
      .updateTable('call_applications')
      .set({ outcome: selected.length > 0 ? sql`case when id in (${sql.join(selected)}) then 'selected' else 'not-selected' end` : 'not-selected' })
      .where('call_id', '=', callId)
      .execute();
    await trx.updateTable('network_calls').set({ decided_at: sql`now()`, decision_note: note, updated_at: sql`now()` }).where('id', '=', callId).execute();
  }
}
