import { storedFilePath } from '../../files/file-store.ts';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobRow } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { every } from '../every.ts';
import type { JobBackend } from '../job-backend.ts';
import type { JobRepository } from '../job-repository.ts';
import type { JobSettings } from '../job-settings.ts';
import { JobCancelledError } from '../kinds/index.ts';
import { latestWriter } from '../latest-writer.ts';
import { ThreadPool, WorkerLostError } from './thread-pool.ts';

/**
 * Runs jobs on a pool of worker threads of this server. Queued rows are claimed from the database
 * (`for update skip locked`), so several servers on one database share the work; each server marks its
 * running rows alive every `heartbeatMs` and learns there of cancellations asked through another server.
 * A job whose thread dies is retried on a new thread until `max_attempts`, then failed with the reason.
 */
export class ThreadsBackend implements JobBackend {
  readonly name = 'threads';
  readonly threadPool: ThreadPool;
  readonly workerId = `threads:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly active = new Map<string, AbortController>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly loops: { stop(): Promise<void> }[];
  private pumping: Promise<void> | null = null;
  private pumpAgain = false;
  private closing = false;

  constructor(
    private readonly repo: JobRepository,
    threads: number,
    private readonly settings: JobSettings,
    private readonly logger: Logger,
    /** The file store's directory: a job's thread reads its file from there. */
    private readonly filesDir: string,
  ) {
    this.threadPool = new ThreadPool(threads);
    const onError = (error: unknown) => this.logger.error({ err: error }, 'job loop failed');
    this.loops = [
      every(settings.pollMs, () => this.pump(), onError),
      every(settings.heartbeatMs, () => this.heartbeat(), onError),
      every(settings.sweepMs, () => this.sweep(), onError),
    ];
    void this.pump();
  }

  async enqueue(): Promise<void> {
    await this.pump();
  }

  cancel(id: string): Promise<void> {
    this.active.get(id)?.abort();
    return Promise.resolve();
  }

  /** Claims queued rows while threads are free. */
  pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      do {
        this.pumpAgain = false;
        while (!this.closing && this.active.size < this.threadPool.size) {
          const row = await this.repo.claimNext(this.workerId);
          if (!row) break;
          this.launch(row);
        }
      } while (this.pumpAgain && !this.closing);
    })()
      .catch((error: unknown) => this.logger.error({ err: error }, 'claiming jobs failed'))
      .finally(() => {
        this.pumping = null;
      });
    return this.pumping;
  }

  private launch(row: JobRow): void {
    const controller = new AbortController();
    this.active.set(row.id, controller);
    if (row.cancel_requested) controller.abort();
    const onError = (error: unknown) =>
      this.logger.error({ err: error, job: row.id }, 'job progress write failed');
    const progress = latestWriter(
      (p: { fraction: number; message: string | null }) => this.repo.progress(row.id, p.fraction, p.message),
      onError,
    );
    const done = this.threadPool
      .run(row.id, row.kind, row.input, {
        signal: controller.signal,
        attachmentPath: row.attachment_key ? storedFilePath(this.filesDir, row.attachment_key) : null,
        onProgress: (fraction, message) => progress.push({ fraction, message }),
      })
      .then(
        async (result) => {
          await progress.drain();
          await this.repo.succeed(row.id, result);
        },
        async (error: unknown) => {
          await progress.drain();
          await this.settleFailure(row, error, controller.signal);
        },
      )
      .catch((error: unknown) =>
        this.logger.error({ err: error, job: row.id }, 'recording the end of a job failed'),
      )
      .finally(() => {
        this.active.delete(row.id);
        this.inflight.delete(done);
        if (!this.closing) void this.pump();
      });
    this.inflight.add(done);
  }

  private async settleFailure(row: JobRow, error: unknown, signal: AbortSignal): Promise<void> {
    if (error instanceof JobCancelledError || (signal.aborted && !(error instanceof WorkerLostError))) {
      await this.repo.cancelled(row.id);
    } else if (error instanceof WorkerLostError) {
      if (this.closing) await this.repo.requeue(row.id, 'waiting for a worker (its server stopped)', true);
      else if (signal.aborted) await this.repo.cancelled(row.id);
      else if (row.attempts < row.max_attempts) {
        this.logger.warn(
          { job: row.id, attempt: row.attempts },
          `job attempt lost: ${error.message}; retrying`,
        );
        await this.repo.requeue(row.id, `attempt ${row.attempts} lost: ${error.message}; retrying`, false);
      } else {
        await this.repo.fail(row.id, `attempt ${row.attempts} of ${row.max_attempts} lost: ${error.message}`);
      }
    } else {
      await this.repo.fail(row.id, error instanceof Error ? error.message : String(error));
    }
  }

  private async heartbeat(): Promise<void> {
    if (this.active.size === 0) return;
    for (const id of await this.repo.heartbeat(this.workerId, [...this.active.keys()])) this.active.get(id)?.abort();
  }

  /** Rows left `running` by a server that stopped answering: retried, or failed when out of attempts. */
  private async sweep(): Promise<void> {
    const stale = await this.repo.stale(['running'], new Date(Date.now() - this.settings.staleMs));
    for (const row of stale) {
      if (this.active.has(row.id)) continue;
      const reason = `no heartbeat from ${row.worker_id ?? 'its worker'} for ${Math.round(this.settings.staleMs / 1000)} s`;
      if (row.attempts < row.max_attempts)
        await this.repo.requeue(row.id, `attempt ${row.attempts} lost: ${reason}; retrying`, false);
      else await this.repo.fail(row.id, `attempt ${row.attempts} of ${row.max_attempts} lost: ${reason}`);
    }
    if (stale.length > 0) await this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.loops.map((l) => l.stop()));
    await this.pumping;
    await this.threadPool.close();
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }
}
