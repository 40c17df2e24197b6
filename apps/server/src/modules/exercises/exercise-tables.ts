import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** An exercise: its outline in columns, its design one document saved by `revision`, its clock. */
export interface ExercisesTable {
  id: Generated<string>;
  owner_org_id: string;
  name: string;
  type: string;
  status: Generated<string>;
  starts_at: Date;
  ends_at: Date;
  revision: Generated<number>;
  design: Json<unknown>;
  /** The simulation clock: status, scenario seconds at `at`, speed. */
  clock: Json<unknown>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** An agency (and optionally one of its people) taking part, with a role. */
export interface ExerciseParticipantsTable {
  id: Generated<string>;
  exercise_id: string;
  org_id: string;
  user_id: string | null;
  role: string;
  agency: string;
  created_at: Generated<Date>;
}

/** What the run did with an inject: delivered (to which organisations), skipped or cancelled. */
export interface ExerciseDeliveriesTable {
  exercise_id: string;
  inject_id: string;
  status: string;
  at: Generated<Date>;
  scenario_time_s: number;
  reached: Json<string[]>;
  /** What was delivered, as delivered (the design may change after). */
  delivery: ColumnType<unknown, string | null, string | null>;
  /** How late the delivery came after the inject fell due on the clock (ms); null when published early. */
  late_ms: number | null;
}

/** A player's response: free text, a choice, an M/ETHANE report. */
export interface ExerciseResponsesTable {
  id: Generated<string>;
  exercise_id: string;
  org_id: string;
  user_id: string | null;
  at: Generated<Date>;
  scenario_time_s: number;
  inject_id: string | null;
  text: string;
  choice: string | null;
  methane: ColumnType<unknown, string | null, string | null>;
}

/** An evaluator's observation, rated against the evaluation guide. */
export interface ExerciseObservationsTable {
  id: Generated<string>;
  exercise_id: string;
  org_id: string;
  user_id: string | null;
  observed_at: Generated<Date>;
  scenario_time_s: number;
  objective_id: string | null;
  capability_id: string | null;
  task_id: string | null;
  text: string;
  rating: string | null;
  at: ColumnType<unknown, string | null, string | null>;
  /** Its photo's file in the file store, with what the API says of it. */
  photo_key: ColumnType<string | null, string | null | undefined, string | null>;
  photo_filename: ColumnType<string | null, string | null | undefined, string | null>;
  photo_type: ColumnType<string | null, string | null | undefined, string | null>;
  photo_bytes: ColumnType<number | null, number | null | undefined, number | null>;
  photo_location_kept: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
}

/** The hot wash and the participants' feedback forms. */
export interface ExerciseFeedbackTable {
  id: Generated<string>;
  exercise_id: string;
  org_id: string;
  user_id: string | null;
  at: Generated<Date>;
  kind: string;
  went_well: string;
  to_improve: string;
  score: number | null;
}

/** A corrective action of the improvement plan, tracked to done. */
export interface ExerciseActionsTable {
  id: Generated<string>;
  exercise_id: string;
  org_id: string;
  text: string;
  element: string;
  capability_id: string | null;
  starts_on: ColumnType<string | null, string | null, string | null>;
  due_on: ColumnType<string | null, string | null, string | null>;
  status: string;
  event_id: string | null;
  practice: string;
  position: Generated<number>;
  updated_at: Generated<Date>;
  done_at: Date | null;
}

declare module '../../db/schema.ts' {
  interface Database {
    exercises: ExercisesTable;
    exercise_participants: ExerciseParticipantsTable;
    exercise_deliveries: ExerciseDeliveriesTable;
    exercise_responses: ExerciseResponsesTable;
    exercise_observations: ExerciseObservationsTable;
    exercise_feedback: ExerciseFeedbackTable;
    exercise_actions: ExerciseActionsTable;
  }
}
