import type { EditorialState, Maturity, PracticeHistoryEntry } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { displayNameOf } from '../../repositories/display-name.ts';
import type { Tx } from '../../repositories/tx.ts';
import { reviews, visibleTo } from './practice-visibility.ts';

/** A practice as stored: its content as saved (parsed by the service), its place in the workflow. */
export interface PracticeRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerName: string;
  readonly revision: number;
  readonly state: EditorialState;
  readonly maturity: Maturity;
  readonly content: unknown;
  readonly demo: boolean;
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The columns of a practice its facets and its visibility are read from, taken from its content. */
export interface PracticeColumns {
  readonly confidentiality: string;
  readonly restrictedTo: readonly string[];
  readonly country: string | null;
  readonly year: number | null;
  readonly threats: readonly string[];
  readonly places: readonly string[];
  readonly functions: readonly string[];
  readonly solutions: readonly string[];
  readonly evaluation: string;
  readonly cost: string | null;
  readonly languages: readonly string[];
}

/** One language of a practice for the search: its configuration and its texts at weights A, B and C. */
export interface SearchText {
  readonly language: string;
  readonly config: string;
  readonly a: string;
  readonly b: string;
  readonly c: string;
}

const columnsOf = (c: PracticeColumns) => ({
  confidentiality: c.confidentiality,
  restricted_to: [...c.restrictedTo],
  country: c.country,
  year: c.year,
  threats: [...c.threats],
  places: [...c.places],
  functions: [...c.functions],
  solutions: [...c.solutions],
  evaluation: c.evaluation,
  cost: c.cost,
  languages: [...c.languages],
});

/** Practices, their search rows and their history. Who may read what is `practice-visibility.ts`'s one condition. */
export class PracticeRepository {
  constructor(private readonly db: Db) {}

  /**
   * The practice if `orgId` (null: the public) may read it — its drafts and reviews included; with
   * `orgId` undefined, whoever may read it (the answer to a step its reviewer just took, which may take it
   * out of their sight).
   */
  async find(id: string, orgId: string | null | undefined): Promise<PracticeRow | undefined> {
    let query = this.db
      .selectFrom('practices as p')
      .innerJoin('organisations as o', 'o.id', 'p.owner_org_id')
      .selectAll('p')
      .select('o.name as owner_name')
      .where('p.id', '=', id);
    if (orgId !== undefined) query = query.where(visibleTo({ orgId, mine: true }));
    const r = await query.executeTakeFirst();
    return (
      r && {
        id: r.id,
        ownerOrgId: r.owner_org_id,
        ownerName: r.owner_name,
        revision: r.revision,
        state: r.state as EditorialState,
        maturity: r.maturity as Maturity,
        content: r.content,
        demo: r.demo,
        publishedAt: r.published_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      }
    );
  }

  /** Whether `orgId` reviews the practice (an editor's organisation in a reviewing role of one of its owner's networks). */
  async reviewedBy(id: string, orgId: string): Promise<boolean> {
    const r = await this.db.selectFrom('practices as p').select(reviews(orgId).as('yes')).where('p.id', '=', id).executeTakeFirst();
    return r?.yes === true;
  }

  async insert(input: { ownerOrgId: string; userId: string; content: unknown; columns: PracticeColumns; demo: boolean }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('practices')
      .values({ owner_org_id: input.ownerOrgId, created_by: input.userId, content: JSON.stringify(input.content), demo: input.demo, ...columnsOf(input.columns) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** Saves the content if the practice is still at `revision`; false when another save came first. */
  async update(id: string, revision: number, content: unknown, columns: PracticeColumns, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('practices')
      .set({ content: JSON.stringify(content), ...columnsOf(columns), revision: sql`revision + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Moves the practice along the workflow if it is at `from`; false otherwise. */
  async move(id: string, from: EditorialState, to: EditorialState, maturity: Maturity | null, db: Tx = this.db): Promise<boolean> {
    const r = await db
      .updateTable('practices')
      .set({
        state: to,
        ...(maturity && { maturity }),
        published_at: to === 'published' ? sql`now()` : null,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('state', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async delete(id: string, db: Tx = this.db): Promise<void> {
    await db.deleteFrom('practices').where('id', '=', id).execute();
  }

  /** Replaces the practice's search rows: one per language, its texts weighted A, B, C in that language's configuration. */
  async index(id: string, texts: readonly SearchText[], db: Tx = this.db): Promise<void> {
    await db.deleteFrom('practice_search').where('practice_id', '=', id).execute();
    for (const t of texts) {
      // A configuration the server lacks (estonian before PostgreSQL 17) reads the text word for word.
      const config = sql`coalesce((select c.oid::regconfig from pg_ts_config c where c.cfgname = ${t.config}), 'simple'::regconfig)`;
      await sql`
        insert into practice_search (practice_id, language, config, body, doc)
        values (${id}, ${t.language}, ${config}, ${[t.a, t.b, t.c].filter(Boolean).join('\n')},
          setweight(to_tsvector(${config}, ${t.a}), 'A') || setweight(to_tsvector(${config}, ${t.b}), 'B') || setweight(to_tsvector(${config}, ${t.c}), 'C'))
      `.execute(db);
    }
  }

  async addHistory(id: string, entry: { userId: string; orgId: string; action: PracticeHistoryEntry['action']; note?: string }, db: Tx = this.db): Promise<void> {
    await db
      .insertInto('practice_history')
      .values({ practice_id: id, user_id: entry.userId, org_id: entry.orgId, action: entry.action, note: entry.note ?? '' })
      .execute();
  }

  async history(id: string): Promise<PracticeHistoryEntry[]> {
    const rows = await this.db
      .selectFrom('practice_history as h')
      .leftJoin('users as u', 'u.id', 'h.user_id')
      .leftJoin('organisations as o', 'o.id', 'h.org_id')
      .select(['h.at', 'h.action', 'h.note', 'u.display_name', 'u.email', 'o.name as org_name'])
      .where('h.practice_id', '=', id)
      .orderBy('h.at')
      .orderBy('h.id')
      .execute();
    return rows.map((r) => ({
      at: r.at.toISOString(),
      byName: r.display_name || r.email || '',
      orgName: r.org_name ?? '',
      action: r.action as PracticeHistoryEntry['action'],
      note: r.note,
    }));
  }

  /** The users of the owner organisation who wrote the practice and still belong to it (those told of its review). */
  async authors(id: string, ownerOrgId: string, db: Tx = this.db): Promise<string[]> {
    const rows = await db
      .selectFrom('practice_history as h')
      .innerJoin('memberships as m', (j) => j.onRef('m.user_id', '=', 'h.user_id').onRef('m.org_id', '=', 'h.org_id'))
      .select('h.user_id')
      .distinct()
      .where('h.practice_id', '=', id)
      .where('h.org_id', '=', ownerOrgId)
      .where('h.action', 'in', ['created', 'edited', 'submitted'])
      .execute();
    return rows.map((r) => r.user_id).filter((u): u is string => u !== null);
  }

  async orgName(orgId: string, db: Tx = this.db): Promise<string> {
    const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
    return row?.name ?? '';
  }

  /** Which of `ids` name organisations. */
  async existingOrgs(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (await this.db.selectFrom('organisations').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id);
  }

  userName(userId: string): Promise<string> {
    return displayNameOf(this.db, userId);
  }
}
