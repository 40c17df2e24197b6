import {
  DIAGNOSTIC_KIND_PREFIX,
  type Job,
  type JobInfeasible,
  type JobStatus,
} from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { JobRow } from '../db/schema.ts';
import { ResultMismatch } from '../records/record-kind.ts';
import type { RecordStore } from '../records/record-store.ts';

/** Work a listener leaves for after the commit of the change it was told of (announcing it, say). */
export type AfterCommit = () => Promise<void>;

/**
 * Told of every change of a job's state, inside the transaction that makes it (the outbox, live channels);
 * may return what to do once that transaction has committed.
 */
export type JobChangeListener = (trx: Db, job: JobRow) => Promise<void | AfterCommit>;

const UNFINISHED = ['queued', 'running'] as const;

/** A plan job whose result says that no plan is possible: its reason and the constraint that broke. */
function infeasibleOf(kind: string, result: unknown): JobInfeasible | null {
  if (kind !== 'protect.plan' || typeof result !== 'object' || result === null) return null;
  const r = result as { feasible?: unknown; reason?: unknown; constraint?: unknown };
  if (r.feasible !== false) return null;
  return {
    reason: typeof r.reason === 'string' ? r.reason : '',
    constraint: typeof r.constraint === 'string' ? r.constraint : '',
  };
}

/** Turns a row into the API shape (without its record, which {@link RecordStore.ofJobs} finds). */
export function jobOf(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    ownerOrgId: r.owner_org_id,
    status: r.status as JobStatus,
    progress: r.progress,
    message: r.message,
    input: r.input,
    result: r.result ?? null,
    error: r.error,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
    infeasible: r.status === 'succeeded' ? infeasibleOf(r.kind, r.result) : null,
    record: null,
  };
}

/** Runs what listeners left for after a commit. */
async function committed(after: readonly AfterCommit[]): Promise<void> {
  for (const then of after) await then();
}

interface FinishValues {
  status: JobStatus;
  progress?: number;
  result?: string;
  error?: string;
  message?: string | null;
}

/**
 * The `jobs` table: the source of truth the API reads, whichever backend runs the jobs. Every state
 * change is conditional on the row not being finished, so late or repeated events cannot undo an ending.
 */
export class JobRepository {
  private readonly listeners: JobChangeListener[] = [];

  constructor(
    private readonly db: Db,
    private readonly records: RecordStore,
  ) {}

  /** Adds a listener of job changes (a finished job, a started attempt, progress). */
  onChange(listener: JobChangeListener): void {
    this.listeners.push(listener);
  }

  /** Tells the listeners of a change within `trx`; returns what they left for after its commit. */
  private async changedIn(trx: Db, row: JobRow | undefined): Promise<AfterCommit[]> {
    const after: AfterCommit[] = [];
    if (row)
      for (const listener of this.listeners) {
        const then = await listener(trx, row);
        if (then) after.push(then);
      }
    return after;
  }

  /** Tells the listeners of a change already committed. */
  private async changed(row: JobRow | undefined): Promise<void> {
    await committed(await this.changedIn(this.db, row));
  }

  /**
   * Inserts a queued job; `alsoWrite` runs in the same transaction with the new row (the record the job
   * computes is written with it, so a fast job never finishes before its record exists).
   */
  async insert<T = void>(
    job: {
      kind: string;
      ownerOrgId: string;
      createdBy: string;
      input: unknown;
      maxAttempts: number;
      /** The key of the stored file the job reads (`files/file-store.ts`); the record it computes owns the file. */
      attachmentKey?: string | null;
    },
    alsoWrite?: (trx: Db, row: JobRow) => Promise<T>,
  ): Promise<{ row: JobRow; also: T | undefined }> {
    // One transaction: a worker polling for queued rows must never claim a job before its record is there.
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('jobs')
        .values({
          kind: job.kind,
          owner_org_id: job.ownerOrgId,
          created_by: job.createdBy,
          input: JSON.stringify(job.input),
          status: 'queued',
          progress: 0,
          attempts: 0,
          max_attempts: job.maxAttempts,
          cancel_requested: false,
          attachment_key: job.attachmentKey ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const also = alsoWrite ? await alsoWrite(trx, row) : undefined;
      return { row, also, after: await this.changedIn(trx, row) };
    }).then(async ({ row, also, after }) => {
      await committed(after);
      return { row, also };
    });
  }

  find(id: string): Promise<JobRow | undefined> {
    return this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async ownerOf(id: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('jobs').select('owner_org_id').where('id', '=', id).executeTakeFirst();
    return r?.owner_org_id;
  }

  /** The organisation's jobs and those shared with it, newest first; diagnostic kinds only when asked for. */
  listVisible(
    orgId: string,
    sharedIds: readonly string[],
    limit: number,
    diagnostic = false,
  ): Promise<JobRow[]> {
    return this.db
      .selectFrom('jobs')
      .selectAll()
      .where((eb) =>
        sharedIds.length > 0
          ? eb.or([eb('owner_org_id', '=', orgId), eb('id', 'in', sharedIds)])
          : eb('owner_org_id', '=', orgId),
      )
      .$if(!diagnostic, (qb) => qb.where('kind', 'not like', `${DIAGNOSTIC_KIND_PREFIX}%`))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Takes the oldest queued job for `workerId` (safe with several servers on one database). */
  claimNext(workerId: string): Promise<JobRow | undefined> {
    return this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        attempts: eb('attempts', '+', 1),
        worker_id: workerId,
        heartbeat_at: sql<Date>`now()`,
        started_at: sql<Date>`coalesce(started_at, now())`,
        progress: 0,
        message: null,
      }))
      .where('id', '=', (eb) =>
        eb
          .selectFrom('jobs')
          .select('id')
          .where('status', '=', 'queued')
          .orderBy('created_at')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .where('status', '=', 'queued')
      .returningAll()
      .executeTakeFirst()
      .then(async (row) => {
        await this.changed(row);
        return row;
      });
  }

