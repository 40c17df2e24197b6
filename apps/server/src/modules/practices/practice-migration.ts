import { sql, type Kysely } from 'kysely';

/**
 * Promising practices: the record (its content one document counted by `revision`, with the columns its
 * facets and its visibility are read from), one search row per language it has text in (that language's
 * text-search configuration, so "barrières" finds "barrière" in French and "Polizeikräfte" finds
 * "Polizeikraft" in German), and its editorial history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table practices (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      revision integer not null default 0,
      state text not null default 'draft',
      maturity text not null default 'inspiring',
      confidentiality text not null,
      restricted_to uuid[] not null default '{}',
      content jsonb not null,
      country text,
      year integer,
      threats text[] not null default '{}',
      places text[] not null default '{}',
      functions text[] not null default '{}',
      solutions text[] not null default '{}',
      evaluation text not null,
      cost text,
      languages text[] not null default '{}',
      demo boolean not null default false,
      published_at timestamptz,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index practices_published on practices (state, confidentiality);
    create index practices_owner on practices (owner_org_id);
    create table practice_search (
      practice_id uuid not null references practices(id) on delete cascade,
      language text not null,
      config regconfig not null,
      body text not null,
      doc tsvector not null,
      primary key (practice_id, language)
    );
    create index practice_search_doc on practice_search using gin (doc);
    create table practice_history (
      id uuid primary key default gen_random_uuid(),
      practice_id uuid not null references practices(id) on delete cascade,
      at timestamptz not null default now(),
      user_id uuid references users(id) on delete set null,
      org_id uuid references organisations(id) on delete set null,
      action text not null,
      note text not null default ''
    );
    create index practice_history_of on practice_history (practice_id, at);
  `.execute(db);
}
