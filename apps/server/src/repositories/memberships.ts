import type { Member, MyMembership, OrgKind, Role } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';

/** Who belongs to which organisation, with which role. */
export class MembershipRepository {
  constructor(private readonly db: Db) {}

  async roleOf(userId: string, orgId: string): Promise<Role | undefined> {
    const row = await this.db
      .selectFrom('memberships')
      .select('role')
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return row?.role as Role | undefined;
  }

  async ofUser(userId: string): Promise<MyMembership[]> {
    const rows = await this.db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.org_id')
      .select(['m.org_id', 'o.name', 'o.kind', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('o.name')
      .execute();
    return rows.map((r) => ({ orgId: r.org_id, orgName: r.name, orgKind: r.kind as OrgKind, role: r.role as Role }));
  }

  async ofOrg(orgId: string): Promise<Member[]> {
    const rows = await this.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.email', 'u.display_name', 'm.role', 'm.created_at'])
      .where('m.org_id', '=', orgId)
      .orderBy('u.display_name')
      .execute();
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      displayName: r.display_name,
      role: r.role as Role,
      since: r.created_at.toISOString(),
    }));
  }

  async countAdmins(orgId: string): Promise<number> {
    const row = await this.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async upsert(orgId: string, userId: string, role: Role): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({ org_id: orgId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  }

  async remove(orgId: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('memberships')
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
