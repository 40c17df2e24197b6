import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Column types of the database, one interface per table. Only repositories use them. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  languages: Json<string[]>;
  lon: number | null;
  lat: number | null;
  parent_id: string | null;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: string;
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  active_org_id: string | null;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  client_address: string | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  created_by: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface NetworksTable {
  id: Generated<string>;
  slug: string;
  name: string;
  description: string;
  period_start: string | null;
  period_end: string | null;
  created_at: Generated<Date>;
}

export interface NetworkMembersTable {
  network_id: string;
  org_id: string;
  role: string;
}

export interface RecordSharesTable {
  record_kind: string;
  record_id: string;
  org_id: string;
  right: string;
  granted_by: string;
  granted_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: string | null;
  user_email: string | null;
  actor_org_id: string | null;
  owner_org_id: string | null;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  client_address: string | null;
  detail: string | null;
}

/** A sign-in counter (ADR 0017): `address = '*'` counts an account, `account = '*'` a client address. */
export interface SignInThrottleTable {
  account: string;
  address: string;
  window_start: Generated<Date>;
  attempts: Generated<number>;
}

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  owner_org_id: string;
  created_by: string | null;
  input: Json<unknown>;
  status: string;
  progress: number;
  message: string | null;
  result: ColumnType<unknown, string | null, string | null> | null;
  error: string | null;
  attempts: number;
  max_attempts: number;
  cancel_requested: boolean;
  worker_id: string | null;
  heartbeat_at: Timestamp | null;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** The stored file the job reads (`files/file-store.ts`), owned by the record it was started for. */
  attachment_key: string | null;
}

export interface ExtractsTable {
  id: Generated<string>;
  owner_org_id: string;
  filename: string;
  bytes: number;
  /** The uploaded file's key in the file store. */
  file_key: string | null;
  /** Bytes of an extract uploaded before the file store, until moved into it at start-up. */
  data: Uint8Array | null;
  data_date: string | null;
  job_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  summary: NullableJson;
  diagnostics: NullableJson;
  candidates: NullableJson;
  layers: NullableJson;
}

export interface SitesTable {
  id: Generated<string>;
  owner_org_id: string;
  extract_id: string | null;
  name: string;
  category: string;
  outline: Json<unknown>;
  centre_lon: number;
  centre_lat: number;
  walkable_area_m2: number;
  typical_occupancy: number | null;
  event_occupancy: number | null;
  notes: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ThreatAnalysesTable {
  id: Generated<string>;
  owner_org_id: string;
  site_id: string;
  name: string;
  zone: Json<unknown>;
  classes: Json<unknown>;
  spacing_m: number;
  sensitivity: boolean;
  job_id: string | null;
  result: NullableJson;
  summary: NullableJson;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CrowdSimulationsTable {
  id: Generated<string>;
  owner_org_id: string;
  site_id: string;
  name: string;
  request: Json<unknown>;
  agents: number;
  job_id: string | null;
  result: NullableJson;
  frames: NullableJson;
  summary: NullableJson;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ProtectionPlansTable {
  id: Generated<string>;
  owner_org_id: string;
  site_id: string;
  parent_id: string | null;
  name: string;
  zone: Json<unknown>;
  class_ids: Json<unknown>;
  request: Json<unknown>;
  job_id: string | null;
  result: NullableJson;
  summary: NullableJson;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface WebhooksTable {
  id: Generated<string>;
  owner_org_id: string;
  url: string;
  secret: string;
  events: Json<string[]>;
  active: boolean;
  description: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  owner_org_id: string;
  event: string;
  payload: Json<unknown>;
  created_at: Generated<Date>;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  message_id: string;
  webhook_id: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface WebhookDeliveryAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempt: number;
  at: Generated<Date>;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** Messages of the realtime layer, kept a while for clients that reconnect (`realtime/`). */
export interface RealtimeMessagesTable {
  seq: Generated<number>;
  channel: string;
  payload: Json<unknown>;
  created_at: Generated<Date>;
}

/** Each user's notifications (`services/notification-service.ts`). */
export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  subject: Json<unknown>;
  created_at: Generated<Date>;
  read_at: Timestamp | null;
}

/**
 * The tables of the core. A module declares its own tables beside it and merges them into this interface
 * (`declare module '…/db/schema.ts'`, see `modules/briefings/briefing-tables.ts`).
 */
export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  networks: NetworksTable;
  network_members: NetworkMembersTable;
  record_shares: RecordSharesTable;
  audit_log: AuditLogTable;
  sign_in_throttle: SignInThrottleTable;
  jobs: JobsTable;
  extracts: ExtractsTable;
  sites: SitesTable;
  threat_analyses: ThreatAnalysesTable;
  crowd_simulations: CrowdSimulationsTable;
  protection_plans: ProtectionPlansTable;
  realtime_messages: RealtimeMessagesTable;
  webhooks: WebhooksTable;
  outbox_messages: OutboxMessagesTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  notifications: NotificationsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
export type JobRow = Selectable<JobsTable>;
