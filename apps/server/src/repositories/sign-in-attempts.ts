import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Tx } from './tx.ts';

/** Stands for "any" in a counter's key: `(account, ANY)` counts an account, `(ANY, address)` an address. */
export const ANY = '*';

/** The counters one attempt is reserved on, each with its limit, and the length of a window. */
export interface ThrottleLimits {
  readonly windowMinutes: number;
  readonly perAccountAndAddress: number;
  readonly perAccount: number;
  readonly perAddress: number;
}

export interface ThrottleCounter {
  readonly account: string;
  readonly address: string;
  readonly attempts: number;
  readonly windowStart: Date;
}

/** Thrown inside the reservation to roll it back: a refused attempt counts on none of its counters. */
class Refused extends Error {}

/**
 * Sign-in counters (ADR 0017), kept in the database so the limits hold across several server instances.
 * A counter counts the attempts of its window that were not followed by a success: reserved before the
 * password is checked, kept when it was wrong, given back when it was right.
 */
export class SignInAttemptRepository {
  constructor(private readonly db: Db) {}

  /**
   * Reserves one attempt on the account's, the address's and the pair's counters, or none when any of them
   * is at its limit. The counters are locked in this one order by every attempt, so two attempts never wait
   * on each other crosswise, and a counter is read and raised under its lock: N concurrent attempts never
   * get past a limit of L more than L times.
   */
  async reserve(account: string, address: string, limits: ThrottleLimits): Promise<boolean> {
    const counters: ReadonlyArray<readonly [string, string, number]> = [
      [account, ANY, limits.perAccount],
      [ANY, address, limits.perAddress],
      [account, address, limits.perAccountAndAddress],
    ];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const [a, b, limit] of counters) {
          const attempts = await this.raise(trx, a, b, limits.windowMinutes);
          if (attempts > limit) throw new Refused();
        }
      });
      return true;
    } catch (error) {
      if (error instanceof Refused) return false;
      throw error;
    }
  }

  /**
   * After a right password: the pair's counter starts again, and the account's and the address's get their
   * reservation back (a success is no failure). One counter at a time, so no lock is held while waiting.
   */
  async succeeded(account: string, address: string): Promise<void> {
    for (const [a, b] of [[account, ANY], [ANY, address]] as const) {
      await this.db
        .updateTable('sign_in_throttle')
        .set({ attempts: sql<number>`greatest(attempts - 1, 0)` })
        .where('account', '=', a)
        .where('address', '=', b)
        .execute();
    }
    await this.db.deleteFrom('sign_in_throttle').where('account', '=', account).where('address', '=', address).execute();
  }

  /**
   * Deletes the counters whose window has ended (they would start again at zero anyway). Skips the rows an
   * attempt holds, so it never waits on one, nor makes one wait on it crosswise.
   */
  async prune(windowMinutes: number): Promise<number> {
    const result = await sql`
      delete from sign_in_throttle where (account, address) in (
        select account, address from sign_in_throttle
        where window_start <= now() - make_interval(mins => ${windowMinutes})
        for update skip locked
      )`.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }

  /** A counter as it is stored (for operators and tests), or null when there is none. */
  async counter(account: string, address: string): Promise<ThrottleCounter | null> {
    const row = await this.db
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where('account', '=', account)
      .where('address', '=', address)
      .executeTakeFirst();
    return row ? { account: row.account, address: row.address, attempts: row.attempts, windowStart: row.window_start } : null;
  }

  /** Raises a counter by one, starting a new window when its window has ended; answers the new count. */
  private async raise(trx: Tx, account: string, address: string, windowMinutes: number): Promise<number> {
    const ended = sql<boolean>`sign_in_throttle.window_start <= now() - make_interval(mins => ${windowMinutes})`;
    const row = await trx
      .insertInto('sign_in_throttle')
      .values({ account, address, attempts: 1 })
      .onConflict((oc) =>
        oc.columns(['account', 'address']).doUpdateSet({
          attempts: sql<number>`case when ${ended} then 1 else sign_in_throttle.attempts + 1 end`,
          window_start: sql<Date>`case when ${ended} then now() else sign_in_throttle.window_start end`,
        }),
      )
      .returning('attempts')
      .executeTakeFirstOrThrow();
    return row.attempts;
  }
}
