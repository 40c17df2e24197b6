import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** Sign-in attempts, kept in the database so the rate limit holds across several API instances. */
export class SignInAttemptRepository {
  constructor(private readonly db: Db) {}

  async record(email: string, clientAddress: string | null, success: boolean): Promise<void> {
    await this.db.insertInto('sign_in_attempts').values({ email: email.toLowerCase(), client_address: clientAddress, success }).execute();
  }

  /** Failed attempts since `since` for this e-mail address, and from this client address. */
  async failuresSince(email: string, clientAddress: string | null, since: Date): Promise<{ byEmail: number; byAddress: number }> {
    const row = await this.db
      .selectFrom('sign_in_attempts')
      .select([
        sql<number>`count(*) filter (where lower(email) = ${email.toLowerCase()})`.as('by_email'),
        sql<number>`count(*) filter (where client_address is not distinct from ${clientAddress})`.as('by_address'),
      ])
      .where('at', '>=', since)
      .where('success', '=', false)
      .executeTakeFirstOrThrow();
    return { byEmail: Number(row.by_email), byAddress: Number(row.by_address) };
  }
}
