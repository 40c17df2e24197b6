import {
  DIAGNOSTIC_KIND_PREFIX,
  type Job,
  type JobInfeasible,
  type JobRecordKind,
  type JobStatus,
} from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { JobRow } from '../db/schema.ts';

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

/** The record a job computed, with its owner (to check what the reader may see). */
export interface JobRecordRow {
  readonly jobId: string;
  readonly kind: JobRecordKind;
  readonly id: string;
  readonly name: string;
  readonly ownerOrgId: string;
}

/** Turns a row into the API shape (without its record, which {@link JobRepository.recordsOf} finds). */
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

/**
 * The `jobs` table: the source of truth the API reads, whichever backend runs the jobs. Every state
 * change is conditional on the row not being finished, so late or repeated events cannot undo an ending.
 */
export class JobRepository {
  constructor(private readonly db: Db) {}

  async insert(job: {
    kind: string;
    ownerOrgId: string;
    createdBy: string;
    input: unknown;
    maxAttempts: number;
    attachment?: Uint8Array | null;
  }): Promise<JobRow> {
    // One transaction: a worker polling for queued rows must never claim a job before its attachment is there.
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
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (job.attachment)
        await trx.insertInto('job_attachments').values({ job_id: row.id, data: job.attachment }).execute();
      return row;
    });
  }

  /** The binary input of a job, or null when it has none. */
  async attachment(id: string): Promise<Uint8Array | null> {
    const r = await this.db
      .selectFrom('job_attachments')
      .select('data')
      .where('job_id', '=', id)
      .executeTakeFirst();
    return r ? new Uint8Array(r.data) : null;
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

  /**
   * The records the jobs computed, found through the `job_id` of the record tables: threat analyses, crowd
   * simulations, protection plans; for an import, the first site the job's organisation registered from its
   * extract, else the extract.
   */
  async recordsOf(jobIds: readonly string[]): Promise<JobRecordRow[]> {
    if (jobIds.length === 0) return [];
    const ids = [...jobIds];
    const named = async (
      table: 'threat_analyses' | 'crowd_simulations' | 'protection_plans',
      kind: JobRecordKind,
    ): Promise<JobRecordRow[]> => {
      const rows = await this.db
        .selectFrom(table)
        .select(['id', 'name', 'owner_org_id', 'job_id'])
        .where('job_id', 'in', ids)
        .execute();
      return rows.map((r) => ({
        jobId: r.job_id ?? '',
        kind,
        id: r.id,
        name: r.name,
        ownerOrgId: r.owner_org_id,
      }));
    };
    // Another organisation holding a share of the extract may register sites from it too: an import job
    // names only a site of the job's own organisation.
    const extracts = await this.db
      .selectFrom('extracts')
      .innerJoin('jobs', 'jobs.id', 'extracts.job_id')
      .leftJoin('sites', (join) =>
        join
          .onRef('sites.extract_id', '=', 'extracts.id')
          .onRef('sites.owner_org_id', '=', 'jobs.owner_org_id'),
      )
      .select([
        'extracts.id as extractId',
        'extracts.filename',
        'extracts.owner_org_id as extractOwner',
        'extracts.job_id',
        'sites.id as siteId',
        'sites.name as siteName',
        'sites.owner_org_id as siteOwner',
      ])
      .where('extracts.job_id', 'in', ids)
      .orderBy('sites.created_at')
      .orderBy('sites.id')
      .execute();
    const imports = new Map<string, JobRecordRow>();
    for (const e of extracts) {
      const jobId = e.job_id ?? '';
      if (imports.get(jobId)?.kind === 'site') continue;
      imports.set(
        jobId,
        e.siteId && e.siteName && e.siteOwner
          ? { jobId, kind: 'site', id: e.siteId, name: e.siteName, ownerOrgId: e.siteOwner }
          : { jobId, kind: 'extract', id: e.extractId, name: e.filename, ownerOrgId: e.extractOwner },
      );
    }
    return [
      ...(await named('threat_analyses', 'threat-analysis')),
      ...(await named('crowd_simulations', 'crowd-simulation')),
      ...(await named('protection_plans', 'protection-plan')),
      ...imports.values(),
    ];
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
      .executeTakeFirst();
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
      .execute();
  }

  async progress(id: string, fraction: number, message: string | null): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ progress: fraction, message, heartbeat_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
  }

  async succeed(id: string, result: unknown): Promise<void> {
    await this.finish(id, {
      status: 'succeeded',
      progress: 1,
      result: JSON.stringify(result ?? null),
      message: null,
    });
  }

  async fail(id: string, error: string): Promise<void> {
    await this.finish(id, { status: 'failed', error });
  }

  async cancelled(id: string): Promise<void> {
    await this.finish(id, { status: 'cancelled', message: 'cancelled' });
  }

  private async finish(
    id: string,
    values: {
      status: JobStatus;
      progress?: number;
      result?: string;
      error?: string;
      message?: string | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ ...values, finished_at: sql<Date>`now()`, worker_id: null })
      .where('id', '=', id)
      .where('status', 'in', UNFINISHED)
      .execute();
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
    return this.find(id);
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
      .execute();
  }

  /** Marks the running jobs of `workerId` alive; returns those whose cancellation was asked for. */
  async heartbeat(workerId: string): Promise<string[]> {
    const rows = await this.db
      .updateTable('jobs')
      .set({ heartbeat_at: sql<Date>`now()` })
      .where('worker_id', '=', workerId)
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
