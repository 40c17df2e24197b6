import { sql, type Kysely } from 'kysely';

/**
 * The messages of the realtime layer (ADR 0013), kept for a while so a client that reconnects gets what it
 * missed: `seq` orders them, `(channel, seq)` serves the replay of one channel.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table realtime_messages (
      seq bigserial primary key,
      channel text not null,
      payload jsonb not null,
      created_at timestamptz not null default now()
    );
    create index realtime_messages_channel on realtime_messages (channel, seq);
  `.execute(db);
}
