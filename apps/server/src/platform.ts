import type { Config } from './config.ts';
import { connectDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createHttpApp } from './http/app.ts';
import { createJobSystem, type JobSystem } from './jobs/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { createRepositories, type Repositories } from './repositories/index.ts';
import { createCoreServices, createServices, type Services } from './services/index.ts';

/** Everything a running Pactesur needs, started in order and stopped in reverse. */
export interface Platform {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly repositories: Repositories;
  readonly services: Services;
  readonly jobs: JobSystem;
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
    const repositories = createRepositories(database.db);
    const core = createCoreServices(repositories, { sessionTtlHours: config.sessionTtlHours, publicUrl: config.publicUrl });
    const jobs = await createJobSystem({ db: database.db, access: core.access, config, logger });
    const services = createServices(core, repositories, jobs.service);
    const app = createHttpApp({ config, database, services, jobs, logger });
    return {
      config,
      database,
      repositories,
      services,
      jobs,
      logger,
      app,
      close: async () => {
        await jobs.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
