import type { ColumnType, Generated } from 'kysely';

/** A network's activity on its calendar. */
export interface NetworkActivitiesTable {
  id: Generated<string>;
  network_id: string;
  kind: string;
  title: string;
  description: string;
  starts_on: ColumnType<unknown, string, string>;
  ends_on: ColumnType<unknown, string, string>;
  precision: string;
  city: string;
  country: string | null;
  location: ColumnType<unknown, string | null, string | null>;
  mass_event: string;
  public: boolean;
  places: number | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A member organisation's registration to an activity: how many people it sends. */
export interface ActivityRegistrationsTable {
  activity_id: string;
  org_id: string;
  people: number;
  user_id: string | null;
  at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    network_activities: NetworkActivitiesTable;
    activity_registrations: ActivityRegistrationsTable;
  }
}
