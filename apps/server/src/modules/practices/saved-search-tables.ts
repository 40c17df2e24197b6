import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** A user's saved search of practices, for one of their organisations. */
export interface PracticeSavedSearchesTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  name: string;
  search: Json<unknown>;
  notify: boolean;
  matches: Generated<number>;
  last_match_at: Date | null;
  created_at: Generated<Date>;
}

/** A practice a saved search has already met (announced or matching when it was saved). */
export interface PracticeSearchMatchesTable {
  search_id: string;
  practice_id: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    practice_saved_searches: PracticeSavedSearchesTable;
    practice_search_matches: PracticeSearchMatchesTable;
  }
}
