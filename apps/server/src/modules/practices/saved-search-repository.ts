import type { SavedSearch, SavedSearchQuery, SaveSavedSearch } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** A saved search with its owner, as the matching of a newly published practice reads it. */
export interface SavedSearchOwner {
  readonly id: string;
  readonly userId: string;
  readonly orgId: string;
  readonly name: string;
  readonly search: SavedSearchQuery;
  readonly notify: boolean;
}

type Row = {
  id: string;
  name: string;
  search: unknown;
  notify: boolean;
  matches: number;
  last_match_at: Date | null;
  created_at: Date;
};

const viewOf = (r: Row): SavedSearch => ({
  id: r.id,
  name: r.name,
  search: r.search as SavedSearchQuery,
  notify: r.notify,
  matches: r.matches,
  lastMatchAt: r.last_match_at ? new Date(r.last_match_at).toISOString() : null,
  createdAt: r.created_at.toISOString(),
});

const COLUMNS = ['id', 'name', 'search', 'notify', 'matches', 'last_match_at', 'created_at'] as const;

/** The `practice_saved_searches` table and the practices each search has met. */
export class SavedSearchRepository {
  constructor(private readonly db: Db) {}

  async list(userId: string, orgId: string): Promise<SavedSearch[]> {
    const rows = await this.db
      .selectFrom('practice_saved_searches')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(viewOf);
  }

  async get(id: string, userId: string, orgId: string, trx: Tx = this.db): Promise<SavedSearch | null> {
    const row = await trx
      .selectFrom('practice_saved_searches')
      .select(COLUMNS)
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return row ? viewOf(row) : null;
  }

  /** How many the user keeps for the organisation, counted under a lock on the user's row (two saves at once count each other). */
  async countLocked(userId: string, orgId: string, trx: Tx): Promise<number> {
    await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
    const row = await trx
      .selectFrom('practice_saved_searches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(userId: string, orgId: string, input: SaveSavedSearch, trx: Tx): Promise<string> {
    const row = await trx
      .insertInto('practice_saved_searches')
      .values({ user_id: userId, org_id: orgId, name: input.name, search: JSON.stringify(input.search), notify: input.notify })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Changes the user's saved search; false when they have none of that id. */
  async update(id: string, userId: string, orgId: string, input: SaveSavedSearch, trx: Tx): Promise<boolean> {
    const result = await trx
      .updateTable('practice_saved_searches')
      .set({ name: input.name, search: JSON.stringify(input.search), notify: input.notify })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Forgets the practices a changed search had met, and their count (it starts again from what it finds now). */
  async forgetMatches(id: string, trx: Tx): Promise<void> {
    await trx.deleteFrom('practice_search_matches').where('search_id', '=', id).execute();
    await trx.updateTable('practice_saved_searches').set({ matches: 0, last_match_at: null }).where('id', '=', id).execute();
  }

  async delete(id: string, userId: string, orgId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('practice_saved_searches')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * The saved searches that may meet a practice of `ownerOrgId`: those of other organisations whose user is
   * still a member of the organisation the search was saved for (a user who left it hears no more of it).
   */
  async candidates(ownerOrgId: string, trx: Tx): Promise<SavedSearchOwner[]> {
    const rows = await trx
      .selectFrom('practice_saved_searches as s')
      .innerJoin('memberships as m', (j) => j.onRef('m.user_id', '=', 's.user_id').onRef('m.org_id', '=', 's.org_id'))
      .select(['s.id', 's.user_id', 's.org_id', 's.name', 's.search', 's.notify'])
      .where('s.org_id', '<>', ownerOrgId)
      .orderBy('s.id')
      .execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, orgId: r.org_id, name: r.name, search: r.search as SavedSearchQuery, notify: r.notify }));
  }

  /** Records that the search met the practice; false when it had already (then nothing changes). */
  async met(searchId: string, practiceId: string, trx: Tx): Promise<boolean> {
    const inserted = await trx
      .insertInto('practice_search_matches')
      .values({ search_id: searchId, practice_id: practiceId })
      .onConflict((oc) => oc.doNothing())
      .returning('search_id')
      .execute();
    if (inserted.length === 0) return false;
    await trx
      .updateTable('practice_saved_searches')
      .set({ matches: sql`matches + 1`, last_match_at: sql`now()` })
      .where('id', '=', searchId)
      .execute();
    return true;
  }
}
