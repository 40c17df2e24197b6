import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** An event's plan: its outline in columns, the plan itself one document saved by `revision`. */
export interface EventsTable {
  id: Generated<string>;
  owner_org_id: string;
  site_id: string;
  previous_id: string | null;
  name: string;
  kind: string;
  status: Generated<string>;
  starts_at: Date;
  ends_at: Date;
  submit_by: Date | null;
  listed: boolean;
  /** A profile version of `event_profiles`; null for the built-in default. */
  profile_id: string | null;
  revision: Generated<number>;
  plan: Json<unknown>;
  /** The crowd simulations of the plan (ids of `crowd_simulations`) and the exit closed in the second. */
  simulations: Json<unknown>;
  debrief: Generated<string>;
  /** The live log's last place (`event_log.seq`), taken under the row's lock. */
  live_seq: Generated<number>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One version of a jurisdiction's constants; a change inserts the next version of the family. */
export interface EventProfilesTable {
  id: Generated<string>;
  family_id: string | null;
  owner_org_id: string;
  version: number;
  name: string;
  country: string;
  constants: Json<unknown>;
  sources: Json<unknown>;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** An agency asked to sign the plan, and its decision. */
export interface EventReviewsTable {
  event_id: string;
  org_id: string;
  decision: Generated<string>;
  comment: Generated<string>;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
}

/** A condition an agency set on its approval, tracked to closure. */
export interface EventConditionsTable {
  id: Generated<string>;
  /** The order conditions were set in. */
  position: Generated<number>;
  event_id: string;
  org_id: string;
  text: string;
  status: Generated<string>;
  note: Generated<string>;
  created_at: Generated<Date>;
  closed_by: string | null;
  closed_at: Date | null;
}

/** The live log: gate counts, incidents, thresholds crossed and trigger points reached, numbered per event. */
export interface EventLogTable {
  event_id: string;
  seq: number;
  kind: string;
  at: Generated<Date>;
  by_user: string | null;
  gate: string | null;
  count_in: number;
  count_out: number;
  counter: string;
  text: string;
  methane: ColumnType<unknown, string | null, string | null>;
  feature: string | null;
  trigger_id: string | null;
  alert_id: string | null;
  occupancy: number;
  density: number;
  level: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    events: EventsTable;
    event_profiles: EventProfilesTable;
    event_reviews: EventReviewsTable;
    event_conditions: EventConditionsTable;
    event_log: EventLogTable;
  }
}
