import type { AwarenessSection, Organisation, SaveAwareness } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { toOrganisation } from '../../repositories/organisations.ts';

export interface AwarenessRow {
  readonly sections: AwarenessSection[];
  readonly published: boolean;
  readonly updatedAt: Date;
}

/** Cities' awareness pages. Who reads or writes them is the service's job. */
export class AwarenessRepository {
  constructor(private readonly db: Db) {}

  async find(orgId: string): Promise<AwarenessRow | undefined> {
    const r = await this.db.selectFrom('awareness_pages').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    return r && { sections: r.sections as AwarenessSection[], published: r.published, updatedAt: r.updated_at };
  }

  /** The published pages, by organisation name. */
  async published(): Promise<{ org: Organisation; sections: AwarenessSection[]; updatedAt: Date }[]> {
    const rows = await this.db
      .selectFrom('awareness_pages as a')
      .innerJoin('organisations as o', 'o.id', 'a.org_id')
      .selectAll('o')
      .select(['a.sections', 'a.updated_at'])
      .where('a.published', '=', true)
      .orderBy('o.name')
      .execute();
    return rows.map((r) => ({ org: toOrganisation(r), sections: r.sections as AwarenessSection[], updatedAt: r.updated_at }));
  }

  async save(orgId: string, userId: string | null, page: SaveAwareness): Promise<void> {
    const fields = { sections: JSON.stringify(page.sections), published: page.published, updated_by: userId };
    await this.db
      .insertInto('awareness_pages')
      .values({ org_id: orgId, ...fields })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ ...fields, updated_at: sql`now()` }))
      .execute();
  }
}
