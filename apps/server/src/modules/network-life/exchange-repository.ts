import type { AddExchangeGuest, SaveExchange } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An exchange as stored, with its host's name, without who reads it. */
export interface ExchangeRow extends SaveExchange {
  readonly activityId: string;
  readonly hostName: string;
}

/** A guest as stored, with their organisation's name. */
export interface GuestRow {
  readonly id: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly name: string;
  readonly role: string;
  readonly arrivesOn: string;
  readonly leavesOn: string;
}

/** The exchanges of officers and their guests. Who may read or change them is the service's job. */
export class ExchangeRepository {
  constructor(private readonly db: Db) {}

  async find(activityId: string, db: Tx = this.db): Promise<ExchangeRow | undefined> {
    const r = await db
      .selectFrom('activity_exchanges as x')
      .innerJoin('organisations as o', 'o.id', 'x.host_org_id')
      .selectAll('x')
      .select('o.name as host_name')
      .where('x.activity_id', '=', activityId)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      activityId: r.activity_id,
      hostOrgId: r.host_org_id,
      hostName: r.host_name,
      objectives: r.objectives,
      programme: r.programme,
      eventId: r.event_id,
      report: r.report,
    };
  }

  /** The exchange, its row locked until the transaction ends: its host and guests change one at a time. */
  async lock(activityId: string, trx: Tx): Promise<ExchangeRow | undefined> {
    const row = await trx.selectFrom('activity_exchanges').select('activity_id').where('activity_id', '=', activityId).forUpdate().executeTakeFirst();
    return row ? this.find(activityId, trx) : undefined;
  }

  /** Writes the exchange of an activity, first time or again. */
  async save(activityId: string, userId: string, x: SaveExchange, trx: Tx): Promise<void> {
    const fields = { host_org_id: x.hostOrgId, objectives: x.objectives, programme: x.programme, event_id: x.eventId, report: x.report, updated_by: userId };
    await trx
      .insertInto('activity_exchanges')
      .values({ activity_id: activityId, ...fields })
      .onConflict((oc) => oc.column('activity_id').doUpdateSet({ ...fields, updated_at: sql`now()` }))
      .execute();
  }

  async guests(activityId: string, db: Tx = this.db): Promise<GuestRow[]> {
    const rows = await db
      .selectFrom('exchange_guests as g')
      .innerJoin('organisations as o', 'o.id', 'g.org_id')
      .select([
        'g.id',
        'g.org_id',
        'o.name as org_name',
        'g.name',
        'g.role',
        sql<string>`to_char(g.arrives_on, 'YYYY-MM-DD')`.as('arrives'),
        sql<string>`to_char(g.leaves_on, 'YYYY-MM-DD')`.as('leaves'),
      ])
      .where('g.activity_id', '=', activityId)
      .orderBy('g.arrives_on')
      .orderBy('o.name')
      .orderBy('g.created_at')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.org_id, orgName: r.org_name, name: r.name, role: r.role, arrivesOn: r.arrives, leavesOn: r.leaves }));
  }

  async guestCount(activityId: string, trx: Tx): Promise<number> {
    const r = await trx.selectFrom('exchange_guests').select(sql<number>`count(*)::int`.as('n')).where('activity_id', '=', activityId).executeTakeFirstOrThrow();
    return r.n;
  }

  async addGuest(activityId: string, orgId: string, userId: string, g: AddExchangeGuest, trx: Tx): Promise<string> {
    const r = await trx
      .insertInto('exchange_guests')
      .values({ activity_id: activityId, org_id: orgId, name: g.name, role: g.role, arrives_on: g.arrivesOn, leaves_on: g.leavesOn, added_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** The organisation that sent a guest of the exchange, or undefined when the exchange has no such guest. */
  async guestOrg(activityId: string, guestId: string, trx: Tx): Promise<string | undefined> {
    const r = await trx.selectFrom('exchange_guests').select('org_id').where('activity_id', '=', activityId).where('id', '=', guestId).executeTakeFirst();
    return r?.org_id;
  }

  async removeGuest(activityId: string, guestId: string, trx: Tx): Promise<void> {
    await trx.deleteFrom('exchange_guests').where('activity_id', '=', activityId).where('id', '=', guestId).execute();
  }
}
