import type { CertificateCheck, Course, CourseParticipant, CourseStage, Enrol, MarkAttendance, SaveCourse } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { NetworkReader, NetworkStanding } from '../../services/network-reader.ts';
import type { AccessService } from '../../services/access-service.ts';
import { certificateCode, readCertificateCode } from './certificate-code.ts';
import type { CourseRepository, CourseRow, ParticipantRow } from './course-repository.ts';

/** A course's stage at `now`. */
export function courseStage(course: Pick<CourseRow, 'startsAt' | 'endsAt'>, now: Date): CourseStage {
  if (now < course.startsAt) return 'upcoming';
  return now > course.endsAt ? 'ended' : 'running';
}

/** Enrolment is open until its closing instant, else until the first session starts. */
export const enrolmentOpen = (course: CourseRow, now: Date): boolean =>
  now.getTime() < (course.content.enrolmentCloses ? Date.parse(course.content.enrolmentCloses) : course.startsAt.getTime());

/** The share of the course's sessions a participant attended (sessions since removed do not count). */
export function attendanceOf(course: CourseRow, attended: readonly string[]): number {
  const sessions = course.content.sessions.map((s) => s.id);
  return sessions.filter((id) => attended.includes(id)).length / sessions.length;
}

/** Certified: the course gives certificates, is over, and the participant attended enough of it. */
export const isCertified = (course: CourseRow, attended: readonly string[], now: Date): boolean =>
  course.content.certificate && courseStage(course, now) === 'ended' && attendanceOf(course, attended) * 100 >= course.content.attendanceRequired - 1e-9;

const hoursOf = (c: SaveCourse): number => c.curriculum.reduce((n, x) => n + x.hours, 0);

/**
 * Training (KNOWLEDGE.md): a network's courses and academies. Its lead and consortium partners' editors
 * keep them and record attendance; a member organisation's editors enrol their people within the places;
 * each organisation reads its own participants, the organisers all of them. Public courses are read by
 * anyone. A participant who attended enough of a course that is over has a certificate, whose code anyone
 * may check.
 */
