import { sql, type Kysely } from 'kysely';

/**
 * Binary inputs of jobs (e.g. the OpenStreetMap extract a site import parses), kept apart from `jobs` so
 * listing jobs never loads them. Handed to the job's handler; never returned by the API.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_attachments (
      job_id uuid primary key references jobs(id) on delete cascade,
      data bytea not null
    );
  `.execute(db);
}
