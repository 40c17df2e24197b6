import type { ColumnType, Generated } from 'kysely';

/** The exchange of officers an activity of kind `exchange` is: one row per activity. */
export interface ActivityExchangesTable {
  activity_id: string;
  host_org_id: string;
  objectives: string;
  programme: string;
  /** The host's event plan (events module); no foreign key. */
  event_id: string | null;
  report: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** An officer a member organisation sends to an exchange. */
export interface ExchangeGuestsTable {
  id: Generated<string>;
  activity_id: string;
  org_id: string;
  name: string;
  role: string;
  arrives_on: ColumnType<unknown, string, string>;
  leaves_on: ColumnType<unknown, string, string>;
  added_by: string | null;
  created_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    activity_exchanges: ActivityExchangesTable;
    exchange_guests: ExchangeGuestsTable;
  }
}
