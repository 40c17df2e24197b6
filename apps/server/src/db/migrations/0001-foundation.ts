import { sql, type Kysely } from 'kysely';

/** Organisations, users, sessions, networks, sharing, the append-only audit log, briefings and jobs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name text not null,
      kind text not null,
      country text,
      languages jsonb not null default '[]',
      lon double precision,
      lat double precision,
      parent_id uuid references organisations(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      display_name text not null,
      password_hash text,
      locale text not null default 'en',
      created_at timestamptz not null default now()
    );
    create unique index users_email_key on users (lower(email));
    create table memberships (
      org_id uuid not null references organisations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      role text not null,
      created_at timestamptz not null default now(),
      primary key (org_id, user_id)
    );
    create index memberships_user on memberships (user_id);
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      active_org_id uuid references organisations(id) on delete set null,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      client_address text
    );
    create index sessions_user on sessions (user_id);
    create table invitations (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organisations(id) on delete cascade,
      email text not null,
      role text not null,
      token_hash text not null unique,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz
    );
    create table networks (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name text not null,
      description text not null default '',
      period_start text,
      period_end text,
      created_at timestamptz not null default now()
    );
    create table network_members (
      network_id uuid not null references networks(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      role text not null,
      primary key (network_id, org_id)
    );
    create table record_shares (
      record_kind text not null,
      record_id uuid not null,
      org_id uuid not null references organisations(id) on delete cascade,
      "right" text not null check ("right" in ('read', 'edit')),
      granted_by uuid not null references users(id),
      granted_at timestamptz not null default now(),
      primary key (record_kind, record_id, org_id)
    );
    create index record_shares_org on record_shares (org_id, record_kind);
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      user_id uuid,
      user_email text,
      actor_org_id uuid,
      owner_org_id uuid,
      action text not null,
      record_kind text,
      record_id text,
      client_address text,
      detail text
    );
    create index audit_log_owner on audit_log (owner_org_id, id desc);
    create index audit_log_actor on audit_log (actor_org_id, id desc);
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each statement execute function audit_log_is_append_only();
    create table briefings (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      title text not null,
      body text not null default '',
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index briefings_owner on briefings (owner_org_id);
    create table sign_in_attempts (
      id bigserial primary key,
      email text not null,
      client_address text,
      at timestamptz not null default now(),
      success boolean not null
    );
    create index sign_in_attempts_email on sign_in_attempts (lower(email), at);
    create index sign_in_attempts_address on sign_in_attempts (client_address, at);
    create table jobs (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      owner_org_id uuid not null references organisations(id) on delete cascade,
      created_by uuid references users(id) on delete set null,
      input jsonb not null default '{}',
      status text not null default 'queued',
      progress double precision not null default 0,
      message text,
      result jsonb,
      error text,
      attempts integer not null default 0,
      max_attempts integer not null default 2,
      cancel_requested boolean not null default false,
      worker_id text,
      heartbeat_at timestamptz,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index jobs_owner on jobs (owner_org_id, created_at desc);
    create index jobs_status on jobs (status);
  `.execute(db);
}
