import { sql, type Kysely } from 'kysely';

/**
 * Protection plans of sites: the request as run (zone, classes, catalogue, stations, locked and forbidden
 * lines, budget), the job that solves it and, once done, the plan with its verification. A plan made by
 * re-optimising another names it as its parent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table protection_plans (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      site_id uuid not null references sites(id) on delete cascade,
      parent_id uuid references protection_plans(id) on delete set null,
      name text not null,
      zone jsonb not null,
      class_ids jsonb not null,
      request jsonb not null,
      job_id uuid references jobs(id),
      result jsonb,
      summary jsonb,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index protection_plans_site on protection_plans (site_id, created_at desc);
    create index protection_plans_owner on protection_plans (owner_org_id);
    create index protection_plans_parent on protection_plans (parent_id);
  `.execute(db);
}
