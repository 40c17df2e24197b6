import { sql, type Kysely } from 'kysely';

/** The public-space register: uploaded OpenStreetMap extracts and the sites registered from them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table extracts (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      filename text not null,
      bytes integer not null,
      data bytea not null,
      data_date text,
      job_id uuid references jobs(id),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      summary jsonb,
      diagnostics jsonb,
      candidates jsonb,
      layers jsonb
    );
    create index extracts_owner on extracts (owner_org_id, created_at desc);
    create table sites (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      extract_id uuid references extracts(id) on delete set null,
      name text not null,
      category text not null,
      outline jsonb not null,
      centre_lon double precision not null,
      centre_lat double precision not null,
      walkable_area_m2 double precision not null,
      typical_occupancy integer,
      event_occupancy integer,
      notes text not null default '',
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index sites_owner on sites (owner_org_id, name);
  `.execute(db);
}
