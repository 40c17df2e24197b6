import { sql, type Kysely } from 'kysely';

/** A network's courses and academies, the people member organisations enrol, and who attended each session. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table courses (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks(id) on delete cascade,
      organiser_org_id uuid not null references organisations(id) on delete cascade,
      title text not null,
      content jsonb not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      public boolean not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index courses_of on courses (network_id, starts_at);
    create table course_participants (
      id uuid primary key default gen_random_uuid(),
      course_id uuid not null references courses(id) on delete cascade,
      org_id uuid not null references organisations(id) on delete cascade,
      name text not null,
      function text not null default '',
      email text,
      certificate_code text not null unique,
      enrolled_by uuid references users(id) on delete set null,
      enrolled_at timestamptz not null default now()
    );
    create index course_participants_of on course_participants (course_id, org_id);
    create table course_attendance (
      participant_id uuid not null references course_participants(id) on delete cascade,
      session_id text not null,
      marked_by uuid references users(id) on delete set null,
      at timestamptz not null default now(),
      primary key (participant_id, session_id)
    );
  `.execute(db);
}
