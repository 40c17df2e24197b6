import { sql, type Kysely } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';

/** A stored message of a channel. */
export interface StoredMessage {
  readonly seq: number;
  readonly channel: string;
  readonly payload: unknown;
}

/** First key of the advisory locks that order the messages of a channel (the second is the channel's hash). */
const LOCK_CLASS = 0x5e7a;

/** The `realtime_messages` table: the only code of the realtime layer that touches the database. */
export class RealtimeMessageRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores a message, on `executor` (the database, or a transaction to commit it with a change), and
   * returns its `seq`. With `notify`, a PostgreSQL `NOTIFY notify, '<seq> <channel>'` goes with it, so it is
   * delivered when the message commits.
   *
   * The channel's advisory lock, held until commit, makes a channel's messages commit in `seq` order: a
   * subscriber that has seen `seq` n of a channel never later meets a smaller one. Without it a transaction
   * holding 11 could commit after one holding 12, and a client resuming "after 12" would miss 11.
   */
  async insert(
    executor: Kysely<Database>,
    channel: string,
    payload: unknown,
    notify: string | null,
  ): Promise<number> {
    const json = JSON.stringify(payload ?? null);
    const notified = notify
      ? sql`, lateral (select pg_notify(${notify}::text, m.seq::text || ' ' || m.channel)) as n`
      : sql``;
    const { rows } = await sql<{ seq: number }>`
      with lock as (select pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${channel}::text))),
      m as (
        insert into realtime_messages (channel, payload)
        select ${channel}::text, ${json}::jsonb from lock
        returning seq, channel
      )
      select m.seq from m${notified}
    `.execute(executor);
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error('the realtime message was not stored');
    return seq;
  }

  /** Messages of `channel` after `after`, oldest first, at most `limit`. */
  after(channel: string, after: number, limit: number): Promise<StoredMessage[]> {
    return this.db
      .selectFrom('realtime_messages')
      .select(['seq', 'channel', 'payload'])
      .where('channel', '=', channel)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(limit)
      .execute();
  }

  /** The last `seq` of `channel`, 0 when it has none. */
  async latest(channel: string): Promise<number> {
    const row = await this.db
      .selectFrom('realtime_messages')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('channel', '=', channel)
      .executeTakeFirst();
    return row?.seq ?? 0;
  }

  /** The oldest `seq` still stored, null when there is none. Everything trimmed is older (see `trim`). */
  async oldest(): Promise<number | null> {
    const row = await this.db
      .selectFrom('realtime_messages')
      .select((eb) => eb.fn.min('seq').as('seq'))
      .executeTakeFirst();
    return row?.seq ?? null;
  }

  /**
   * Deletes the messages older than `retentionMs`, by `seq` — everything up to the newest old one — so what
   * remains is exactly the messages after some `seq`. The newest message stays, so `oldest()` keeps saying
   * where the history starts.
   */
  async trim(retentionMs: number): Promise<number> {
    const result = await sql`
      delete from realtime_messages
      where seq <= (select max(seq) from realtime_messages where created_at < now() - make_interval(secs => ${retentionMs / 1000}::float8))
        and seq < (select max(seq) from realtime_messages)
    `.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }
}
