import { FINISHED_STATUSES, type Job, type StartJob } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { JobBackend } from '../jobs/job-backend.ts';
import { jobOf, type JobRepository } from '../jobs/job-repository.ts';
import { jobKinds } from '../jobs/kinds/index.ts';
import type { Tx } from '../repositories/tx.ts';
import type { JobRecordRow, RecordStore } from '../records/record-store.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor, type OrgActor } from './actor.ts';

const LIST_LIMIT = 200;

const withRecord = (job: Job, r: JobRecordRow | undefined): Job =>
  r ? { ...job, record: { kind: r.kind, id: r.id, name: r.name } } : job;

/**
 * The use cases of background jobs. A job is a sensitive record of its organisation: reads go through the
 * access service (404 for other organisations, every read audited); starting needs the analyst role;
 * cancelling needs the analyst role in the owner organisation or in one holding an `edit` share.
 */
export class JobService {
  constructor(
    private readonly repo: JobRepository,
    private readonly records: Pick<RecordStore, 'ofJobs'>,
    private readonly access: AccessService,
    private readonly backend: JobBackend,
    private readonly maxAttempts: number,
  ) {}

  /** Names of the kinds of job this server accepts. */
  kinds(): string[] {
    return [...jobKinds.values()].filter((k) => !k.internal).map((k) => k.name);
  }

  /** Starts a job; services may name a stored file it reads (`attachmentKey`), which the API never returns. */
  async start(actor: Actor, request: StartJob, attachmentKey: string | null = null, from: 'api' | 'service' = 'service'): Promise<Job> {
    return (await this.startWith(actor, request, attachmentKey, from)).job;
  }

  /**
   * Starts a job and writes, in the same transaction, the record it computes (`writeRecord` gets the new
   * job's id and returns the record's): the record exists before any worker can take the job.
   */
  async startWithRecord(actor: Actor, request: StartJob, attachmentKey: string | null, writeRecord: (trx: Tx, jobId: string) => Promise<string>): Promise<{ job: Job; recordId: string }> {
    const { job, also } = await this.startWith(actor, request, attachmentKey, 'service', writeRecord);
    if (also === undefined) throw new Error('the record was not written');
    return { job, recordId: also };
  }

