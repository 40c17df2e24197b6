import { sql, type Kysely } from 'kysely';

/** A network's calls for expressions of interest, the organisations' applications and the reviewers' scores. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table network_calls (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks(id) on delete cascade,
      title text not null,
      description text not null default '',
      criteria jsonb not null,
      deadline timestamptz not null,
      places integer not null,
      join_as text not null default 'associated',
      published boolean not null default false,
      decided_at timestamptz,
      decision_note text not null default '',
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index network_calls_of on network_calls (network_id, deadline);
    create table call_applications (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references network_calls(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      answers jsonb not null,
      motivation text not null,
      contact text not null,
      user_id uuid references users(id) on delete set null,
      outcome text not null default 'pending',
      submitted_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (call_id, org_id)
    );
    create table call_reviews (
      application_id uuid not null references call_applications(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      reviewer_org_id uuid not null references organisations(id) on delete cascade,
      scores jsonb not null,
      comment text not null default '',
      at timestamptz not null default now(),
      primary key (application_id, user_id)
    );
  `.execute(db);
}
