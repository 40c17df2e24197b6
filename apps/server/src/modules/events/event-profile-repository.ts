import type { ProfileConstants } from '@pactesur/contracts';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** One version of a profile as stored. */
export interface ProfileRow {
  readonly id: string;
  readonly familyId: string;
  readonly ownerOrgId: string;
  readonly version: number;
  readonly name: string;
  readonly country: string;
  readonly constants: ProfileConstants;
  readonly sources: Record<string, string>;
  readonly createdAt: string;
  readonly createdByName: string;
  readonly superseded: boolean;
}

export interface NewProfile {
  readonly familyId: string | null;
  readonly ownerOrgId: string;
  readonly version: number;
  readonly name: string;
  readonly country: string;
  readonly constants: ProfileConstants;
  readonly sources: Record<string, string>;
  readonly createdBy: string;
}

/** The jurisdictions' profiles of event calculations: one row per version, never changed once written. */
export class EventProfileRepository {
  constructor(private readonly db: Db) {}

  private base(db: Tx = this.db) {
    return db
      .selectFrom('event_profiles as p')
      .leftJoin('users as u', 'u.id', 'p.created_by')
      .selectAll('p')
      .select([
        'u.display_name',
        'u.email',
        (eb) =>
          eb
            .exists(eb.selectFrom('event_profiles as n').select('n.id').whereRef('n.family_id', '=', eb.fn.coalesce('p.family_id', 'p.id')).whereRef('n.version', '>', 'p.version'))
            .as('superseded'),
      ]);
  }

  private static map(r: {
    id: string;
    family_id: string | null;
    owner_org_id: string;
    version: number;
    name: string;
    country: string;
    constants: unknown;
    sources: unknown;
    created_at: Date;
    display_name: string | null;
    email: string | null;
    superseded: unknown;
  }): ProfileRow {
    return {
      id: r.id,
      familyId: r.family_id ?? r.id,
      ownerOrgId: r.owner_org_id,
      version: r.version,
      name: r.name,
      country: r.country,
      constants: r.constants as ProfileConstants,
      sources: r.sources as Record<string, string>,
      createdAt: r.created_at.toISOString(),
      createdByName: r.display_name || r.email || '',
      superseded: Boolean(r.superseded),
    };
  }

  async find(id: string, db: Tx = this.db): Promise<ProfileRow | undefined> {
    const r = await this.base(db).where('p.id', '=', id).executeTakeFirst();
    return r && EventProfileRepository.map(r);
  }

  /** The latest version of each of the organisation's profiles. */
  async latestOf(orgId: string): Promise<ProfileRow[]> {
    const rows = await this.base().where('p.owner_org_id', '=', orgId).orderBy('p.name').orderBy('p.version', 'desc').execute();
    return rows.map((r) => EventProfileRepository.map(r)).filter((p) => !p.superseded);
  }

  /** Every version of a profile's family, newest first. */
  async versions(familyId: string): Promise<ProfileRow[]> {
    const rows = await this.base()
      .where((eb) => eb.or([eb('p.id', '=', familyId), eb('p.family_id', '=', familyId)]))
      .orderBy('p.version', 'desc')
      .execute();
    return rows.map((r) => EventProfileRepository.map(r));
  }

  async insert(p: NewProfile, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('event_profiles')
      .values({
        family_id: p.familyId,
        owner_org_id: p.ownerOrgId,
        version: p.version,
        name: p.name,
        country: p.country,
        constants: JSON.stringify(p.constants),
        sources: JSON.stringify(p.sources),
        created_by: p.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }
}