  private async startWith<T>(actor: Actor, request: StartJob, attachmentKey: string | null, from: 'api' | 'service', alsoWrite?: (trx: Tx, jobId: string) => Promise<T>): Promise<{ job: Job; also: T | undefined }> {
    const analyst = requireRole(actor, 'analyst');
    const kind = jobKinds.get(request.kind);
    if (!kind || (from === 'api' && kind.internal))
      throw new AppError(
        'unknown_job_kind',
        `No job of kind "${request.kind}"; known kinds: ${this.kinds().join(', ')}.`,
      );
    const parsed = kind.input.safeParse(request.input);
    if (!parsed.success) {
      throw new AppError(
        'validation_failed',
        undefined,
        parsed.error.issues.map((i) => ({ path: ['input', ...i.path].join('.'), message: i.message })),
      );
    }
    const { row, also } = await this.repo.insert(
      { kind: kind.name, ownerOrgId: analyst.orgId, createdBy: analyst.userId, input: parsed.data, maxAttempts: this.maxAttempts, attachmentKey },
      // The job's audit entry commits with it (and with its record).
      async (trx, job) => {
        await this.access.audit(actor, 'create', { kind: 'job', recordId: job.id, ownerOrgId: job.owner_org_id, detail: kind.name }, trx);
        return alsoWrite?.(trx, job.id);
      },
    );
    try {
      await this.backend.enqueue(row);
    } catch (error) {
      await this.repo.fail(
        row.id,
        `could not be queued: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    }
    return { job: jobOf((await this.repo.find(row.id)) ?? row), also };
  }

  /**
   * The acting organisation's jobs and those shared with it, newest first, each with the record it computed
   * when the reader may see that record; audited as one read of the jobs and one per kind of record named
   * (`AccessService.listVisible`, which also tells other organisations which of their jobs and records were read).
   * Diagnostic jobs (checks of the job system) only when asked for; `unfinished` keeps the queued and
   * running ones only.
   */
  async list(actor: Actor, options: { diagnostic?: boolean; unfinished?: boolean } = {}): Promise<Job[]> {
    const listed = await this.access.listVisible(actor, 'job', async (orgId, sharedIds) =>
      (await this.repo.listVisible(orgId, sharedIds, LIST_LIMIT, options.diagnostic ?? false))
        .map(jobOf)
        .filter((j) => !options.unfinished || !FINISHED_STATUSES.includes(j.status)),
    );
    const jobs = listed.map(({ row }) => row);
    // The records the jobs name are a list of records too, kind by kind, through the same mechanism.
    const records = await this.records.ofJobs(jobs.map((j) => j.id));
    const named = new Map<string, JobRecordRow>();
    for (const kind of new Set(records.map((r) => r.kind))) {
      const ofKind = (orgId: string, sharedIds: readonly string[]) =>
        Promise.resolve(records.filter((r) => r.kind === kind && (r.ownerOrgId === orgId || sharedIds.includes(r.id))));
      for (const { row } of await this.access.listVisible(actor, kind, ofKind)) named.set(row.jobId, row);
    }
    return jobs.map((job) => withRecord(job, named.get(job.id)));
  }

  async get(actor: Actor, id: string): Promise<Job> {
    await this.access.read(actor, 'job', id);
    const job = await this.peek(id);
    const record = (await this.visibleRecords(requireRole(actor, 'viewer'), [job])).get(job.id);
    if (record) await this.access.audit(actor, 'read', { kind: record.kind, recordId: record.id, ownerOrgId: record.ownerOrgId });
    return withRecord(job, record);
  }

  /** The record each job computed, by job, if the reader's organisation owns it or it is shared with it. */
  private async visibleRecords(actor: OrgActor, jobs: readonly Job[]): Promise<Map<string, JobRecordRow>> {
    const records = await this.records.ofJobs(jobs.map((j) => j.id));
    const foreign = records.filter((r) => r.ownerOrgId !== actor.orgId);
    const sharedByKind = new Map<JobRecordRow['kind'], ReadonlySet<string>>();
    for (const kind of new Set(foreign.map((r) => r.kind)))
      sharedByKind.set(kind, new Set((await this.access.sharedWith(actor, kind)).keys()));
    const visible = new Map<string, JobRecordRow>();
    for (const r of records)
      if (r.ownerOrgId === actor.orgId || sharedByKind.get(r.kind)?.has(r.id)) visible.set(r.jobId, r);
    return visible;
  }

  /**
   * Whether the actor may still follow the job live as it was first shown to them: the job, and the record
   * it named (`record`, null when none). Re-checked when access to either changes; a refusal is audited.
   */
  async mayFollow(actor: Actor, id: string, record: Job['record']): Promise<boolean> {
    try {
      await this.access.require(actor, 'job', id, 'read');
      if (record) await this.access.require(actor, record.kind, record.id, 'read');
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** The job as it is now, without an access check: for a reader already checked (live progress). */
  async peek(id: string): Promise<Job> {
    const row = await this.repo.find(id);
    if (!row) throw new AppError('not_found');
    return jobOf(row);
  }

  async cancel(actor: Actor, id: string): Promise<Job> {
    const { access, ownerOrgId } = await this.access.require(actor, 'job', id, 'read');
    if (access === 'read') {
      await this.access.audit(actor, 'access-denied', {
        kind: 'job',
        recordId: id,
        ownerOrgId,
        detail: 'needed edit to cancel',
      });
      throw new AppError('forbidden', 'This job is shared with you for reading only.');
    }
    requireRole(actor, 'analyst');
    const before = await this.peek(id);
    if (FINISHED_STATUSES.includes(before.status))
      throw new AppError('job_finished', `The job has already ${before.status}.`);
    const row = await this.repo.requestCancel(id);
    if (row?.status === 'running') await this.backend.cancel(id);
    await this.access.audit(actor, 'update', { kind: 'job', recordId: id, ownerOrgId, detail: 'cancel' });
    return this.peek(id);
  }
}
