import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** A network's call for expressions of interest. */
export interface NetworkCallsTable {
  id: Generated<string>;
  network_id: string;
  title: string;
  description: string;
  criteria: Json<unknown>;
  deadline: ColumnType<Date, string, string>;
  places: number;
  join_as: string;
  published: boolean;
  decided_at: ColumnType<Date | null, never, string | null>;
  decision_note: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** An organisation's application to a call: one per organisation. */
export interface CallApplicationsTable {
  id: Generated<string>;
  call_id: string;
  org_id: string;
  answers: Json<unknown>;
  motivation: string;
  contact: string;
  user_id: string | null;
  outcome: Generated<string>;
  submitted_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A reviewer's scores of an application: one per reviewer. */
export interface CallReviewsTable {
  application_id: string;
  user_id: string;
  reviewer_org_id: string;
  scores: Json<unknown>;
  comment: string;
  at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    network_calls: NetworkCallsTable;
    call_applications: CallApplicationsTable;
    call_reviews: CallReviewsTable;
  }
}
