import { sql, type Kysely } from 'kysely';

/**
 * Public alerts: one row per CAP message (an Update or a Cancel is a message of its own in its first
 * alert's episode), its history, and partners' acknowledgements. A published message's XML is written once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table alerts (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      episode_id uuid not null,
      identifier text not null unique,
      msg_type text not null,
      state text not null default 'draft',
      status text not null,
      scope text not null,
      site_id uuid references sites(id) on delete set null,
      revision integer not null default 0,
      content jsonb not null,
      "references" jsonb not null default '[]',
      xml text,
      sent timestamptz,
      expires_at timestamptz,
      author_id uuid references users(id) on delete set null,
      author_name text not null,
      approver_id uuid references users(id) on delete set null,
      approver_name text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index alerts_owner on alerts (owner_org_id, updated_at desc);
    create index alerts_episode on alerts (episode_id, created_at);
    create index alerts_public on alerts (owner_org_id, sent desc) where xml is not null;
    create table alert_events (
      id bigserial primary key,
      alert_id uuid not null references alerts(id) on delete cascade,
      at timestamptz not null default now(),
      by_name text not null,
      action text not null,
      detail text not null default ''
    );
    create index alert_events_of on alert_events (alert_id, id);
    create table alert_acks (
      alert_id uuid not null references alerts(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      by_name text not null,
      identifier text not null,
      xml text not null,
      at timestamptz not null default now(),
      primary key (alert_id, org_id)
    );
  `.execute(db);
}
