import { sql, type Kysely } from 'kysely';

/**
 * Saved searches of practices (ADR 0026): a user's words and facets for one of their organisations, and the
 * practices already announced for each (`practice_search_matches`), so a practice is announced once per search.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table practice_saved_searches (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      name text not null,
      search jsonb not null,
      notify boolean not null default true,
      matches integer not null default 0,
      last_match_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index practice_saved_searches_of on practice_saved_searches (user_id, org_id, created_at);
    create table practice_search_matches (
      search_id uuid not null references practice_saved_searches(id) on delete cascade,
      practice_id uuid not null references practices(id) on delete cascade,
      primary key (search_id, practice_id)
    );
  `.execute(db);
}
