import { sql, type Kysely } from 'kysely';

/**
 * Citizens' reports: where each organisation takes which categories (its coverage), the Open311 keys it
 * issued (their hashes only), the reports themselves, and the daily tallies the transparency page counts
 * (no personal data: they outlive the reports the retention job deletes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table citizen_coverage (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organisations(id) on delete cascade,
      name text not null,
      categories text[] not null,
      area jsonb not null,
      area_km2 double precision not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index citizen_coverage_of on citizen_coverage (org_id);
    create table citizen_api_keys (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organisations(id) on delete cascade,
      name text not null,
      prefix text not null,
      key_hash text not null unique,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index citizen_api_keys_of on citizen_api_keys (org_id);
    create table citizen_reports (
      id uuid primary key default gen_random_uuid(),
      request_id text not null unique,
      token_hash text not null unique,
      org_id uuid not null references organisations(id) on delete cascade,
      category text not null,
      status text not null default 'open',
      status_note text not null default '',
      published boolean not null default false,
      description text not null,
      address text not null default '',
      lng double precision,
      lat double precision,
      attributes jsonb not null,
      anonymous boolean not null,
      contact jsonb,
      media_url text not null default '',
      photo_key text,
      photo_faces integer not null default 0,
      published_photo_key text,
      blur_regions jsonb not null default '[]',
      lang text not null,
      via text not null,
      api_key_id uuid references citizen_api_keys(id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      closed_at timestamptz,
      purge_after timestamptz not null
    );
    create index citizen_reports_of on citizen_reports (org_id, created_at desc);
    create index citizen_reports_by_time on citizen_reports (created_at);
    create index citizen_reports_to_purge on citizen_reports (purge_after);
    create table citizen_report_tallies (
      day date not null,
      category text not null,
      received integer not null default 0,
      purged integer not null default 0,
      photos integer not null default 0,
      faces integer not null default 0,
      primary key (day, category)
    );
  `.execute(db);
}
