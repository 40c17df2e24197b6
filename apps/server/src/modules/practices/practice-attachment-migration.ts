import { sql, type Kysely } from 'kysely';

/** The documents attached to practices: the key of each file in the file store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table practice_attachments (
      id uuid primary key default gen_random_uuid(),
      practice_id uuid not null references practices(id) on delete cascade,
      file_key text not null,
      filename text not null,
      content_type text not null,
      bytes integer not null,
      uploaded_by uuid references users(id) on delete set null,
      uploaded_at timestamptz not null default now()
    );
    create index practice_attachments_of on practice_attachments (practice_id, uploaded_at);
  `.execute(db);
}
