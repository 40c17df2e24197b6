import { sql, type Kysely } from 'kysely';

/**
 * The exchanges of officers: the record of an activity of kind `exchange` (its host, objectives, programme,
 * the host's event plan, the report) and the guests each member organisation sends. The event plan is the
 * events module's: no foreign key, a deleted plan leaves a link that no longer resolves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_exchanges (
      activity_id uuid primary key references network_activities(id) on delete cascade,
      host_org_id uuid not null references organisations(id) on delete cascade,
      objectives text not null default '',
      programme text not null default '',
      event_id uuid,
      report text not null default '',
      updated_by uuid references users(id) on delete set null,
      updated_at timestamptz not null default now()
    );
    create table exchange_guests (
      id uuid primary key default gen_random_uuid(),
      activity_id uuid not null references activity_exchanges(activity_id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      name text not null,
      role text not null default '',
      arrives_on date not null,
      leaves_on date not null,
      added_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index exchange_guests_of on exchange_guests (activity_id, arrives_on);
  `.execute(db);
}
