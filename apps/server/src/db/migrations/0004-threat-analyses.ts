import { sql, type Kysely } from 'kysely';

/** Vehicle threat analyses of sites: the zone, the classes, the job that runs it and, once done, its result. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table threat_analyses (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      site_id uuid not null references sites(id) on delete cascade,
      name text not null,
      zone jsonb not null,
      classes jsonb not null,
      spacing_m double precision not null,
      sensitivity boolean not null,
      job_id uuid references jobs(id),
      result jsonb,
      summary jsonb,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index threat_analyses_site on threat_analyses (site_id, created_at desc);
    create index threat_analyses_owner on threat_analyses (owner_org_id);
  `.execute(db);
}
