import type { CreateNetwork, Network, NetworkRole, NetworkSummary } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import { toOrganisation } from './organisations.ts';
import type { Tx } from './tx.ts';

/** Networks of organisations (e.g. PACTESUR 2) and their members. */
export class NetworkRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<NetworkSummary[]> {
    const rows = await this.db
      .selectFrom('networks as n')
      .leftJoin('network_members as m', 'm.network_id', 'n.id')
      .select(['n.id', 'n.slug', 'n.name', 'n.period_start', 'n.period_end'])
      .select((eb) => eb.fn.count<number>('m.org_id').as('member_count'))
      .groupBy(['n.id', 'n.slug', 'n.name', 'n.period_start', 'n.period_end'])
      .orderBy('n.name')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      memberCount: Number(r.member_count),
    }));
  }

  /** A network with its members and their organisations, in one round trip for the members. */
  async find(idOrSlug: string): Promise<Network | undefined> {
    const isUuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
    const n = await this.db
      .selectFrom('networks')
      .selectAll()
      .where(isUuid ? 'id' : 'slug', '=', idOrSlug)
      .executeTakeFirst();
    if (!n) return undefined;
    const rows = await this.db
      .selectFrom('network_members as m')
      .innerJoin('organisations as o', 'o.id', 'm.org_id')
      .selectAll('o')
      .select('m.role as network_role')
      .where('m.network_id', '=', n.id)
      .orderBy('o.name')
      .execute();
    const rank: Record<string, number> = { lead: 0, consortium: 1, 'expert-committee': 2, associated: 3, observer: 4 };
    const members = rows
      .map((r) => ({ org: toOrganisation(r), role: r.network_role as NetworkRole }))
      .sort((a, b) => (rank[a.role] ?? 9) - (rank[b.role] ?? 9) || a.org.name.localeCompare(b.org.name));
    return {
      id: n.id,
      slug: n.slug,
      name: n.name,
      description: n.description,
      periodStart: n.period_start,
      periodEnd: n.period_end,
      memberCount: members.length,
      members,
    };
  }

  async create(input: CreateNetwork): Promise<string> {
    const row = await this.db
      .insertInto('networks')
      .values({
        slug: input.slug,
        name: input.name,
        description: input.description,
        period_start: input.periodStart,
        period_end: input.periodEnd,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A network's id, slug and name by its slug. */
  async bySlug(slug: string): Promise<{ id: string; slug: string; name: string } | undefined> {
    return this.db.selectFrom('networks').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
  }

  /** The role of an organisation in each network it is a member of, by network id. */
  async rolesOf(orgId: string): Promise<Map<string, NetworkRole>> {
    const rows = await this.db.selectFrom('network_members').select(['network_id', 'role']).where('org_id', '=', orgId).execute();
    return new Map(rows.map((r) => [r.network_id, r.role as NetworkRole]));
  }

  async roleOf(networkId: string, orgId: string): Promise<NetworkRole | undefined> {
    const row = await this.db
      .selectFrom('network_members')
      .select('role')
      .where('network_id', '=', networkId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return row?.role as NetworkRole | undefined;
  }

  async upsertMember(networkId: string, orgId: string, role: NetworkRole): Promise<void> {
    await this.db
      .insertInto('network_members')
      .values({ network_id: networkId, org_id: orgId, role })
      .onConflict((oc) => oc.columns(['network_id', 'org_id']).doUpdateSet({ role }))
      .execute();
  }

  /** Adds organisations to the network in `role`, leaving those already in it as they are; the ones added. */
  async join(networkId: string, orgIds: readonly string[], role: NetworkRole, db: Tx = this.db): Promise<string[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .insertInto('network_members')
      .values(orgIds.map((orgId) => ({ network_id: networkId, org_id: orgId, role })))
      .onConflict((oc) => oc.columns(['network_id', 'org_id']).doNothing())
      .returning('org_id')
      .execute();
    return rows.map((r) => r.org_id);
  }

  async removeMember(networkId: string, orgId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('network_members')
      .where('network_id', '=', networkId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