  /**
   * A worker started an attempt (BullMQ `active`). BullMQ also activates a job once more only to fail it
   * for having stalled too often, so the count stops at `max_attempts`.
   */
  async started(id: string, workerId: string | null): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts: sql<number>`least(attempts + 1, max_attempts)`,
        worker_id: workerId,
        heartbeat_at: sql<Date>`now()`,
        started_at: sql<Date>`coalesce(started_at, now())`,
        progress: 0,
        message: null,
      })
      .where('id', '=', id)
      .where('status', 'in', UNFINISHED)
      .returningAll()
      .executeTakeFirst()
      .then((row) => this.changed(row));
  }

  async progress(id: string, fraction: number, message: string | null): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ progress: fraction, message, heartbeat_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returningAll()
      .executeTakeFirst()
      .then((row) => this.changed(row));
  }

  /**
   * Marks a job succeeded and settles its result into the record it computed, in one transaction: the
   * record is ready when the job says so, and no read ever writes. A result that does not fit its record
   * fails the job instead.
   */
  async succeed(id: string, result: unknown): Promise<void> {
    const { mismatch, after } = await this.db.transaction().execute(async (trx) => {
      const job = await trx.selectFrom('jobs').select(['id', 'kind']).where('id', '=', id).where('status', 'in', UNFINISHED).forUpdate().executeTakeFirst();
      if (!job) return { mismatch: null, after: [] };
      let kept: unknown;
      try {
        kept = await this.records.settle(trx, job, result);
      } catch (error) {
        if (error instanceof ResultMismatch) return { mismatch: error.message, after: [] };
        throw error;
      }
      return { mismatch: null, after: await this.finishIn(trx, id, { status: 'succeeded', progress: 1, result: JSON.stringify(kept ?? null), message: null }) };
    });
    await committed(after);
    if (mismatch) await this.fail(id, `the result does not fit its record: ${mismatch}`);
  }

  /** Settles the results that an older version left on their jobs (it settled on the first read). */
  async settleLeftovers(): Promise<number> {
    const left = await this.records.unsettled();
    for (const { jobId } of left)
      await this.db.transaction().execute(async (trx) => {
        const job = await trx.selectFrom('jobs').select(['id', 'kind', 'result']).where('id', '=', jobId).forUpdate().executeTakeFirst();
        if (!job) return;
        const kept = await this.records.settle(trx, job, job.result).catch((error: unknown) => {
          if (error instanceof ResultMismatch) return job.result;
          throw error;
        });
        await trx.updateTable('jobs').set({ result: JSON.stringify(kept ?? null) }).where('id', '=', jobId).execute();
      });
    return left.length;
  }

  async fail(id: string, error: string): Promise<void> {
    await this.finish(id, { status: 'failed', error });
  }

  async cancelled(id: string): Promise<void> {
    await this.finish(id, { status: 'cancelled', message: 'cancelled' });
  }

  private async finish(id: string, values: FinishValues): Promise<void> {
    await committed(await this.db.transaction().execute((trx) => this.finishIn(trx, id, values)));
  }

  private async finishIn(trx: Db, id: string, values: FinishValues): Promise<AfterCommit[]> {
    const row = await trx
      .updateTable('jobs')
      .set({ ...values, finished_at: sql<Date>`now()`, worker_id: null })
      .where('id', '=', id)
      .where('status', 'in', UNFINISHED)
      .returningAll()
      .executeTakeFirst();
    return this.changedIn(trx, row);
  }

  /** Marks a cancellation wanted; a queued job is cancelled at once. Returns the row after the change. */
  async requestCancel(id: string): Promise<JobRow | undefined> {
    await this.db
      .updateTable('jobs')
      .set({
        status: 'cancelled',
        cancel_requested: true,
        message: 'cancelled',
        finished_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
    await this.db
      .updateTable('jobs')
      .set({ cancel_requested: true })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
    const row = await this.find(id);
    await this.changed(row);
    return row;
  }

  /** Puts a running job back in the queue; `refund` gives back the attempt (the stop was not the job's fault). */
  async requeue(id: string, reason: string, refund: boolean): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'queued',
        worker_id: null,
        message: reason,
        attempts: refund ? eb('attempts', '-', 1) : eb.ref('attempts'),
      }))
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returningAll()
      .executeTakeFirst()
      .then((row) => this.changed(row));
  }

  /**
   * Marks alive the jobs `workerId` is running now, named by `ids`; returns those whose cancellation was asked
   * for. Only the named ones: a row the worker holds without running it (the end of its attempt could not be
   * recorded) must go stale, so that the sweep takes it back.
   */
  async heartbeat(workerId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('jobs')
      .set({ heartbeat_at: sql<Date>`now()` })
      .where('worker_id', '=', workerId)
      .where('id', 'in', ids)
      .where('status', '=', 'running')
      .returning(['id', 'cancel_requested'])
      .execute();
    return rows.filter((r) => r.cancel_requested).map((r) => r.id);
  }

  /** Unfinished rows with no sign of life since `before` (a queued row counts from its creation). */
  stale(statuses: readonly JobStatus[], before: Date): Promise<JobRow[]> {
    return this.db
      .selectFrom('jobs')
      .selectAll()
      .where('status', 'in', statuses)
      .where(sql<boolean>`coalesce(heartbeat_at, created_at) < ${before}`)
      .limit(500)
      .execute();
  }

  async touch(id: string): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ heartbeat_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }
}
