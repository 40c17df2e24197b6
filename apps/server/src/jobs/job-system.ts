import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Logger } from '../logger.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { JobBackend } from './job-backend.ts';
import type { JobRepository } from './job-repository.ts';
import type { JobSettings } from './job-settings.ts';
import type { ThreadPool } from './threads/thread-pool.ts';

/**
 * The background job engine, below the services: the `jobs` table, the backend that runs the jobs, and the
 * settling of a job's result into the record it computes. The use cases (`JobService`) sit on it.
 */
export interface JobSystem {
  readonly backend: 'threads' | 'bullmq';
  /** Where jobs are queued, cancelled and run. */
  readonly queue: JobBackend;
  /** The `jobs` table; `onChange` tells of every change of a job's state. */
  readonly repository: JobRepository;
  /** The threads this server runs jobs on (threads backend, or its own BullMQ worker); null if none. */
  readonly threadPool: ThreadPool | null;
  readonly settings: JobSettings;
  /** Stops taking work, lets running jobs be picked up elsewhere, closes connections. */
  close(): Promise<void>;
}

export interface JobSystemDeps {
  readonly db: Db;
  readonly records: RecordStore;
  readonly config: Config;
  readonly logger: Logger;
  /** Tuning; read from the `JOB_*` environment variables when absent. */
  readonly settings?: JobSettings;
}
