import { BullmqBackend } from './bullmq/bullmq-backend.ts';
import type { JobBackend } from './job-backend.ts';
import { JobRepository } from './job-repository.ts';
import type { JobSystem, JobSystemDeps } from './job-system.ts';
import { ThreadsBackend } from './threads/threads-backend.ts';

export type { JobSystem, JobSystemDeps } from './job-system.ts';
export { jobSettingsFrom, type JobSettings } from './job-settings.ts';
export { startJobWorker, type JobWorker } from './bullmq/job-worker.ts';

/**
 * The background job engine: BullMQ over Redis when `REDIS_URL` is set, worker threads of this server
 * otherwise. Either way the `jobs` table is what the API reads. Results an older version left unsettled
 * on their jobs are settled into their records first.
 */
export async function createJobSystem(deps: JobSystemDeps): Promise<JobSystem> {
  const settings = deps.settings ?? deps.config.jobs;
  const repository = new JobRepository(deps.db, deps.records);
  const settled = await repository.settleLeftovers();
  if (settled > 0) deps.logger.info({ settled }, 'job results settled into their records');
  const threads = deps.config.jobThreads;
  const queue: JobBackend = deps.config.redisUrl
    ? await BullmqBackend.start(repository, deps.config.redisUrl, threads, settings, deps.logger, deps.config.filesDir)
    : new ThreadsBackend(repository, threads, settings, deps.logger, deps.config.filesDir);
  return {
    backend: queue.name,
    queue,
    repository,
    threadPool: queue.threadPool,
    settings,
    close: () => queue.close(),
  };
}
