import { hostname } from 'node:os';
import { UnrecoverableError, WaitingError, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { storedFilePath } from '../../files/file-store.ts';
import { CANCELLED_REASON } from '../job-backend.ts';
import type { JobSettings } from '../job-settings.ts';
import { JobCancelledError } from '../kinds/index.ts';
import { latestWriter } from '../latest-writer.ts';
import { ThreadPool, WorkerLostError } from '../threads/thread-pool.ts';
import { connectionOf, redisKeys, type ProgressReport, type QueuedJob } from './redis-keys.ts';

export interface JobWorker {
  readonly name: string;
  readonly threadPool: ThreadPool;
  /** Stops taking jobs; the running ones are stopped and put back in the queue, without losing an attempt. */
  close(): Promise<void>;
}

export interface JobWorkerOptions {
  readonly redisUrl: string;
  readonly concurrency: number;
  readonly settings: JobSettings;
  /** The file store's directory (`FILES_DIR`), shared with the servers: jobs read their files from it. */
  readonly filesDir: string;
  readonly onError?: (error: unknown) => void;
}

/**
 * A BullMQ worker: takes jobs from the queue and runs each on a thread of its own pool, so that even a
 * handler that keeps its thread busy does not stop the lock renewals. It needs Redis only; the API servers
 * turn its events into `jobs` rows. A handler's error or a cancellation is final; a lost thread is
 * retried (BullMQ `attempts`), and so is a lost worker (BullMQ stalled-job detection, `maxStalledCount`).
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const { settings } = options;
  const keys = redisKeys(settings);
  const onError = options.onError ?? (() => undefined);
  const name = `${hostname()}:${process.pid}`;
  const threadPool = new ThreadPool(options.concurrency);
  const commands = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  const subscriber = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  let connected = false;
  let firstError: unknown = null;
  const onRedisError = (error: unknown) => {
    if (connected) onError(error);
    else firstError ??= error;
  };
  commands.on('error', onRedisError);
  subscriber.on('error', onRedisError);
  try {
    await commands.connect();
    await subscriber.connect();
    connected = true;
  } catch (error) {
    commands.disconnect();
    subscriber.disconnect();
    throw firstError ?? error;
  }

  const shutdown = new AbortController();
  const processor = async (
    job: BullJob<QueuedJob>,
    token?: string,
    signal?: AbortSignal,
  ): Promise<unknown> => {
    const jobId = job.id ?? '';
    if ((await commands.exists(keys.cancelKey(jobId))) === 1) throw new UnrecoverableError(CANCELLED_REASON);
    const abort = AbortSignal.any([signal ?? new AbortController().signal, shutdown.signal]);
    const progress = latestWriter((p: ProgressReport) => job.updateProgress({ ...p }), onError);
    try {
      const result = await threadPool.run(jobId, job.data.kind, job.data.input, {
        signal: abort,
        attachmentPath: job.data.attachmentKey ? storedFilePath(options.filesDir, job.data.attachmentKey) : null,
        onProgress: (fraction, message) => progress.push({ fraction, message }),
      });
      await progress.drain();
      return result ?? null;
    } catch (error) {
      await progress.drain();
      if (shutdown.signal.aborted && !signal?.aborted) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (error instanceof JobCancelledError || abort.aborted) throw new UnrecoverableError(CANCELLED_REASON);
      if (error instanceof WorkerLostError) throw error;
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
  };

  const worker = new Worker<QueuedJob>(settings.queue, processor, {
    connection: connectionOf(options.redisUrl),
    prefix: settings.prefix,
    name,
    concurrency: options.concurrency,
    lockDuration: settings.lockMs,
    stalledInterval: settings.stalledIntervalMs,
    maxStalledCount: settings.maxAttempts - 1,
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  });
  worker.on('error', onError);
  await subscriber.subscribe(keys.cancelChannel);
  subscriber.on('message', (_channel: string, jobId: string) => {
    worker.cancelJob(jobId, CANCELLED_REASON);
  });
  await worker.waitUntilReady();

  return {
    name,
    threadPool,
    close: async () => {
      await subscriber.quit().catch(onError);
      const closed = worker.close();
      shutdown.abort();
      await closed;
      await threadPool.close();
      await commands.quit().catch(onError);
    },
  };
}
