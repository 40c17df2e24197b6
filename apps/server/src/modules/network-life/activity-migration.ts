import { sql, type Kysely } from 'kysely';

/** The activities of a network (meetings, academies, workshops, field visits, officer exchanges) and the registrations of its members. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table network_activities (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks(id) on delete cascade,
      kind text not null,
      title text not null,
      description text not null default '',
      starts_on date not null,
      ends_on date not null,
      precision text not null default 'day',
      city text not null default '',
      country text,
      location jsonb,
      mass_event text not null default '',
      public boolean not null default true,
      places integer,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index network_activities_of on network_activities (network_id, starts_on);
    create table activity_registrations (
      activity_id uuid not null references network_activities(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      people integer not null,
      user_id uuid references users(id) on delete set null,
      at timestamptz not null default now(),
      primary key (activity_id, org_id)
    );
  `.execute(db);
}
