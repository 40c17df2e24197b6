import { sql, type Kysely } from 'kysely';

/**
 * Each user's notifications (ADR 0026): news addressed to one person, kept until read. The subject is the
 * facts as JSON (what happened to which record), worded by each screen in the reader's language.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notifications (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      subject jsonb not null,
      created_at timestamptz not null default clock_timestamp(),
      read_at timestamptz
    );
    create index notifications_of_user on notifications (user_id, created_at desc, id desc);
    create index notifications_unread on notifications (user_id) where read_at is null;
  `.execute(db);
}
