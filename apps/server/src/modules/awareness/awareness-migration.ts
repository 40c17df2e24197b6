import { sql, type Kysely } from 'kysely';

/** Each city's awareness page: its sections in its languages, published or not. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table awareness_pages (
      org_id uuid primary key references organisations(id) on delete cascade,
      sections jsonb not null,
      published boolean not null default false,
      updated_by uuid references users(id) on delete set null,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}
