import type { Enrol, SaveCourse } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** A course as stored, with its network and organiser. */
export interface CourseRow {
  readonly id: string;
  readonly networkId: string;
  readonly networkSlug: string;
  readonly networkName: string;
  readonly organiserOrgId: string;
  readonly organiserOrgName: string;
  readonly content: SaveCourse;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** A participant as stored, with the sessions attended. */
export interface ParticipantRow {
  readonly id: string;
  readonly courseId: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly name: string;
  readonly function: string;
  readonly email: string | null;
  readonly certificateCode: string;
  readonly enrolledAt: Date;
  readonly attended: string[];
}

/** Which courses a list holds: those of one network, or one course; public ones, or also those of the networks named. */
export interface CourseFilter {
  readonly networkSlug?: string;
  readonly id?: string;
  /** Networks whose members-only courses the reader sees. */
  readonly memberOf: readonly string[];
}

const span = (c: SaveCourse) => ({
  starts_at: c.sessions.map((s) => s.startsAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0]!,
  ends_at: c.sessions.map((s) => s.endsAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0]!,
});

/** Courses, their participants and attendance. Who may read or change them is the service's job. */
export class CourseRepository {
  constructor(private readonly db: Db) {}

  async list(filter: CourseFilter, db: Tx = this.db): Promise<CourseRow[]> {
    let q = db
      .selectFrom('courses as c')
      .innerJoin('networks as n', 'n.id', 'c.network_id')
      .innerJoin('organisations as o', 'o.id', 'c.organiser_org_id')
      .select(['c.id', 'c.network_id', 'n.slug', 'n.name as network_name', 'c.organiser_org_id', 'o.name as org_name', 'c.content', 'c.starts_at', 'c.ends_at'])
      .where((eb) => (filter.memberOf.length > 0 ? eb.or([eb('c.public', '=', true), eb('c.network_id', 'in', [...filter.memberOf])]) : eb('c.public', '=', true)));
    if (filter.networkSlug) q = q.where('n.slug', '=', filter.networkSlug);
    if (filter.id) q = q.where('c.id', '=', filter.id);
    const rows = await q.orderBy('c.starts_at').orderBy('c.title').execute();
    return rows.map((r) => ({
      id: r.id,
      networkId: r.network_id,
      networkSlug: r.slug,
      networkName: r.network_name,
      organiserOrgId: r.organiser_org_id,
      organiserOrgName: r.org_name,
      content: r.content as SaveCourse,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    }));
  }

  /** The network of a course, whoever reads it (for the checks that come before a read). */
  async networkOf(id: string): Promise<string | undefined> {
    return (await this.db.selectFrom('courses').select('network_id').where('id', '=', id).executeTakeFirst())?.network_id;
  }

  async insert(networkId: string, orgId: string, userId: string, c: SaveCourse): Promise<string> {
    const r = await this.db
      .insertInto('courses')
      .values({ network_id: networkId, organiser_org_id: orgId, created_by: userId, title: c.title, content: JSON.stringify(c), public: c.public, ...span(c) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(id: string, c: SaveCourse): Promise<void> {
    await this.db
      .updateTable('courses')
      .set({ title: c.title, content: JSON.stringify(c), public: c.public, ...span(c), updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('courses').where('id', '=', id).execute();
  }

  async participants(courseIds: readonly string[], orgId?: string, db: Tx = this.db): Promise<ParticipantRow[]> {
    if (courseIds.length === 0) return [];
    let q = db
      .selectFrom('course_participants as p')
      .innerJoin('organisations as o', 'o.id', 'p.org_id')
      .selectAll('p')
      .select(['o.name as org_name'])
      .select(sql<string[]>`coalesce((select array_agg(a.session_id order by a.session_id) from course_attendance a where a.participant_id = p.id), '{}')`.as('attended'))
      .where('p.course_id', 'in', [...courseIds]);
    if (orgId) q = q.where('p.org_id', '=', orgId);
    const rows = await q.orderBy('o.name').orderBy('p.name').execute();
    return rows.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      orgId: r.org_id,
      orgName: r.org_name,
      name: r.name,
      function: r.function,
      email: r.email,
      certificateCode: r.certificate_code,
      enrolledAt: r.enrolled_at,
      attended: r.attended,
    }));
  }

  /**
   * Enrols a person within the places: the course's row is locked while they are counted, so two enrolments
   * never both take the last place.
   */
  async enrol(courseId: string, places: number, orgId: string, userId: string, person: Enrol, code: string, trx: Tx): Promise<'ok' | 'full'> {
    await trx.selectFrom('courses').select('id').where('id', '=', courseId).forUpdate().executeTakeFirst();
    const taken = await trx.selectFrom('course_participants').select(sql<number>`count(*)::int`.as('n')).where('course_id', '=', courseId).executeTakeFirstOrThrow();
    if (taken.n >= places) return 'full';
    await trx
      .insertInto('course_participants')
      .values({ course_id: courseId, org_id: orgId, name: person.name, function: person.function, email: person.email, certificate_code: code, enrolled_by: userId })
      .execute();
    return 'ok';
  }

  async withdraw(participantId: string): Promise<void> {
    await this.db.deleteFrom('course_participants').where('id', '=', participantId).execute();
  }

  async mark(participantId: string, sessionId: string, present: boolean, userId: string): Promise<void> {
    if (present)
      await this.db
        .insertInto('course_attendance')
        .values({ participant_id: participantId, session_id: sessionId, marked_by: userId })
        .onConflict((oc) => oc.columns(['participant_id', 'session_id']).doNothing())
        .execute();
    else await this.db.deleteFrom('course_attendance').where('participant_id', '=', participantId).where('session_id', '=', sessionId).execute();
  }

  /** The course and participant of a certificate's code. */
  async byCode(code: string): Promise<{ course: CourseRow; participant: ParticipantRow } | undefined> {
    const p = await this.db.selectFrom('course_participants').select(['id', 'course_id']).where('certificate_code', '=', code).executeTakeFirst();
    if (!p) return undefined;
    const net = await this.networkOf(p.course_id);
    const [course] = await this.list({ id: p.course_id, memberOf: net ? [net] : [] });
    const participant = (await this.participants([p.course_id])).find((x) => x.id === p.id);
    return course && participant ? { course, participant } : undefined;
  }
}
