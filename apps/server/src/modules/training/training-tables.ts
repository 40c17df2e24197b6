import type { ColumnType, Generated } from 'kysely';

/** A network's course or academy; its whole description is `content` (SaveCourse), its dates columns for the lists. */
export interface CoursesTable {
  id: Generated<string>;
  network_id: string;
  organiser_org_id: string;
  title: string;
  content: ColumnType<unknown, string, string>;
  starts_at: ColumnType<Date, string, string>;
  ends_at: ColumnType<Date, string, string>;
  public: boolean;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A person a member organisation enrolled, with the code that verifies their certificate. */
export interface CourseParticipantsTable {
  id: Generated<string>;
  course_id: string;
  org_id: string;
  name: string;
  function: string;
  email: string | null;
  certificate_code: string;
  enrolled_by: string | null;
  enrolled_at: Generated<Date>;
}

/** A participant present at a session (absent: no row). */
export interface CourseAttendanceTable {
  participant_id: string;
  session_id: string;
  marked_by: string | null;
  at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    courses: CoursesTable;
    course_participants: CourseParticipantsTable;
    course_attendance: CourseAttendanceTable;
  }
}
