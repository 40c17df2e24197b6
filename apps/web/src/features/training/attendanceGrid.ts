import type { Course, CourseParticipant } from '@pactesur/contracts';

/** A column of the grid: a session, and whether attendance can be recorded for it yet (it has started). */
export interface GridSession {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly started: boolean;
}

/** A row of the grid: a participant, whether they attended each session (in the order of the columns). */
export interface GridRow {
  readonly participant: CourseParticipant;
  readonly present: readonly boolean[];
}

/** The organisers' attendance grid: participants × sessions, and how many attended each session. */
export interface AttendanceGrid {
  readonly sessions: readonly GridSession[];
  readonly rows: readonly GridRow[];
  readonly presentPerSession: readonly number[];
}

/**
 * The grid of a course at `now`: sessions in time order, participants by organisation then name. Only a
 * session that has started takes attendance (as the server decides).
 */
export function attendanceGrid(course: Pick<Course, 'sessions' | 'participants'>, now: Date): AttendanceGrid {
  const sessions = [...course.sessions]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s) => ({ ...s, started: Date.parse(s.startsAt) <= now.getTime() }));
  const rows = [...course.participants]
    .sort((a, b) => a.orgName.localeCompare(b.orgName) || a.name.localeCompare(b.name))
    .map((participant) => ({
      participant,
      present: sessions.map((s) => participant.attended.includes(s.id)),
    }));
  return {
    sessions,
    rows,
    presentPerSession: sessions.map((_, i) => rows.filter((r) => r.present[i]).length),
  };
}

/** The key of one cell of the grid, for what is being sent. */
export const cellKey = (participantId: string, sessionId: string): string => `${participantId}/${sessionId}`;

/**
 * `current` with one participant's row as the server answered it (`answer`, the course after their
 * attendance was recorded): the other rows stay as they are, so answers arriving out of order never undo
 * another cell's change. A participant the answer no longer has (withdrawn meanwhile) is dropped.
 */
export function withRowFrom(current: Course, answer: Course, participantId: string): Course {
  const row = answer.participants.find((p) => p.id === participantId);
  const participants = row
    ? current.participants.map((p) => (p.id === participantId ? row : p))
    : current.participants.filter((p) => p.id !== participantId);
  return { ...current, participants };
}
