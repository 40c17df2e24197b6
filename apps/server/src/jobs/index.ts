import { BullmqBackend } from './bullmq/bullmq-backend.ts';
import type { JobBackend } from './job-backend.ts';
import { JobRepository } from './job-repository.ts';
import { JobService } from './job-service.ts';
import type { JobSystem, JobSystemDeps } from './job-system.ts';
import { jobRoutes } from './routes.ts';
import { ThreadsBackend } from './threads/threads-backend.ts';

export type { JobSystem, JobSystemDeps } from './job-system.ts';
export { jobSettingsFrom, type JobSettings } from './job-settings.ts';
export { startJobWorker, type JobWorker } from './bullmq/job-worker.ts';

/**
 * The background job system: BullMQ over Redis when `REDIS_URL` is set, worker threads of this server
 * otherwise. Either way the `jobs` table is what the API reads.
 */
export async function createJobSystem(deps: JobSystemDeps): Promise<JobSystem> {
  const settings = deps.settings ?? deps.config.jobs;
  const repo = new JobRepository(deps.db);
  const threads = deps.config.jobThreads;
  const backend: JobBackend = deps.config.redisUrl
    ? await BullmqBackend.start(repo, deps.config.redisUrl, threads, settings, deps.logger)
    : new ThreadsBackend(repo, threads, settings, deps.logger);
  const service = new JobService(repo, deps.access, backend, settings.maxAttempts);
  return {
    backend: backend.name,
    routes: jobRoutes(service),
    service,
    threadPool: backend.threadPool,
    close: () => backend.close(),
  };
}
