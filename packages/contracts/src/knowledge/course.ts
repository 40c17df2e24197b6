import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { MAX_NAME_LENGTH } from '../limits.ts';
import { TextLanguage } from './practice.ts';

/**
 * Training (KNOWLEDGE.md): a network's courses and police academies — their curriculum, sessions, trainers
 * and places — to which member organisations enrol their officers and staff; the organisers record who
 * attended each session, and a participant who attended enough of the course receives a certificate (PDF)
 * that anyone can verify by its code.
 */

/** The themes of the seeds' academies and workshops. */
export const CourseTheme = z.enum([
  'vulnerability-assessment',
  'security-by-design',
  'hostile-vehicle-mitigation',
  'crowd-management',
  'ethics-of-technology',
  'crisis-communication',
  'exercise-design',
  'police-recruitment-retention-gender',
  'other',
]);
export type CourseTheme = z.infer<typeof CourseTheme>;

/** A key of a session, unique in its course: lower-case letters, digits and `-`. */
export const SessionKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-"');

export const CurriculumItem = z.strictObject({
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  hours: z.number().min(0.5).max(200).multipleOf(0.5),
  objectives: z.string().trim().max(2_000).default(''),
});
export type CurriculumItem = z.infer<typeof CurriculumItem>;

export const Trainer = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  organisation: z.string().trim().max(MAX_NAME_LENGTH).default(''),
  expertise: z.string().trim().max(500).default(''),
});
export type Trainer = z.infer<typeof Trainer>;

export const CourseSession = z
  .strictObject({
    id: SessionKey,
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: z.string().trim().max(MAX_NAME_LENGTH).default(''),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: 'ends before it starts', path: ['endsAt'] });
export type CourseSession = z.infer<typeof CourseSession>;

export const SaveCourse = z
  .strictObject({
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    theme: CourseTheme,
    description: z.string().trim().max(10_000).default(''),
    /** The languages it is taught in. */
    languages: z.array(TextLanguage).min(1).max(6),
    curriculum: z.array(CurriculumItem).max(40).default([]),
    trainers: z.array(Trainer).max(30).default([]),
    sessions: z.array(CourseSession).min(1).max(40),
    places: z.int().min(1).max(500),
    /** Enrolment ends at this instant (else when the first session starts). */
    enrolmentCloses: z.iso.datetime({ offset: true }).nullable().default(null),
    /** On the network's public pages (title, theme, dates, places), or for its members only. */
    public: z.boolean().default(true),
    /** Whether attending earns a certificate, and the share of the sessions (percent) that earns it. */
    certificate: z.boolean().default(true),
    attendanceRequired: z.int().min(1).max(100).default(80),
    /** The activity of the network's calendar it is (an academy), if any. */
    activityId: Id.nullable().default(null),
  })
  .refine((c) => new Set(c.sessions.map((s) => s.id)).size === c.sessions.length, { message: 'two sessions have the same key', path: ['sessions'] });
export type SaveCourse = z.infer<typeof SaveCourse>;
export type SaveCourseInput = z.input<typeof SaveCourse>;

/** A person an organisation enrols: an officer or a member of its staff (not necessarily a user of the platform). */
export const Enrol = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  /** Rank or function: "brigadier-chef, police municipale". */
  function: z.string().trim().max(MAX_NAME_LENGTH).default(''),
  email: z.email().max(254).nullable().default(null),
});
export type Enrol = z.infer<typeof Enrol>;
export type EnrolInput = z.input<typeof Enrol>;

export const MarkAttendance = z.strictObject({
  participantId: Id,
  sessionId: SessionKey,
  present: z.boolean(),
});
export type MarkAttendance = z.infer<typeof MarkAttendance>;

export const CourseParticipant = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  name: z.string(),
  function: z.string(),
  email: z.string().nullable(),
  enrolledAt: Timestamp,
  /** The sessions attended. */
  attended: z.array(z.string()),
  /** Share of the sessions attended, 0 to 1. */
  attendance: z.number(),
  /** Attended enough of a course that gives certificates. */
  certified: z.boolean(),
  /** The code that verifies the certificate, once certified. */
  certificateCode: z.string().nullable(),
});
export type CourseParticipant = z.infer<typeof CourseParticipant>;

/** Before its first session, during its sessions, after the last. */
export const CourseStage = z.enum(['upcoming', 'running', 'ended']);
export type CourseStage = z.infer<typeof CourseStage>;

export const Course = z.object({
  id: Id,
  networkSlug: z.string(),
  networkName: z.string(),
  organiserOrgId: Id,
  organiserOrgName: z.string(),
  title: z.string(),
  theme: CourseTheme,
  description: z.string(),
  languages: z.array(z.string()),
  curriculum: z.array(CurriculumItem),
  trainers: z.array(Trainer),
  sessions: z.array(CourseSession),
  places: z.int(),
  enrolmentCloses: Timestamp.nullable(),
  public: z.boolean(),
  certificate: z.boolean(),
  attendanceRequired: z.int(),
  activityId: Id.nullable(),
  /** The first session's start and the last one's end, and the hours of the curriculum. */
  startsAt: Timestamp,
  endsAt: Timestamp,
  hours: z.number(),
  stage: CourseStage,
  /** People enrolled by all organisations. */
  taken: z.int(),
  /** Enrolment is open now (before it closes, places left or not). */
  enrolmentOpen: z.boolean(),
  /** Every participant for its organisers; the reader's organisation's for a member; none for the others. */
  participants: z.array(CourseParticipant),
  canManage: z.boolean(),
  canEnrol: z.boolean(),
});
export type Course = z.infer<typeof Course>;

/** What a certificate's code proves, to anyone who checks it. */
export const CertificateCheck = z.object({
  code: z.string(),
  name: z.string(),
  orgName: z.string(),
  courseTitle: z.string(),
  organiserOrgName: z.string(),
  networkName: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  hours: z.number(),
  attendance: z.number(),
});
export type CertificateCheck = z.infer<typeof CertificateCheck>;

/** A course is created in a network (its slug). */
export const CreateCourse = z.strictObject({ network: z.string().min(1).max(100), course: SaveCourse });
export type CreateCourseInput = z.input<typeof CreateCourse>;
