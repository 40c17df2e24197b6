import { sql, type Kysely } from 'kysely';

/** Crowd simulations of sites: the scenario as run, its job and, once done, the result and playback frames. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table crowd_simulations (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      site_id uuid not null references sites(id) on delete cascade,
      name text not null,
      request jsonb not null,
      agents integer not null,
      job_id uuid references jobs(id),
      result jsonb,
      frames jsonb,
      summary jsonb,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index crowd_simulations_site on crowd_simulations (site_id, created_at desc);
    create index crowd_simulations_owner on crowd_simulations (owner_org_id);
  `.execute(db);
}
