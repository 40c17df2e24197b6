import { sql, type Kysely } from 'kysely';

/**
 * Uploaded files leave the database for the file store (ADR 0016). An extract names its file by key; a job
 * names the file it reads (`attachment_key`), owned by the record it was started for, never copied.
 * `extracts.data` stays, nullable, for the bytes of extracts uploaded before: the platform moves them into
 * the store at start-up (`files/move-stored-bytes.ts`). Jobs still waiting for an attachment kept in the
 * database cannot read it any more: they are failed with the reason, and can be started again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table extracts add column file_key text`.execute(db);
  await sql`alter table extracts alter column data drop not null`.execute(db);
  await sql`alter table jobs add column attachment_key text`.execute(db);
  await sql`
    update jobs set status = 'failed', finished_at = now(), worker_id = null,
      error = 'The platform was upgraded while this job waited; start it again.'
    where status in ('queued', 'running') and id in (select job_id from job_attachments)
  `.execute(db);
  await sql`drop table job_attachments`.execute(db);
}
