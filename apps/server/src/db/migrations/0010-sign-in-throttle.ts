import { sql, type Kysely } from 'kysely';

/**
 * Sign-in throttling by counters (ADR 0017): one row per account (`address = '*'`), per client address
 * (`account = '*'`) and per (account, address), each counting the attempts of its current window. An attempt
 * is reserved on its counters before the password is checked, so concurrent attempts cannot overrun a limit.
 * The log of attempts it replaces served only the limit (failed sign-ins stay in the audit log): dropped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_throttle (
      account text not null,
      address text not null,
      window_start timestamptz not null default now(),
      attempts integer not null default 0 check (attempts >= 0),
      primary key (account, address)
    );
    create index sign_in_throttle_window on sign_in_throttle (window_start);
    drop table sign_in_attempts;
  `.execute(db);
}
