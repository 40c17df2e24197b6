import type { LngLat, MultiPolygon, SiteCategory } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import { ownedOrShared } from './owned-or-shared.ts';
import type { Tx } from './tx.ts';

/** A site as stored, with its owner's and its extract's names. */
export interface SiteRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerOrgName: string;
  readonly extractId: string | null;
  readonly extractFilename: string | null;
  readonly extractDataDate: string | null;
  readonly name: string;
  readonly category: SiteCategory;
  readonly outline: MultiPolygon;
  readonly centre: LngLat;
  readonly walkableAreaM2: number;
  readonly typicalOccupancy: number | null;
  readonly eventOccupancy: number | null;
  readonly notes: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewSite = Pick<
  SiteRow,
  'ownerOrgId' | 'name' | 'category' | 'outline' | 'centre' | 'walkableAreaM2' | 'typicalOccupancy' | 'eventOccupancy' | 'notes'
> & {
  readonly extractId: string;
  /** Null when the command line registered it. */
  readonly createdBy: string | null;
};

export type SiteChanges = Partial<Omit<NewSite, 'ownerOrgId' | 'extractId' | 'createdBy'>>;

/** The register of public spaces. */
export class SiteRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('sites as s')
      .innerJoin('organisations as o', 'o.id', 's.owner_org_id')
      .leftJoin('extracts as e', 'e.id', 's.extract_id')
      .selectAll('s')
      .select(['o.name as owner_name', 'e.filename as extract_filename', 'e.data_date as extract_data_date']);
  }

  private static map(r: {
    id: string; owner_org_id: string; owner_name: string; extract_id: string | null; extract_filename: string | null;
    extract_data_date: string | null; name: string; category: string; outline: unknown; centre_lon: number; centre_lat: number;
    walkable_area_m2: number; typical_occupancy: number | null; event_occupancy: number | null; notes: string; created_at: Date; updated_at: Date;
  }): SiteRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerOrgName: r.owner_name,
      extractId: r.extract_id,
      extractFilename: r.extract_filename,
      extractDataDate: r.extract_data_date,
      name: r.name,
      category: r.category as SiteCategory,
      outline: r.outline as MultiPolygon,
      centre: [r.centre_lon, r.centre_lat],
      walkableAreaM2: r.walkable_area_m2,
      typicalOccupancy: r.typical_occupancy,
      eventOccupancy: r.event_occupancy,
      notes: r.notes,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async find(id: string): Promise<SiteRow | undefined> {
    const r = await this.base().where('s.id', '=', id).executeTakeFirst();
    return r && SiteRepository.map(r);
  }

  async listVisible(orgId: string, sharedIds: readonly string[]): Promise<SiteRow[]> {
    const rows = await this.base()
      .where(ownedOrShared('s', orgId, sharedIds))
      .orderBy('s.name')
      .execute();
    return rows.map((r) => SiteRepository.map(r));
  }

  async insert(site: NewSite, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('sites')
      .values({
        owner_org_id: site.ownerOrgId,
        extract_id: site.extractId,
        name: site.name,
        category: site.category,
        outline: JSON.stringify(site.outline),
        centre_lon: site.centre[0],
        centre_lat: site.centre[1],
        walkable_area_m2: site.walkableAreaM2,
        typical_occupancy: site.typicalOccupancy,
        event_occupancy: site.eventOccupancy,
        notes: site.notes,
        created_by: site.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: string, c: SiteChanges, db: Tx = this.db): Promise<void> {
    await db
      .updateTable('sites')
      .set({
        ...(c.name !== undefined && { name: c.name }),
        ...(c.category !== undefined && { category: c.category }),
        ...(c.outline !== undefined && { outline: JSON.stringify(c.outline) }),
        ...(c.centre !== undefined && { centre_lon: c.centre[0], centre_lat: c.centre[1] }),
        ...(c.walkableAreaM2 !== undefined && { walkable_area_m2: c.walkableAreaM2 }),
        ...(c.typicalOccupancy !== undefined && { typical_occupancy: c.typicalOccupancy }),
        ...(c.eventOccupancy !== undefined && { event_occupancy: c.eventOccupancy }),
        ...(c.notes !== undefined && { notes: c.notes }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('sites').where('id', '=', id).execute();
  }
}
