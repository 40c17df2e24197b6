import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { displayNameOf } from '../../repositories/display-name.ts';
import { ownedOrShared } from '../../repositories/owned-or-shared.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An event as stored, with the names it is shown with; `plan` and `simulations` as read. */
export interface EventRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerName: string;
  readonly siteId: string;
  readonly siteName: string;
  readonly previousId: string | null;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly submitBy: string | null;
  readonly listed: boolean;
  readonly profileId: string | null;
  readonly revision: number;
  readonly plan: unknown;
  readonly simulations: unknown;
  readonly debrief: string;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewEvent {
  readonly ownerOrgId: string;
  readonly siteId: string;
  readonly previousId: string | null;
  readonly name: string;
  readonly kind: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly submitBy: string | null;
  readonly listed: boolean;
  readonly profileId: string | null;
  readonly plan: unknown;
  readonly createdBy: string;
}

export interface EventChange {
  readonly name?: string;
  readonly kind?: string;
  readonly status?: string;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly submitBy?: string | null;
  readonly listed?: boolean;
  readonly profileId?: string | null;
  readonly plan?: unknown;
  readonly simulations?: unknown;
  readonly debrief?: string;
}

/** A listed event as the network's calendar shows it: never its plan. */
export interface CalendarRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly country: string;
  readonly siteName: string;
  readonly at: [number, number] | null;
  readonly startsAt: string;
  readonly endsAt: string;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Event plans (sensitive records). Access decisions are the service's job. */
export class EventRepository {
  constructor(private readonly db: Db) {}

  private base(db: Tx = this.db) {
    return db
      .selectFrom('events as e')
      .innerJoin('organisations as o', 'o.id', 'e.owner_org_id')
      .innerJoin('sites as s', 's.id', 'e.site_id')
      .leftJoin('users as u', 'u.id', 'e.created_by')
      .select([
        'e.id',
        'e.owner_org_id',
        'e.site_id',
        'e.previous_id',
        'e.name',
        'e.kind',
        'e.status',
        'e.starts_at',
        'e.ends_at',
        'e.submit_by',
        'e.listed',
        'e.profile_id',
        'e.revision',
        'e.plan',
        'e.simulations',
        'e.debrief',
        'e.created_at',
        'e.updated_at',
        'o.name as owner_name',
        's.name as site_name',
        'u.display_name as creator_name',
      ]);
  }

  private static map(r: {
    id: string;
    owner_org_id: string;
    owner_name: string;
    site_id: string;
    site_name: string;
    previous_id: string | null;
    name: string;
    kind: string;
    status: string;
    starts_at: Date;
    ends_at: Date;
    submit_by: Date | null;
    listed: boolean;
    profile_id: string | null;
    revision: number;
    plan: unknown;
    simulations: unknown;
    debrief: string;
    creator_name: string | null;
    created_at: Date;
    updated_at: Date;
  }): EventRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerName: r.owner_name,
      siteId: r.site_id,
      siteName: r.site_name,
      previousId: r.previous_id,
      name: r.name,
      kind: r.kind,
      status: r.status,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      submitBy: iso(r.submit_by),
      listed: r.listed,
      profileId: r.profile_id,
      revision: r.revision,
      plan: r.plan,
      simulations: r.simulations,
      debrief: r.debrief,
      createdByName: r.creator_name ?? '',
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async find(id: string, db: Tx = this.db): Promise<EventRow | undefined> {
    const r = await this.base(db).where('e.id', '=', id).executeTakeFirst();
    return r && EventRepository.map(r);
  }

  async listVisible(orgId: string, sharedIds: readonly string[], siteId?: string): Promise<EventRow[]> {
    let query = this.base().where(ownedOrShared('e', orgId, sharedIds));
    if (siteId) query = query.where('e.site_id', '=', siteId);
    const rows = await query.orderBy('e.starts_at', 'desc').orderBy('e.name').execute();
    return rows.map((r) => EventRepository.map(r));
  }

  async create(input: NewEvent, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('events')
      .values({
        owner_org_id: input.ownerOrgId,
        site_id: input.siteId,
        previous_id: input.previousId,
        name: input.name,
        kind: input.kind,
        starts_at: new Date(input.startsAt),
        ends_at: new Date(input.endsAt),
        submit_by: input.submitBy ? new Date(input.submitBy) : null,
        listed: input.listed,
        profile_id: input.profileId,
        plan: JSON.stringify(input.plan),
        simulations: JSON.stringify({}),
        created_by: input.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /**
   * Writes a change and counts it in `revision`; with `expectedRevision`, only when the stored revision is
   * still that one. Returns whether the row was changed.
   */
  async update(id: string, change: EventChange, expectedRevision: number | undefined, db: Tx = this.db): Promise<boolean> {
    let query = db
      .updateTable('events')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.kind !== undefined && { kind: change.kind }),
        ...(change.status !== undefined && { status: change.status }),
        ...(change.startsAt !== undefined && { starts_at: new Date(change.startsAt) }),
        ...(change.endsAt !== undefined && { ends_at: new Date(change.endsAt) }),
        ...(change.submitBy !== undefined && { submit_by: change.submitBy ? new Date(change.submitBy) : null }),
        ...(change.listed !== undefined && { listed: change.listed }),
        ...(change.profileId !== undefined && { profile_id: change.profileId }),
        ...(change.plan !== undefined && { plan: JSON.stringify(change.plan) }),
        ...(change.simulations !== undefined && { simulations: JSON.stringify(change.simulations) }),
        ...(change.debrief !== undefined && { debrief: change.debrief }),
        revision: sql<number>`revision + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id);
    if (expectedRevision !== undefined) query = query.where('revision', '=', expectedRevision);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('events').where('id', '=', id).execute();
  }

  /** The listed events of the network's members (by its id or slug), ending after `from`, soonest first. */
  async calendar(network: string, from: Date): Promise<CalendarRow[]> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(network);
    const rows = await this.db
      .selectFrom('events as e')
      .innerJoin('organisations as o', 'o.id', 'e.owner_org_id')
      .innerJoin('sites as s', 's.id', 'e.site_id')
      .innerJoin('network_members as m', 'm.org_id', 'e.owner_org_id')
      .innerJoin('networks as n', 'n.id', 'm.network_id')
      .select(['e.id', 'e.name', 'e.kind', 'e.starts_at', 'e.ends_at', 'o.id as org_id', 'o.name as org_name', 'o.country', 'o.lon', 'o.lat', 's.name as site_name'])
      .where(byId ? 'n.id' : 'n.slug', '=', network)
      .where('e.listed', '=', true)
      .where('e.ends_at', '>=', from)
      .orderBy('e.starts_at')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      orgId: r.org_id,
      orgName: r.org_name,
      country: r.country ?? '',
      siteName: r.site_name,
      at: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
    }));
  }

  /** Whether the network (id or slug) exists. */
  async networkExists(network: string): Promise<boolean> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(network);
    return (await this.db.selectFrom('networks').select('id').where(byId ? 'id' : 'slug', '=', network).executeTakeFirst()) !== undefined;
  }

  /** How an export names its reader: their display name and their organisation's name. */
  async readerNames(userId: string, orgId: string): Promise<{ name: string; orgName: string }> {
    const org = await this.db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
    return { name: await displayNameOf(this.db, userId), orgName: org?.name ?? '' };
  }
}
