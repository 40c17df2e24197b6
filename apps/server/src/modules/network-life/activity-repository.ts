import type { ActivityKind, DatePrecision, LngLat, Registration, SaveActivity } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An activity as stored, without who reads it. */
export interface ActivityRow extends SaveActivity {
  readonly id: string;
  readonly networkId: string;
  readonly networkSlug: string;
}

const values = (a: SaveActivity) => ({
  kind: a.kind,
  title: a.title,
  description: a.description,
  starts_on: a.startsOn,
  ends_on: a.endsOn,
  precision: a.precision,
  city: a.city,
  country: a.country,
  location: a.location ? JSON.stringify(a.location) : null,
  mass_event: a.massEvent,
  public: a.public,
  places: a.places,
});

/** Networks' activities and their registrations. Who may read or change them is the service's job. */
export class ActivityRepository {
  constructor(private readonly db: Db) {}

  async list(networkId: string, publicOnly: boolean, id?: string): Promise<ActivityRow[]> {
    let q = this.db
      .selectFrom('network_activities as a')
      .innerJoin('networks as n', 'n.id', 'a.network_id')
      .selectAll('a')
      .select(['n.slug', sql<string>`to_char(a.starts_on, 'YYYY-MM-DD')`.as('starts'), sql<string>`to_char(a.ends_on, 'YYYY-MM-DD')`.as('ends')])
      .where('a.network_id', '=', networkId);
    if (publicOnly) q = q.where('a.public', '=', true);
    if (id) q = q.where('a.id', '=', id);
    const rows = await q.orderBy('a.starts_on').orderBy('a.title').execute();
    return rows.map((r) => ({
      id: r.id,
      networkId: r.network_id,
      networkSlug: r.slug,
      kind: r.kind as ActivityKind,
      title: r.title,
      description: r.description,
      startsOn: r.starts,
      endsOn: r.ends,
      precision: r.precision as DatePrecision,
      city: r.city,
      country: r.country,
      location: (r.location as LngLat | null) ?? null,
      massEvent: r.mass_event,
      public: r.public,
      places: r.places,
    }));
  }

  async insert(networkId: string, userId: string, a: SaveActivity, db: Tx = this.db): Promise<string> {
    const r = await db.insertInto('network_activities').values({ network_id: networkId, created_by: userId, ...values(a) }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async update(networkId: string, id: string, a: SaveActivity, db: Tx = this.db): Promise<boolean> {
    const r = await db.updateTable('network_activities').set({ ...values(a), updated_at: sql`now()` }).where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async delete(networkId: string, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('network_activities').where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async registrations(activityIds: readonly string[]): Promise<Map<string, Registration[]>> {
    const out = new Map<string, Registration[]>();
    if (activityIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('activity_registrations as r')
      .innerJoin('organisations as o', 'o.id', 'r.org_id')
      .leftJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.activity_id', 'r.org_id', 'o.name as org_name', 'r.people', 'r.at', 'u.display_name', 'u.email'])
      .where('r.activity_id', 'in', [...activityIds])
      .orderBy('r.at')
      .execute();
    for (const r of rows) {
      const list = out.get(r.activity_id) ?? [];
      list.push({ orgId: r.org_id, orgName: r.org_name, people: r.people, byName: r.display_name || r.email || '', at: r.at.toISOString() });
      out.set(r.activity_id, list);
    }
    return out;
  }

  /**
   * Registers (or changes the registration of) an organisation, within the places left: the activity's row
   * is locked while the places are counted, so two registrations never both take the last place.
   */
  async register(activityId: string, orgId: string, userId: string, people: number, trx: Tx): Promise<'ok' | 'full' | 'gone'> {
    const a = await trx.selectFrom('network_activities').select('places').where('id', '=', activityId).forUpdate().executeTakeFirst();
    if (!a) return 'gone';
    if (a.places !== null) {
      const taken = await trx
        .selectFrom('activity_registrations')
        .select(sql<number>`coalesce(sum(people), 0)::int`.as('n'))
        .where('activity_id', '=', activityId)
        .where('org_id', '<>', orgId)
        .executeTakeFirstOrThrow();
      if (taken.n + people > a.places) return 'full';
    }
    await trx
      .insertInto('activity_registrations')
      .values({ activity_id: activityId, org_id: orgId, user_id: userId, people })
      .onConflict((oc) => oc.columns(['activity_id', 'org_id']).doUpdateSet({ people, user_id: userId, at: sql`now()` }))
      .execute();
    return 'ok';
  }

  async unregister(activityId: string, orgId: string): Promise<void> {
    await this.db.deleteFrom('activity_registrations').where('activity_id', '=', activityId).where('org_id', '=', orgId).execute();
  }
}
