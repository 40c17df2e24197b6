import { sql, type Kysely } from 'kysely';

/**
 * The outbox (ADR 0014): organisations' webhooks, the messages that leave the platform (written in the
 * transaction of the change that causes them), one delivery per message and webhook, and every attempt.
 * The delivery worker claims due rows through `webhook_deliveries_due`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhooks (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      url text not null,
      secret text not null,
      events jsonb not null,
      active boolean not null default true,
      description text not null default '',
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index webhooks_owner on webhooks (owner_org_id);

    create table outbox_messages (
      id uuid primary key default gen_random_uuid(),
      owner_org_id uuid not null references organisations(id) on delete cascade,
      event text not null,
      payload jsonb not null,
      created_at timestamptz not null default now()
    );
    create index outbox_messages_owner on outbox_messages (owner_org_id, created_at desc);

    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      message_id uuid not null references outbox_messages(id) on delete cascade,
      webhook_id uuid not null references webhooks(id) on delete cascade,
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_status_code integer,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      unique (message_id, webhook_id)
    );
    create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
    create index webhook_deliveries_webhook on webhook_deliveries (webhook_id, created_at desc, id desc);

    create table webhook_delivery_attempts (
      id bigserial primary key,
      delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
      attempt integer not null,
      at timestamptz not null default now(),
      status_code integer,
      error text,
      duration_ms integer not null
    );
    create index webhook_delivery_attempts_delivery on webhook_delivery_attempts (delivery_id, attempt);
  `.execute(db);
}
