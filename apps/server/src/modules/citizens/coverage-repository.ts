import type { Coverage, ReportCategory, SaveCoverage } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** Where organisations take reports. Who may read or change it is the service's job. */
export class CoverageRepository {
  constructor(private readonly db: Db) {}

  private select(db: Tx) {
    return db
      .selectFrom('citizen_coverage as c')
      .innerJoin('organisations as o', 'o.id', 'c.org_id')
      .select(['c.id', 'c.org_id', 'o.name as org_name', 'c.name', 'c.categories', 'c.area', 'c.area_km2']);
  }

  /** An organisation's coverage, by name. */
  async list(orgId: string): Promise<Coverage[]> {
    return (await this.select(this.db).where('c.org_id', '=', orgId).orderBy('c.name').orderBy('c.id').execute()).map(toCoverage);
  }

  async find(id: string, db: Tx = this.db): Promise<Coverage | undefined> {
    const r = await this.select(db).where('c.id', '=', id).executeTakeFirst();
    return r && toCoverage(r);
  }

  /** Every organisation's coverage of a category (all categories when none is named), smallest area first. */
  async covering(category?: ReportCategory): Promise<Coverage[]> {
    let q = this.select(this.db);
    if (category) q = q.where(sql<boolean>`${category}::text = any(c.categories)`);
    return (await q.orderBy('c.area_km2').orderBy('c.id').execute()).map(toCoverage);
  }

  async insert(orgId: string, userId: string, input: SaveCoverage, areaKm2: number, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('citizen_coverage')
      .values({ org_id: orgId, created_by: userId, name: input.name, categories: [...input.categories], area: JSON.stringify(input.area), area_km2: areaKm2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: string, input: SaveCoverage, areaKm2: number, db: Tx = this.db): Promise<void> {
    await db
      .updateTable('citizen_coverage')
      .set({ name: input.name, categories: [...input.categories], area: JSON.stringify(input.area), area_km2: areaKm2, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('citizen_coverage').where('id', '=', id).execute();
  }
}

function toCoverage(r: { id: string; org_id: string; org_name: string; name: string; categories: string[]; area: unknown; area_km2: number }): Coverage {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    name: r.name,
    categories: r.categories as ReportCategory[],
    area: r.area as Coverage['area'],
    areaKm2: r.area_km2,
  };
}
