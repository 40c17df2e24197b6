import type { Hono } from 'hono';
import type { Migration } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { LivePublisher } from '../realtime/live-publisher.ts';
import type { AppEnv } from '../http/context.ts';
import type { RecordDefinition } from '../records/record-kind.ts';
import type { AccessService } from '../services/access-service.ts';
import type { JobRecords } from '../services/job-records.ts';

/** What a module's use cases are built from: its own repositories open `db`; the rest is shared. */
export interface ModuleDeps {
  readonly db: Db;
  /** Ownership, sharing and audit of its sensitive records. */
  readonly access: AccessService;
  /** Starting and deleting records computed by background jobs. */
  readonly jobRecords: JobRecords;
  /** What leaves the platform (webhooks, feeds): `enqueue(trx, …)` in the transaction of the change. */
  readonly outbox: Pick<Outbox, 'enqueue'>;
  /** News on the live channels (`recordChannel(kind, id)`), for the pages open on a record. */
  readonly live: Pick<LivePublisher, 'publish'>;
}

/**
 * A module of the platform (assessments, alerts, events, …), declared once and registered in
 * `modules/index.ts`: its migrations, its sensitive record kinds, its use cases (`services.<name>`) and its
 * routes (`/api<path>`). Inside its folder it keeps the layers: `*-routes.ts` → `*-service.ts` →
 * `*-repository.ts` (lint holds them as it holds the server's layer folders). See
 * `docs/guides/adding-a-module.md`.
 */
export interface ServerModule<Name extends string = string, Service = unknown> {
  readonly name: Name;
  /** Where its routes are mounted under `/api`, e.g. `/briefings`. */
  readonly path: `/${string}`;
  /** Its migrations, by name; names sort after the core's (`<date>-<module>-<what>`). */
  readonly migrations: Readonly<Record<string, Migration>>;
  /** The sensitive record kinds it owns (each also a `RecordKind` of the contracts). */
  readonly records: readonly RecordDefinition[];
  service(deps: ModuleDeps): Service;
  routes(service: Service): Hono<AppEnv>;
}

/** Declares a module, keeping its name and service types for `services.<name>`. */
export const defineModule = <Name extends string, Service>(module: ServerModule<Name, Service>): ServerModule<Name, Service> => module;
