import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: read as its value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** One CAP message of an organisation: a draft, one waiting for approval, or one published (then immutable). */
export interface AlertsTable {
  id: Generated<string>;
  owner_org_id: string;
  /** The first message of the episode (an Update or a Cancel names its episode's first alert). */
  episode_id: string;
  identifier: string;
  msg_type: string;
  state: Generated<string>;
  status: string;
  scope: string;
  site_id: string | null;
  revision: Generated<number>;
  content: Json<unknown>;
  /** `sender,identifier,sent` triplets this message references (Update, Cancel). */
  references: Json<string[]>;
  /** The CAP message as published: never rewritten (null until then). */
  xml: string | null;
  sent: Date | null;
  expires_at: Date | null;
  author_id: string | null;
  author_name: string;
  approver_id: string | null;
  approver_name: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** What happened to an alert, in order: its history (the audit log keeps the same, for the organisation). */
export interface AlertEventsTable {
  /** In the order the events happened (two events of one transaction share its time). */
  id: Generated<string>;
  alert_id: string;
  at: Generated<Date>;
  by_name: string;
  action: string;
  detail: string;
}

/** A recipient organisation's acknowledgement of a Restricted alert (its CAP Ack message). */
export interface AlertAcksTable {
  alert_id: string;
  org_id: string;
  by_name: string;
  identifier: string;
  xml: string;
  at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    alerts: AlertsTable;
    alert_events: AlertEventsTable;
    alert_acks: AlertAcksTable;
  }
}
