import type { FacetName, PracticeFacets, PracticeHit, PracticeSearch } from '@pactesur/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';
import { visibleTo, type Reader } from './practice-visibility.ts';

/** How each facet is stored: a column of one value, or an array column any of whose values counts. */
const FACETS: Readonly<Record<FacetName, { column: string; array: boolean }>> = {
  country: { column: 'country', array: false },
  threat: { column: 'threats', array: true },
  place: { column: 'places', array: true },
  function: { column: 'functions', array: true },
  solution: { column: 'solutions', array: true },
  maturity: { column: 'maturity', array: false },
  evaluation: { column: 'evaluation', array: false },
  cost: { column: 'cost', array: false },
  language: { column: 'languages', array: true },
  year: { column: 'year', array: false },
};

/** A result as read: the hit but the parts taken from its content, which the service reads. */
export type HitRow = Omit<PracticeHit, 'title' | 'summary' | 'location' | 'city'> & { readonly content: unknown };

/** The words as each language's configuration reads them (a web search's syntax: quotes, `or`, `-word`). */
const query = (q: string) => sql`websearch_to_tsquery(s.config, ${q})`;

/** Whether the practice `p` has the words in one of its languages. */
const matches = (q: string): RawBuilder<boolean> =>
  sql<boolean>`exists (select 1 from practice_search s where s.practice_id = p.id and s.doc @@ ${query(q)})`;

/** Whether the practice `p` has one of `values` in the facet. */
function inFacet(name: FacetName, values: readonly (string | number)[]): RawBuilder<boolean> {
  const { column, array } = FACETS[name];
  const col = sql.ref(`p.${column}`);
  if (name === 'year') return sql<boolean>`${col} = any(${values.map(Number)}::int[])`;
  return array ? sql<boolean>`${col} && ${values.map(String)}::text[]` : sql<boolean>`${col} = any(${values.map(String)}::text[])`;
}

/**
 * The search of practices: PostgreSQL full-text search over one row per language of each practice, each in
 * its language's configuration (a query is read by the configuration of the row it is matched against, so
 * French words stem as French in French rows), ranked; the facets counted over what the reader may see —
 * each facet with every other facet's filter applied, not its own, so that choosing several values of one
 * facet widens the results.
 */
export class PracticeSearchRepository {
  constructor(private readonly db: Db) {}

  /** The condition of the search with every facet's filter but `except`'s. */
  private where(reader: Reader, search: PracticeSearch, except: FacetName | null): RawBuilder<boolean> {
    const parts: RawBuilder<boolean>[] = [visibleTo(reader)];
    if (search.q !== '') parts.push(matches(search.q));
    if (search.owner !== null) parts.push(sql<boolean>`p.owner_org_id = (select id from organisations where slug = ${search.owner})`);
    for (const [name, values] of Object.entries(search.facets) as [FacetName, PracticeFacets[FacetName]][]) {
      if (name !== except && values.length > 0) parts.push(inFacet(name, values));
    }
    return sql<boolean>`(${sql.join(parts, sql` and `)})`;
  }

  async search(reader: Reader, search: PracticeSearch): Promise<{ total: number; hits: HitRow[] }> {
    const where = this.where(reader, search, null);
    const total = await sql<{ n: number }>`select count(*)::int as n from practices p where ${where}`.execute(this.db);
    const q = search.q;
    const ranked =
      q === ''
        ? sql`0::float8 as rank, ''::text as headline`
        : sql`best.rank, best.headline`;
    const best =
      q === ''
        ? sql``
        : sql`cross join lateral (
            select ts_rank(s.doc, ${query(q)})::float8 as rank,
                   ts_headline(s.config, s.body, ${query(q)}, 'StartSel=<b>, StopSel=</b>, MaxWords=35, MinWords=15, MaxFragments=2') as headline
            from practice_search s where s.practice_id = p.id and s.doc @@ ${query(q)}
            order by 1 desc, s.language limit 1) best`;
    const order = q === '' ? sql`p.published_at desc nulls last, p.updated_at desc, p.id` : sql`best.rank desc, p.published_at desc nulls last, p.id`;
    const rows = await sql<{
      id: string;
      owner_name: string;
      state: string;
      maturity: string;
      confidentiality: string;
      country: string | null;
      year: number | null;
      demo: boolean;
      content: unknown;
      rank: number;
      headline: string;
    }>`
      select p.id, o.name as owner_name, p.state, p.maturity, p.confidentiality, p.country, p.year, p.demo, p.content, ${ranked}
      from practices p join organisations o on o.id = p.owner_org_id ${best}
      where ${where}
      order by ${order}
      limit ${search.limit} offset ${search.offset}
    `.execute(this.db);
    return {
      total: total.rows[0]?.n ?? 0,
      hits: rows.rows.map((r) => ({
        id: r.id,
        ownerName: r.owner_name,
        state: r.state as PracticeHit['state'],
        maturity: r.maturity as PracticeHit['maturity'],
        confidentiality: r.confidentiality as PracticeHit['confidentiality'],
        country: r.country,
        year: r.year,
        demo: r.demo,
        content: r.content,
        rank: Number(r.rank),
        headline: r.headline,
      })),
    };
  }

  /** Whether the practice `id` is among the results of `search` for `reader` (read with `trx`). */
  async includes(reader: Reader, search: PracticeSearch, id: string, trx: Tx): Promise<boolean> {
    const { rows } = await sql<{ id: string }>`select p.id from practices p where p.id = ${id} and ${this.where(reader, search, null)}`.execute(trx);
    return rows.length > 0;
  }

  /** Records every practice now among the results of `search` for `reader` as met by the saved search `searchId`. */
  async markMatches(reader: Reader, search: PracticeSearch, searchId: string, trx: Tx): Promise<void> {
    await sql`
      insert into practice_search_matches (search_id, practice_id)
      select ${searchId}::uuid, p.id from practices p where ${this.where(reader, search, null)}
      on conflict do nothing`.execute(trx);
  }

  /** Each facet's values among the practices the reader may see matching the search (but that facet's own filter), counted. */
  async facets(reader: Reader, search: PracticeSearch): Promise<Record<FacetName, { value: string; count: number }[]>> {
    const out = {} as Record<FacetName, { value: string; count: number }[]>;
    for (const name of Object.keys(FACETS) as FacetName[]) {
      const { column, array } = FACETS[name];
      const col = sql.ref(`p.${column}`);
      const where = this.where(reader, search, name);
      const rows = array
        ? await sql<{ value: string; count: number }>`
            select v as value, count(*)::int as count from practices p cross join lateral unnest(${col}) v
            where ${where} group by v order by count desc, v`.execute(this.db)
        : await sql<{ value: string; count: number }>`
            select ${col}::text as value, count(*)::int as count from practices p
            where ${where} and ${col} is not null group by ${col} order by count desc, 1`.execute(this.db);
      out[name] = rows.rows.map((r) => ({ value: r.value, count: r.count }));
    }
    return out;
  }
}
