import { sql, type Kysely } from 'kysely';

/**
 * Vulnerability assessments: one row per version (a re-assessment is a new row naming its parent), what the
 * user filled in as one document (`content`, saved step by step and counted by `revision`), the computed
 * indicators and the user's overrides; their comments, and their photos (the bytes in the file store).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assessments (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      site_id uuid not null references sites(id) on delete cascade,
      parent_id uuid references assessments(id) on delete set null,
      version integer not null,
      title text not null,
      status text not null default 'draft',
      step text not null default 'scope',
      revision integer not null default 0,
      content jsonb not null,
      indicators jsonb not null default '[]',
      overrides jsonb not null default '{}',
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index assessments_owner on assessments (owner_org_id, updated_at desc);
    create index assessments_site on assessments (site_id, version desc);
    create index assessments_parent on assessments (parent_id);
    create table assessment_comments (
      id uuid primary key default gen_random_uuid(),
      assessment_id uuid not null references assessments(id) on delete cascade,
      author_id uuid references users(id) on delete set null,
      author_name text not null,
      about text,
      body text not null,
      created_at timestamptz not null default now()
    );
    create index assessment_comments_of on assessment_comments (assessment_id, created_at);
    create table assessment_photos (
      id uuid primary key default gen_random_uuid(),
      assessment_id uuid not null references assessments(id) on delete cascade,
      file_key text not null,
      filename text not null,
      content_type text not null,
      bytes integer not null,
      caption text not null default '',
      location_kept boolean not null default false,
      created_by uuid references users(id) on delete set null,
      created_by_name text not null,
      created_at timestamptz not null default now()
    );
    create index assessment_photos_of on assessment_photos (assessment_id, created_at);
  `.execute(db);
}
