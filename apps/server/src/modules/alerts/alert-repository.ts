import type { AlertAck, AlertEvent } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { displayNameOf } from '../../repositories/display-name.ts';
import { orgCardOf, type OrgCard } from '../../repositories/org-card.ts';
import { ownedOrShared } from '../../repositories/owned-or-shared.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An alert as stored, with the names it is shown with. */
export interface AlertRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerOrgName: string;
  readonly ownerOrgSlug: string;
  readonly episodeId: string;
  readonly identifier: string;
  readonly msgType: string;
  readonly state: string;
  readonly status: string;
  readonly scope: string;
  readonly siteId: string | null;
  readonly revision: number;
  readonly content: unknown;
  readonly references: string[];
  readonly xml: string | null;
  readonly sent: Date | null;
  readonly expiresAt: Date | null;
  readonly authorId: string | null;
  readonly authorName: string;
  readonly approverName: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewAlert {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly episodeId: string;
  readonly identifier: string;
  readonly msgType: string;
  readonly status: string;
  readonly scope: string;
  readonly siteId: string | null;
  readonly content: unknown;
  readonly references: readonly string[];
  readonly expiresAt: Date | null;
  readonly authorId: string;
  readonly authorName: string;
}

/** Public alerts, their history and acknowledgements. Access decisions are the service's job. */
export class AlertRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('alerts as a')
      .innerJoin('organisations as o', 'o.id', 'a.owner_org_id')
      .selectAll('a')
      .select(['o.name as owner_name', 'o.slug as owner_slug']);
  }

  private static map(r: {
    id: string;
    owner_org_id: string;
    owner_name: string;
    owner_slug: string;
    episode_id: string;
    identifier: string;
    msg_type: string;
    state: string;
    status: string;
    scope: string;
    site_id: string | null;
    revision: number;
    content: unknown;
    references: string[];
    xml: string | null;
    sent: Date | null;
    expires_at: Date | null;
    author_id: string | null;
    author_name: string;
    approver_name: string | null;
    created_at: Date;
    updated_at: Date;
  }): AlertRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerOrgName: r.owner_name,
      ownerOrgSlug: r.owner_slug,
      episodeId: r.episode_id,
      identifier: r.identifier,
      msgType: r.msg_type,
      state: r.state,
      status: r.status,
      scope: r.scope,
      siteId: r.site_id,
      revision: r.revision,
      content: r.content,
      references: r.references,
      xml: r.xml,
      sent: r.sent,
      expiresAt: r.expires_at,
      authorId: r.author_id,
      authorName: r.author_name,
      approverName: r.approver_name,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  async find(id: string, db: Tx = this.db): Promise<AlertRow | undefined> {
    const r = await db
      .selectFrom('alerts as a')
      .innerJoin('organisations as o', 'o.id', 'a.owner_org_id')
      .selectAll('a')
      .select(['o.name as owner_name', 'o.slug as owner_slug'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    return r && AlertRepository.map(r);
  }

  async listVisible(
    orgId: string,
    sharedIds: readonly string[],
    filter: { state?: string; episodeId?: string } = {},
  ): Promise<AlertRow[]> {
    let query = this.base().where(ownedOrShared('a', orgId, sharedIds));
    if (filter.state) query = query.where('a.state', '=', filter.state);
    if (filter.episodeId) query = query.where('a.episode_id', '=', filter.episodeId);
    const rows = await query.orderBy('a.updated_at', 'desc').execute();
    return rows.map((r) => AlertRepository.map(r));
  }

  /** The messages of an episode, oldest first. */
  async episode(episodeId: string, db: Tx = this.db): Promise<AlertRow[]> {
    const rows = await db
      .selectFrom('alerts as a')
      .innerJoin('organisations as o', 'o.id', 'a.owner_org_id')
      .selectAll('a')
      .select(['o.name as owner_name', 'o.slug as owner_slug'])
      .where('a.episode_id', '=', episodeId)
      .orderBy('a.created_at')
      .execute();
    return rows.map((r) => AlertRepository.map(r));
  }

  /** An organisation's published Public Actual messages still in force, newest first (its public feed). */
  async current(orgId: string, now: Date): Promise<AlertRow[]> {
    const rows = await this.base()
      .where('a.owner_org_id', '=', orgId)
      .where('a.state', '=', 'published')
      .where('a.status', '=', 'Actual')
      .where('a.scope', '=', 'Public')
      .where((eb) => eb.or([eb('a.expires_at', 'is', null), eb('a.expires_at', '>', now)]))
      .orderBy('a.sent', 'desc')
      .execute();
    return rows.map((r) => AlertRepository.map(r));
  }

  async orgBySlug(
    slug: string,
  ): Promise<{ id: string; name: string; slug: string; languages: string[] } | undefined> {
    return this.db
      .selectFrom('organisations')
      .select(['id', 'name', 'slug', 'languages'])
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  org(id: string): Promise<OrgCard | undefined> {
    return orgCardOf(this.db, id);
  }

  userName(userId: string): Promise<string> {
    return displayNameOf(this.db, userId);
  }

  async insert(input: NewAlert, db: Tx = this.db): Promise<void> {
    await db
      .insertInto('alerts')
      .values({
        id: input.id,
        owner_org_id: input.ownerOrgId,
        episode_id: input.episodeId,
        identifier: input.identifier,
        msg_type: input.msgType,
        status: input.status,
        scope: input.scope,
        site_id: input.siteId,
        content: JSON.stringify(input.content),
        references: JSON.stringify(input.references),
        expires_at: input.expiresAt,
        author_id: input.authorId,
        author_name: input.authorName,
      })
      .execute();
  }

  /** Saves a draft's content; with `expectedRevision`, only on that revision. Returns whether it was saved. */
  async saveDraft(
    id: string,
    change: {
      content: unknown;
      status: string;
      scope: string;
      siteId: string | null;
      expiresAt: Date | null;
    },
    expectedRevision: number | undefined,
    db: Tx = this.db,
  ): Promise<boolean> {
    let query = db
      .updateTable('alerts')
      .set({
        content: JSON.stringify(change.content),
        status: change.status,
        scope: change.scope,
        site_id: change.siteId,
        expires_at: change.expiresAt,
        revision: sql<number>`revision + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('state', '=', 'draft');
    if (expectedRevision !== undefined) query = query.where('revision', '=', expectedRevision);
    return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
  }

  /** Moves an alert from one state to another; false when it was no longer in `from` (someone else came first). */
  async move(id: string, from: string, to: string, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('alerts')
      .set({ state: to, revision: sql<number>`revision + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('state', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Publishes a pending alert: its message, when it was sent, who approved it. */
  async publish(
    id: string,
    input: {
      xml: string;
      sent: Date;
      references: readonly string[];
      approverId: string;
      approverName: string;
    },
    db: Tx = this.db,
  ): Promise<boolean> {
    const r = await db
      .updateTable('alerts')
      .set({
        state: 'published',
        xml: input.xml,
        sent: input.sent,
        references: JSON.stringify(input.references),
        approver_id: input.approverId,
        approver_name: input.approverName,
        revision: sql<number>`revision + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('alerts').where('id', '=', id).execute();
  }

  async addEvent(
    alertId: string,
    event: { byName: string; action: AlertEvent['action']; detail?: string },
    db: Tx = this.db,
  ): Promise<void> {
    await db
      .insertInto('alert_events')
      .values({ alert_id: alertId, by_name: event.byName, action: event.action, detail: event.detail ?? '' })
      .execute();
  }

  async history(alertId: string): Promise<AlertEvent[]> {
    const rows = await this.db
      .selectFrom('alert_events')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      at: r.at.toISOString(),
      byName: r.by_name,
      action: r.action as AlertEvent['action'],
      detail: r.detail,
    }));
  }

  async addAck(
    input: { alertId: string; orgId: string; byName: string; identifier: string; xml: string },
    db: Tx = this.db,
  ): Promise<boolean> {
    const r = await db
      .insertInto('alert_acks')
      .values({
        alert_id: input.alertId,
        org_id: input.orgId,
        by_name: input.byName,
        identifier: input.identifier,
        xml: input.xml,
      })
      .onConflict((oc) => oc.columns(['alert_id', 'org_id']).doNothing())
      .returning('alert_id')
      .executeTakeFirst();
    return r !== undefined;
  }

  async acks(alertId: string): Promise<AlertAck[]> {
    const rows = await this.db
      .selectFrom('alert_acks as k')
      .innerJoin('organisations as o', 'o.id', 'k.org_id')
      .select(['k.org_id', 'o.name', 'k.by_name', 'k.at', 'k.identifier'])
      .where('k.alert_id', '=', alertId)
      .orderBy('k.at')
      .execute();
    return rows.map((r) => ({
      orgId: r.org_id,
      orgName: r.name,
      byName: r.by_name,
      at: r.at.toISOString(),
      identifier: r.identifier,
    }));
  }
}
