import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { closesOf, hoursOf, sessionInstants, type CourseDraft } from './courseDraft.ts';

/** What is wrong with the course as a whole. */
export type CourseProblem = 'title' | 'languages' | 'sessions' | 'places' | 'attendanceRequired' | 'closes';
/** What is wrong with one session's row. */
export type SessionProblem = 'key' | 'duplicate' | 'title' | 'date' | 'times';
/** What is wrong with one topic of the curriculum. */
export type CurriculumProblem = 'title' | 'hours';
/** What is wrong with one trainer's row. */
export type TrainerProblem = 'name';

/** The limits of `SaveCourse` (contracts), as the editor enforces them before sending. */
export const COURSE_LIMITS = {
  languages: 6,
  curriculum: 40,
  trainers: 30,
  sessions: 40,
  places: 500,
  hours: 200,
} as const;

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

const wholeIn = (text: string, min: number, max: number): boolean =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

const named = (text: string): boolean => text.trim() !== '' && text.trim().length <= MAX_NAME_LENGTH;

/** The problems of the course as a whole. */
export function courseProblems(draft: CourseDraft): CourseProblem[] {
  const problems: CourseProblem[] = [];
  if (!named(draft.title)) problems.push('title');
  if (draft.languages.length === 0 || draft.languages.length > COURSE_LIMITS.languages)
    problems.push('languages');
  if (draft.sessions.length === 0 || draft.sessions.length > COURSE_LIMITS.sessions)
    problems.push('sessions');
  if (!wholeIn(draft.places, 1, COURSE_LIMITS.places)) problems.push('places');
  // The share matters only to a course that gives certificates (its field is hidden otherwise).
  if (draft.certificate && !wholeIn(draft.attendanceRequired, 1, 100)) problems.push('attendanceRequired');
  if (closesOf(draft) === undefined) problems.push('closes');
  return problems;
}

/** The problems of each session's row, in the order of the rows. */
export function sessionProblems(draft: CourseDraft): SessionProblem[][] {
  const keys = draft.sessions.map((s) => s.key.trim());
  return draft.sessions.map((s, i) => {
    const problems: SessionProblem[] = [];
    const key = keys[i] ?? '';
    if (!KEY.test(key)) problems.push('key');
    else if (keys.indexOf(key) !== i) problems.push('duplicate');
    if (!named(s.title)) problems.push('title');
    const { startsAt, endsAt } = sessionInstants(s);
    if (startsAt === null && endsAt === null) problems.push('date');
    else if (startsAt === null || endsAt === null || Date.parse(endsAt) <= Date.parse(startsAt))
      problems.push('times');
    return problems;
  });
}

/** The problems of each topic of the curriculum: a title, and hours from ½ to 200 in half hours. */
export function curriculumProblems(draft: CourseDraft): CurriculumProblem[][] {
  return draft.curriculum.map((c) => {
    const problems: CurriculumProblem[] = [];
    if (!named(c.title)) problems.push('title');
    const hours = hoursOf(c.hours);
    if (hours === null || hours < 0.5 || hours > COURSE_LIMITS.hours || !Number.isInteger(hours * 2))
      problems.push('hours');
    return problems;
  });
}

/** The problems of each trainer's row: a name. */
export function trainerProblems(draft: CourseDraft): TrainerProblem[][] {
  return draft.trainers.map((t) => (named(t.name) ? [] : ['name']));
}

/** Whether the draft can be sent as it is. */
export function isSaveable(draft: CourseDraft): boolean {
  return (
    courseProblems(draft).length === 0 &&
    [...sessionProblems(draft), ...curriculumProblems(draft), ...trainerProblems(draft)].every(
      (p) => p.length === 0,
    )
  );
}
