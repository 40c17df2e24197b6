import type { Config } from './config.ts';
import { connectDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { FileStore } from './files/file-store.ts';
import { createHttpApp } from './http/app.ts';
import { createJobSystem, type JobSystem } from './jobs/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { createOutboxSystem, type OutboxSystem } from './outbox/index.ts';
import { publishJobChanges } from './realtime/job-progress.ts';
import { LivePublisher } from './realtime/live-publisher.ts';
import { createRealtime, type Realtime } from './realtime/realtime.ts';
import { startModuleBackground } from './modules/index.ts';
import { announceFinishedRecords } from './records/record-events.ts';
import { createRepositories, type Repositories } from './repositories/index.ts';
import { createServices, type Services } from './services/index.ts';

/** Everything a running Pactesur needs, started in order and stopped in reverse. */
export interface Platform {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly repositories: Repositories;
  readonly services: Services;
  readonly jobs: JobSystem;
  /** What leaves the platform: the outbox, webhooks and the delivery worker. */
  readonly outbox: OutboxSystem;
  /** Live channels over WebSocket (`GET /api/realtime`) and the publishing API of the server (ADR 0013). */
  readonly realtime: Realtime;
  readonly logger: Logger;
  readonly app: ReturnType<typeof createHttpApp>;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, wires services, jobs and routes. */
export async function startPlatform(config: Config, options: { logger?: Logger } = {}): Promise<Platform> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await connectDatabase(config.database);
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const files = await FileStore.open(config.filesDir);
    const repositories = createRepositories(database.db, files);
    const moved = await repositories.storedFiles.moveDatabaseBytes();
    if (moved > 0) logger.info({ moved }, 'extract bytes moved from the database into the file store');
    const swept = await repositories.storedFiles.sweepUnreferenced();
    if (swept > 0) logger.info({ swept }, 'files no record names removed from the file store');
    const jobs = await createJobSystem({ db: database.db, records: repositories.records, config, logger });
    const live = new LivePublisher();
    const outbox = createOutboxSystem(database.db, config, logger);
    // Links point to the configured address, never to the Host a request names.
    const publicUrl = config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    const services = createServices(repositories, jobs, { sessionTtlHours: config.sessionTtlHours, publicUrl }, outbox, {
      db: database.db,
      outbox: outbox.outbox,
      live,
      files,
    });
    const realtime = await createRealtime({ config, db: database.db, auth: services.auth, access: services.access, logger });
    live.attach(realtime);
    services.access.onAccessChanged((kind, recordId) => {
      realtime.accessChanged(kind, recordId).catch((error: unknown) => logger.error({ err: error, kind, recordId }, 'realtime: could not announce an access change'));
    });
    jobs.repository.onChange(announceFinishedRecords(repositories.records, outbox.outbox));
    jobs.repository.onChange(publishJobChanges(realtime));
    const background = startModuleBackground(services, logger);
    const app = createHttpApp({ config, database: { kind: database.kind, health: repositories.health }, services, jobs, realtime, logger });
    outbox.start();
    return {
      config,
      database,
      repositories,
      services,
      jobs,
      outbox,
      realtime,
      logger,
      app,
      close: async () => {
        await background.close();
        live.detach();
        await realtime.close();
        await outbox.close();
        await jobs.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
