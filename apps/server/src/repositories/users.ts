import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { UserRow } from '../db/schema.ts';

/** Accounts. E-mail addresses are unique regardless of case. */
export class UserRepository {
  constructor(private readonly db: Db) {}

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  }

  find(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  create(input: { email: string; displayName: string; passwordHash: string | null; locale?: string }): Promise<UserRow> {
    return this.db
      .insertInto('users')
      .values({
        email: input.email,
        display_name: input.displayName,
        password_hash: input.passwordHash,
        locale: input.locale ?? 'en',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  update(id: string, input: { displayName?: string; locale?: string; passwordHash?: string }): Promise<UserRow | undefined> {
    return this.db
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.passwordHash !== undefined && { password_hash: input.passwordHash }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }
}
