import type { Context, Hono } from 'hono';
import type { Migration } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Logger } from '../logger.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { LivePublisher } from '../realtime/live-publisher.ts';
import type { AppEnv } from '../http/context.ts';
import type { RecordDefinition } from '../records/record-kind.ts';
import type { AccessService } from '../services/access-service.ts';
import type { JobRecords } from '../services/job-records.ts';
import type { FileStore } from '../files/file-store.ts';
import type { NotificationService } from '../services/notification-service.ts';
import type { CrowdService } from '../services/crowd-service.ts';
import type { ProtectionService } from '../services/protection-service.ts';
import type { SiteService } from '../services/site-service.ts';
import type { ThreatService } from '../services/threat-service.ts';

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
  readonly live: Pick<LivePublisher, 'publish' | 'publishInTransaction'>;
  /** Each user's notifications: `notify(trx, …)` in the transaction of the change, then the answer's announce after commit. */
  readonly notifications: Pick<NotificationService, 'notify'>;
  /** The file store, for the module's repositories (photos, attachments): the rows naming a key own the file. */
  readonly files: FileStore;
  /**
   * The core's records a module reads (the site register and its analyses), through their use cases: every
   * read checked and audited as the core's own routes do.
   */
  readonly core: CoreRecords;
  /** The address users see (`PUBLIC_URL`, else the server's own), for links that leave the platform (feeds). */
  readonly publicUrl: string;
}

/** The core's use cases a module may read through. */
export interface CoreRecords {
  readonly sites: Pick<SiteService, 'get' | 'list' | 'layers'>;
  readonly threats: Pick<ThreatService, 'list' | 'result'>;
  readonly crowd: Pick<CrowdService, 'list' | 'get' | 'start' | 'json'>;
  readonly plans: Pick<ProtectionService, 'list' | 'listOfSites'>;
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
  /** The columns of its tables that name files of the file store (kept by the start-up sweep). */
  readonly fileColumns?: readonly FileColumn[];
  service(deps: ModuleDeps): Service;
  routes(service: Service): Hono<AppEnv>;
  /** Work the module does on its own while the server runs (an exercise's clock); closed before the database. */
  background?(service: Service, logger: Logger): { close(): Promise<void> };
  /** Routes served outside `/api`, where a standard fixes the address (Open311's `/open311/v2`). */
  readonly mounts?: readonly ModuleMount<Service>[];
}

/**
 * Routes a module serves at an address of their own, outside `/api`: mounted with the API's body limit and
 * NUL guard and the security headers of every answer, without the session (a standard's clients do not
 * sign in). Their errors, the guards' included, are answered in the standard's own format by `onError`.
 */
export interface ModuleMount<Service = unknown> {
  /** Where, e.g. `/open311/v2`. */
  readonly path: `/${string}`;
  routes(service: Service): Hono<AppEnv>;
  /** The answer to any error on these routes (an unexpected one logged with `logger`). */
  readonly onError: (error: unknown, c: Context<AppEnv>, logger: Logger) => Response;
}

/** A column naming file-store keys. */
export interface FileColumn {
  readonly table: string;
  readonly column: string;
}

/** Declares a module, keeping its name and service types for `services.<name>`. */
export const defineModule = <Name extends string, Service>(module: ServerModule<Name, Service>): ServerModule<Name, Service> => module;
