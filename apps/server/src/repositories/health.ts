import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** Whether the database answers: what `GET /api/health` reports. */
export class HealthRepository {
  constructor(private readonly db: Db) {}

  reachable(): Promise<boolean> {
    return sql`select 1`
      .execute(this.db)
      .then(() => true)
      .catch(() => false);
  }
}
