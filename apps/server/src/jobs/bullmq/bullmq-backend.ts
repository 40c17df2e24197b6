import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobRow } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { every } from '../every.ts';
import { CANCELLED_REASON, type JobBackend } from '../job-backend.ts';
import type { JobRepository } from '../job-repository.ts';
import type { JobSettings } from '../job-settings.ts';
import type { ThreadPool } from '../threads/thread-pool.ts';
import { startJobWorker, type JobWorker } from './job-worker.ts';
import { connectionOf, isProgressReport, redisKeys, type QueuedJob } from './redis-keys.ts';

/**
 * Runs jobs on BullMQ workers (`pactesur worker` processes, and this server unless
 * `JOB_WORKER_IN_SERVER=0`). Workers need only Redis: this server listens to the queue's events and
 * writes them to the `jobs` rows (every API server does; the updates are idempotent). Rows whose events
 * were missed (no server was listening) are reconciled with the queue by the sweep.
 */
export class BullmqBackend implements JobBackend {
  readonly name = 'bullmq';
  private chain: Promise<void> = Promise.resolve();
  private readonly keys;
  private readonly sweeper: { stop(): Promise<void> };

  private constructor(
    private readonly repo: JobRepository,
    private readonly queue: Queue<QueuedJob>,
    private readonly events: QueueEvents,
    private readonly redis: Redis,
    private readonly worker: JobWorker | null,
    private readonly settings: JobSettings,
    private readonly logger: Logger,
  ) {
    this.keys = redisKeys(settings);
    this.listen();
    this.sweeper = every(
      settings.sweepMs,
      () => this.sweep(),
      (error) => this.logger.error({ err: error }, 'job sweep failed'),
    );
  }

  static async start(
    repo: JobRepository,
    redisUrl: string,
    threads: number,
    settings: JobSettings,
    logger: Logger,
    filesDir: string,
  ): Promise<BullmqBackend> {
    const onError = (error: unknown) => logger.error({ err: error }, 'redis error');
    const connection = connectionOf(redisUrl);
    const queue = new Queue<QueuedJob>(settings.queue, { connection, prefix: settings.prefix });
    const events = new QueueEvents(settings.queue, { connection, prefix: settings.prefix });
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    queue.on('error', onError);
    events.on('error', onError);
    redis.on('error', onError);
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady(), redis.ping()]);
    const worker = settings.workerInServer
      ? await startJobWorker({ redisUrl, concurrency: threads, settings, filesDir, onError })
      : null;
    const backend = new BullmqBackend(repo, queue, events, redis, worker, settings, logger);
    await backend.sweep();
    return backend;
  }

  get threadPool(): ThreadPool | null {
    return this.worker?.threadPool ?? null;
  }

  async enqueue(row: JobRow): Promise<void> {
    // Workers have no database: the job names its file by key, which a worker finds in its own FILES_DIR.
    await this.queue.add(
      row.kind,
      { kind: row.kind, input: row.input, attachmentKey: row.attachment_key },
      {
        jobId: row.id,
        attempts: row.max_attempts,
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }

  /** Remembered (for a worker about to start it) and announced (to the worker running it). */
  async cancel(id: string): Promise<void> {
    await this.redis.set(this.keys.cancelKey(id), '1', 'EX', 7 * 24 * 3600);
    await this.redis.publish(this.keys.cancelChannel, id);
    const job = await this.queue.getJob(id);
    const state = await job?.getState();
    if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized')) {
      await job.remove().catch(() => undefined);
      await this.repo.cancelled(id);
    }
  }

  /** Queue events become row changes, one at a time and in order. */
  private listen(): void {
    const apply = (what: string, change: () => Promise<void>) => {
      this.chain = this.chain
        .then(change)
        .catch((error: unknown) => this.logger.error({ err: error, what }, 'recording a job event failed'));
    };
    this.events.on('active', ({ jobId }) => apply('active', () => this.repo.started(jobId, null)));
    this.events.on('progress', ({ jobId, data }) => {
      if (isProgressReport(data))
        apply('progress', () => this.repo.progress(jobId, data.fraction, data.message));
    });
    this.events.on('completed', ({ jobId, returnvalue }) =>
      apply('completed', () => this.repo.succeed(jobId, returnvalue)),
    );
    this.events.on('failed', ({ jobId, failedReason }) =>
      apply('failed', () => this.settleFailed(jobId, failedReason)),
    );
    this.events.on('stalled', ({ jobId }) =>
      apply('stalled', () => this.repo.requeue(jobId, 'its worker stopped answering; retrying', false)),
    );
    this.events.on('waiting', ({ jobId, prev }) => {
      if (prev === 'active')
        apply('waiting', () => this.repo.requeue(jobId, 'back in the queue; waiting for a worker', false));
    });
  }

  private async settleFailed(id: string, reason: string): Promise<void> {
    if (reason === CANCELLED_REASON) return this.repo.cancelled(id);
    const row = await this.repo.find(id);
    const attempts = row ? ` (attempt ${row.attempts} of ${row.max_attempts})` : '';
    return this.repo.fail(id, `${reason}${attempts}`);
  }

  /** Unfinished rows not heard of for `staleMs`: brought in line with the queue. */
  private async sweep(): Promise<void> {
    const stale = await this.repo.stale(['queued', 'running'], new Date(Date.now() - this.settings.staleMs));
    for (const row of stale) {
      const job = await this.queue.getJob(row.id);
      const state = job ? await job.getState() : 'unknown';
      if (!job || state === 'unknown') await this.repo.fail(row.id, 'the job was lost from the queue');
      else if (state === 'completed') await this.repo.succeed(row.id, job.returnvalue);
      else if (state === 'failed') await this.settleFailed(row.id, job.failedReason);
      else await this.repo.touch(row.id);
    }
  }

  async close(): Promise<void> {
    await this.sweeper.stop();
    await this.worker?.close();
    await this.events.close();
    await this.chain;
    await this.queue.close();
    await this.redis.quit().catch(() => undefined);
  }
}