export class CourseService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly networks: NetworkReader,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor | null, networkSlug?: string): Promise<Course[]> {
    const standings = await this.networks.memberships(actor);
    const rows = await this.courses.list({ ...(networkSlug && { networkSlug }), memberOf: [...standings.keys()] });
    return this.views(actor, rows, standings);
  }

  async get(actor: Actor | null, id: string): Promise<Course> {
    const standings = await this.networks.memberships(actor);
    const [view] = await this.views(actor, await this.courses.list({ id, memberOf: [...standings.keys()] }), standings);
    if (!view) throw new AppError('not_found');
    return view;
  }

  async create(actor: Actor, networkSlug: string, input: SaveCourse): Promise<Course> {
    const { network, editor } = await this.networks.asManager(actor, networkSlug, 'Courses are');
    return this.get(actor, await this.courses.insert(network.id, editor.orgId, editor.userId, input));
  }

  async update(actor: Actor, id: string, input: SaveCourse): Promise<Course> {
    await this.managed(actor, id);
    await this.courses.update(id, input);
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.managed(actor, id);
    await this.courses.delete(id);
  }

  /** Enrols a person of the actor's organisation, a member of the course's network, while enrolment is open and places remain. */
  async enrol(actor: Actor, id: string, person: Enrol): Promise<Course> {
    const editor = requireRole(actor, 'editor');
    const { course, standing } = await this.readable(actor, id);
    if (!standing?.member) throw new AppError('forbidden', 'The organisations of the network enrol their people.');
    if (!enrolmentOpen(course, new Date())) throw new AppError('conflict', 'Enrolment to this course has closed.');
    const outcome = await this.access.inTransaction((trx) => this.courses.enrol(id, course.content.places, editor.orgId, editor.userId, person, certificateCode(), trx));
    if (outcome === 'full') throw new AppError('conflict', 'No place is left on this course.');
    return this.get(actor, id);
  }

  /** Withdraws a participant: by their organisation's editors, or the organisers, until the course is over. */
  async withdraw(actor: Actor, id: string, participantId: string): Promise<Course> {
    const editor = requireRole(actor, 'editor');
    const { course, standing } = await this.readable(actor, id);
    const participant = (await this.courses.participants([id])).find((p) => p.id === participantId);
    if (!participant || (participant.orgId !== editor.orgId && !standing?.manager)) throw new AppError('not_found', 'No such participant of this course.');
    if (courseStage(course, new Date()) === 'ended') throw new AppError('conflict', 'The course is over: its participants are kept.');
    await this.courses.withdraw(participantId);
    return this.get(actor, id);
  }

  /** The organisers record a participant present at (or absent from) a session that has started. */
  async mark(actor: Actor, id: string, input: MarkAttendance): Promise<Course> {
    const { course, editor } = await this.managed(actor, id);
    const session = course.content.sessions.find((s) => s.id === input.sessionId);
    if (!session) throw new AppError('not_found', 'No such session of this course.');
    if (Date.parse(session.startsAt) > Date.now()) throw new AppError('conflict', 'Attendance is recorded once the session has started.');
    if (!(await this.courses.participants([id])).some((p) => p.id === input.participantId)) throw new AppError('not_found', 'No such participant of this course.');
    await this.courses.mark(input.participantId, input.sessionId, input.present, editor.userId);
    return this.get(actor, id);
  }

  /** A participant's certificate: for their organisation and the organisers, once earned. */
  async certificate(actor: Actor, id: string, participantId: string): Promise<{ course: CourseRow; participant: ParticipantRow }> {
    const { orgId } = requireRole(actor, 'viewer');
    const { course, standing } = await this.readable(actor, id);
    const participant = (await this.courses.participants([id])).find((p) => p.id === participantId);
    if (!participant || (participant.orgId !== orgId && !standing?.manager)) throw new AppError('not_found', 'No such participant of this course.');
    if (!isCertified(course, participant.attended, new Date())) throw new AppError('not_certified');
    return { course, participant };
  }

  /** What a certificate's code proves, for anyone; unknown codes and unearned certificates alike are not found. */
  async check(typed: string): Promise<CertificateCheck> {
    const code = readCertificateCode(typed);
    const found = code ? await this.courses.byCode(code) : undefined;
    if (!found || !isCertified(found.course, found.participant.attended, new Date())) throw new AppError('not_found', 'No certificate has this code.');
    const { course, participant } = found;
    return {
      code: participant.certificateCode,
      name: participant.name,
      orgName: participant.orgName,
      courseTitle: course.content.title,
      organiserOrgName: course.organiserOrgName,
      networkName: course.networkName,
      startsAt: course.startsAt.toISOString(),
      endsAt: course.endsAt.toISOString(),
      hours: hoursOf(course.content),
      attendance: attendanceOf(course, participant.attended),
    };
  }

  /** The course as the actor reads it (404 when they may not), and where the actor stands in its network. */
  private async readable(actor: Actor, id: string): Promise<{ course: CourseRow; standing: NetworkStanding | undefined }> {
    const standings = await this.networks.memberships(actor);
    const [course] = await this.courses.list({ id, memberOf: [...standings.keys()] });
    if (!course) throw new AppError('not_found');
    return { course, standing: standings.get(course.networkId) };
  }

  private async managed(actor: Actor, id: string) {
    const editor = requireRole(actor, 'editor');
    const { course, standing } = await this.readable(actor, id);
    if (!standing?.manager) throw new AppError('forbidden', 'Courses are kept by the lead and consortium partners of the network.');
    return { course, editor };
  }

  private async views(actor: Actor | null, rows: readonly CourseRow[], standings: ReadonlyMap<string, NetworkStanding>): Promise<Course[]> {
    const ids = rows.map((r) => r.id);
    const all = await this.courses.participants(ids);
    const now = new Date();
    const canEdit = actor?.role === 'editor' || actor?.role === 'admin';
    return rows.map((r) => {
      const standing = standings.get(r.networkId);
      const of = all.filter((p) => p.courseId === r.id);
      const shown = standing?.manager ? of : standing?.member ? of.filter((p) => p.orgId === actor?.orgId) : [];
      const open = enrolmentOpen(r, now);
      const c = r.content;
      return {
        id: r.id,
        networkSlug: r.networkSlug,
        networkName: r.networkName,
        organiserOrgId: r.organiserOrgId,
        organiserOrgName: r.organiserOrgName,
        title: c.title,
        theme: c.theme,
        description: c.description,
        languages: c.languages,
        curriculum: c.curriculum,
        trainers: c.trainers,
        sessions: c.sessions,
        places: c.places,
        enrolmentCloses: c.enrolmentCloses,
        public: c.public,
        certificate: c.certificate,
        attendanceRequired: c.attendanceRequired,
        activityId: c.activityId,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        hours: hoursOf(c),
        stage: courseStage(r, now),
        taken: of.length,
        enrolmentOpen: open,
        participants: shown.map((p) => participantView(r, p, now)),
        canManage: standing?.manager ?? false,
        canEnrol: canEdit && (standing?.member ?? false) && open && of.length < c.places,
      };
    });
  }
}

function participantView(course: CourseRow, p: ParticipantRow, now: Date): CourseParticipant {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.orgName,
    name: p.name,
    function: p.function,
    email: p.email,
    enrolledAt: p.enrolledAt.toISOString(),
    attended: p.attended,
    attendance: attendanceOf(course, p.attended),
    certified: isCertified(course, p.attended, now),
    certificateCode: isCertified(course, p.attended, now) ? p.certificateCode : null,
  };
}
