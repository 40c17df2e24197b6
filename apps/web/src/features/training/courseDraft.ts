import type { Course, CourseTheme, SaveCourseInput } from '@pactesur/contracts';
import { deadlineOf, deadlineParts } from '../network/calls/deadline.ts';
import { sessionKeyOf } from './sessionKey.ts';

/** A topic of the curriculum as its row of the editor holds it. */
export interface CurriculumDraft {
  readonly title: string;
  /** As typed: hours in steps of half an hour, with a point or a comma. */
  readonly hours: string;
  readonly objectives: string;
}

/** A trainer as their row of the editor holds them. */
export interface TrainerDraft {
  readonly name: string;
  readonly organisation: string;
  readonly expertise: string;
}

/**
 * A session as its row of the editor holds it: on one day, from a time to a time, in the reader's time zone.
 * Its key follows its title until written by hand; the key of a saved session never follows again, because
 * the attendance recorded for it is filed under that key.
 */
export interface SessionDraft {
  readonly key: string;
  readonly keyEdited: boolean;
  readonly title: string;
  readonly date: string;
  readonly starts: string;
  readonly ends: string;
  readonly place: string;
}

/** A course as its editor holds it, every value as typed. */
export interface CourseDraft {
  readonly title: string;
  readonly theme: CourseTheme;
  readonly description: string;
  /** ISO 639-1 codes of the languages it is taught in. */
  readonly languages: readonly string[];
  readonly curriculum: readonly CurriculumDraft[];
  readonly trainers: readonly TrainerDraft[];
  readonly sessions: readonly SessionDraft[];
  readonly places: string;
  /** Both empty: enrolment closes when the first session starts. */
  readonly closesDate: string;
  readonly closesTime: string;
  readonly public: boolean;
  readonly certificate: boolean;
  readonly attendanceRequired: string;
  /** The network's calendar activity it is, or '' for none. */
  readonly activityId: string;
}

export const emptyCurriculum = (): CurriculumDraft => ({ title: '', hours: '', objectives: '' });
export const emptyTrainer = (): TrainerDraft => ({ name: '', organisation: '', expertise: '' });
export const emptySession = (): SessionDraft => ({
  key: '',
  keyEdited: false,
  title: '',
  date: '',
  starts: '09:00',
  ends: '17:00',
  place: '',
});

/** The session with a new title; its key follows the title unless it was written by hand (or saved). */
export function withSessionTitle(
  sessions: readonly SessionDraft[],
  index: number,
  title: string,
): SessionDraft[] {
  const others = sessions.filter((_, i) => i !== index).map((s) => s.key.trim());
  return sessions.map((s, i) =>
    i !== index ? s : { ...s, title, key: s.keyEdited ? s.key : sessionKeyOf(title, index, others) },
  );
}

/** The session with its key written by hand: it no longer follows the title. */
export function withSessionKey(
  sessions: readonly SessionDraft[],
  index: number,
  key: string,
): SessionDraft[] {
  return sessions.map((s, i) => (i === index ? { ...s, key, keyEdited: true } : s));
}

/** The share of the sessions a new course asks its participants to attend (percent). */
const DEFAULT_SHARE = 80;

const hoursText = (hours: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(hours);

/** A new course's draft (taught in the reader's language, one session to date), or a course's to edit. */
export function draftOf(course: Course | null, locale: string): CourseDraft {
  if (!course)
    return {
      title: '',
      theme: 'vulnerability-assessment',
      description: '',
      languages: [locale],
      curriculum: [],
      trainers: [],
      sessions: [emptySession()],
      places: '20',
      closesDate: '',
      closesTime: '',
      public: true,
      certificate: true,
      attendanceRequired: String(DEFAULT_SHARE),
      activityId: '',
    };
  const closes = course.enrolmentCloses ? deadlineParts(course.enrolmentCloses) : null;
  return {
    title: course.title,
    theme: course.theme,
    description: course.description,
    languages: course.languages,
    curriculum: course.curriculum.map((c) => ({
      title: c.title,
      hours: hoursText(c.hours, locale),
      objectives: c.objectives,
    })),
    trainers: course.trainers.map((t) => ({ ...t })),
    sessions: course.sessions.map((s) => {
      const start = deadlineParts(s.startsAt);
      return {
        key: s.id,
        keyEdited: true,
        title: s.title,
        date: start.date,
        starts: start.time,
        ends: deadlineParts(s.endsAt).time,
        place: s.place,
      };
    }),
    places: String(course.places),
    closesDate: closes?.date ?? '',
    closesTime: closes?.time ?? '',
    public: course.public,
    certificate: course.certificate,
    attendanceRequired: String(course.attendanceRequired),
    activityId: course.activityId ?? '',
  };
}

/**
 * Hours as typed (`1.5`, `1,5`), or null when not a number. Whether they are within the limits is for
 * `courseProblems`.
 */
export function hoursOf(text: string): number | null {
  const typed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : null;
}

/** The instants a session's day and times stand for, or null for either that is not a real date and time. */
export function sessionInstants(s: SessionDraft): { startsAt: string | null; endsAt: string | null } {
  return { startsAt: deadlineOf(s.date, s.starts), endsAt: deadlineOf(s.date, s.ends) };
}

/** The instant enrolment closes (null: when the first session starts), or undefined when it is not a real one. */
export function closesOf(draft: Pick<CourseDraft, 'closesDate' | 'closesTime'>): string | null | undefined {
  if (draft.closesDate.trim() === '' && draft.closesTime.trim() === '') return null;
  return deadlineOf(draft.closesDate, draft.closesTime) ?? undefined;
}

/** The share to attend as typed, else the usual 80 % (a course without certificates hides the field). */
function shareOf(text: string): number {
  const share = Number(text.trim());
  return /^\d+$/.test(text.trim()) && share >= 1 && share <= 100 ? share : DEFAULT_SHARE;
}

/** What the API keeps of a draft with no problems (`courseProblems`). */
export function saveOf(draft: CourseDraft): SaveCourseInput {
  return {
    title: draft.title.trim(),
    theme: draft.theme,
    description: draft.description.trim(),
    languages: [...draft.languages],
    curriculum: draft.curriculum.map((c) => ({
      title: c.title.trim(),
      hours: hoursOf(c.hours) ?? 0,
      objectives: c.objectives.trim(),
    })),
    trainers: draft.trainers.map((t) => ({
      name: t.name.trim(),
      organisation: t.organisation.trim(),
      expertise: t.expertise.trim(),
    })),
    sessions: draft.sessions.map((s) => {
      const { startsAt, endsAt } = sessionInstants(s);
      return {
        id: s.key.trim(),
        title: s.title.trim(),
        startsAt: startsAt ?? '',
        endsAt: endsAt ?? '',
        place: s.place.trim(),
      };
    }),
    places: Number(draft.places),
    enrolmentCloses: closesOf(draft) ?? null,
    public: draft.public,
    certificate: draft.certificate,
    attendanceRequired: shareOf(draft.attendanceRequired),
    activityId: draft.activityId === '' ? null : draft.activityId,
  };
}
