import type { Hono } from 'hono';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { AppEnv } from '../http/context.ts';
import type { Logger } from '../logger.ts';
import type { AccessService } from '../services/access-service.ts';
import type { JobService } from './job-service.ts';
import type { JobSettings } from './job-settings.ts';
import type { ThreadPool } from './threads/thread-pool.ts';

/** What the rest of the server needs from the background job system. */
export interface JobSystem {
  readonly backend: 'threads' | 'bullmq';
  /** The `/api/jobs` routes (start, list, get, cancel, live progress). */
  readonly routes: Hono<AppEnv>;
  /** The use cases behind the routes. */
  readonly service: JobService;
  /** The threads this server runs jobs on (threads backend, or its own BullMQ worker); null if none. */
  readonly threadPool: ThreadPool | null;
  /** Stops taking work, lets running jobs be picked up elsewhere, closes connections. */
  close(): Promise<void>;
}

export interface JobSystemDeps {
  readonly db: Db;
  readonly access: AccessService;
  readonly config: Config;
  readonly logger: Logger;
  /** Tuning; read from the `JOB_*` environment variables when absent. */
  readonly settings?: JobSettings;
}
