import type { CreateOrganisation, Organisation, OrgKind, UpdateOrganisation } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import type { OrganisationRow } from '../db/schema.ts';

export const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  kind: row.kind as OrgKind,
  country: row.country,
  languages: row.languages,
  location: row.lon === null || row.lat === null ? null : [row.lon, row.lat],
  parentId: row.parent_id,
});

/** Organisations: the directory every signed-in user may read. */
export class OrganisationRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<Organisation[]> {
    const rows = await this.db.selectFrom('organisations').selectAll().orderBy('name').execute();
    return rows.map(toOrganisation);
  }

  async find(id: string): Promise<Organisation | undefined> {
    const row = await this.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toOrganisation(row);
  }

  async findBySlug(slug: string): Promise<Organisation | undefined> {
    const row = await this.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toOrganisation(row);
  }

  async create(input: CreateOrganisation): Promise<Organisation> {
    const row = await this.db
      .insertInto('organisations')
      .values({
        slug: input.slug,
        name: input.name,
        kind: input.kind,
        country: input.country,
        languages: JSON.stringify(input.languages),
        lon: input.location?.[0] ?? null,
        lat: input.location?.[1] ?? null,
        parent_id: input.parentId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toOrganisation(row);
  }

  async update(id: string, input: UpdateOrganisation): Promise<Organisation | undefined> {
    const row = await this.db
      .updateTable('organisations')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.country !== undefined && { country: input.country }),
        ...(input.languages !== undefined && { languages: JSON.stringify(input.languages) }),
        ...(input.location !== undefined && { lon: input.location?.[0] ?? null, lat: input.location?.[1] ?? null }),
        ...(input.parentId !== undefined && { parent_id: input.parentId }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toOrganisation(row);
  }
}
