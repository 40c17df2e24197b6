import { sql, type Kysely } from 'kysely';

/**
 * The two bulk documents the platform stores only to send back whole — an extract's map layers and a crowd
 * simulation's playback frames, tens of megabytes for a town — become `json` (text kept as written) instead
 * of `jsonb`. Nothing queries inside them, and converting a town's layers to `jsonb` held the embedded
 * database for about 5 s and grew it by about 700 MB it never gives back; as `json`, 1.7 s and 250 MB
 * (bench/upload.ts, ADR 0016).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table extracts alter column layers type json using layers::json`.execute(db);
  await sql`alter table crowd_simulations alter column frames type json using frames::json`.execute(db);
}
