import { FINISHED_STATUSES, type Access, type JobStatus, type StartJob } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/catalogue.ts';
import type { JobRecordDefinition } from '../records/record-kind.ts';
import { recordStatus } from '../records/record-status.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { Tx } from '../repositories/tx.ts';
import type { AccessService } from './access-service.ts';
import type { Actor, OrgActor } from './actor.ts';
import type { JobService } from './job-service.ts';

/** The job's part of a job-computed record as it is stored. */
export interface JobStateRow {
  readonly jobStatus: string | null;
  readonly jobProgress: number;
  readonly jobError: string | null;
  /** Set once the job's result settled into the record. */
  readonly summary: unknown;
}

/** The status, progress and error of a job-computed record, as every such record shows them. */
export function jobState(row: JobStateRow): { status: 'processing' | 'ready' | 'failed'; progress: number; error: string | null } {
  const settled = row.summary !== null;
  return { status: recordStatus(settled, row.jobStatus), progress: settled ? 1 : row.jobProgress, error: row.jobError };
}

/** The row of a job-computed record as every kind has it. */
export interface JobRecordRow<Summary> extends JobStateRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly createdAt: Date;
  readonly jobId: string | null;
  readonly summary: Summary;
}

/** What the API shows of every job-computed record: which, whose, when, its job's state, its summary, the reader's access. */
export function jobRecordView<Summary>(row: JobRecordRow<Summary>, access: Access) {
  return { id: row.id, ownerOrgId: row.ownerOrgId, createdAt: row.createdAt.toISOString(), jobId: row.jobId, ...jobState(row), summary: row.summary, access };
}

/** How a service reads and shows its kind of job-computed record. */
export interface RecordSource<Row, View> {
  readonly definition: JobRecordDefinition;
  find(id: string): Promise<Row | undefined>;
  view(row: Row, access: Access): View;
}

/** A kind of job-computed record of sites (analyses, simulations, plans). */
export interface SiteRecordSource<Row extends { readonly id: string; readonly ownerOrgId: string }, View> extends RecordSource<Row, View> {
  /** The records of these sites the organisation owns or that are among `sharedIds`, newest first. */
  ofSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<Row[]>;
}

/**
 * What the use cases of every job-computed record share: starting one (its job and its row in one
 * transaction, the creation audited) and deleting one (its running job cancelled, its shares and those of
 * the records going with it revoked, the deletion audited). Each kind's service keeps only what is its own:
 * checking the request, and what its record shows.
 */
export class JobRecords {
  constructor(
    private readonly access: AccessService,
    private readonly jobs: JobService,
    private readonly records: Pick<RecordStore, 'jobOf' | 'deleteJobRecord' | 'json'>,
  ) {}

  /** One record the actor may read, audited. */
  async get<Row, View>(actor: Actor, source: RecordSource<Row, View>, id: string): Promise<View> {
    const { access } = await this.access.read(actor, source.definition.kind, id);
    return this.view(source, id, access);
  }

  /** A record whose access the caller checked. */
  async view<Row, View>(source: RecordSource<Row, View>, id: string, access: Access): Promise<View> {
    const row = await source.find(id);
    if (!row) throw new AppError('not_found');
    return source.view(row, access);
  }

  /** The records of a site (which the actor must be able to read) that the organisation may see. */
  async listOfSite<Row extends { readonly id: string; readonly ownerOrgId: string }, View>(actor: Actor, source: SiteRecordSource<Row, View>, siteId: string): Promise<View[]> {
    await this.access.read(actor, 'site', siteId);
    return this.visible(actor, source, [siteId], `for site ${siteId}`);
  }

  /**
   * The records of several sites that the organisation may see, newest first, audited as one read. Only
   * records it owns or that were shared with it come back, whatever the ids asked.
   */
  listOfSites<Row extends { readonly id: string; readonly ownerOrgId: string }, View>(actor: Actor, source: SiteRecordSource<Row, View>, siteIds: readonly string[]): Promise<View[]> {
    return this.visible(actor, source, siteIds);
  }

  private async visible<Row extends { readonly id: string; readonly ownerOrgId: string }, View>(actor: Actor, source: SiteRecordSource<Row, View>, siteIds: readonly string[], detail?: string): Promise<View[]> {
    const load = (orgId: string, ids: readonly string[]) => source.ofSites(siteIds, orgId, ids);
    const visible = await this.access.listVisible(actor, source.definition.kind, load, detail);
    return visible.map(({ row, access }) => source.view(row, access));
  }

  /** A stored part of a record the actor may read (its result, frames, layers), as JSON text; `notReady` until there. */
  async stored(actor: Actor, definition: JobRecordDefinition, id: string, column: 'result' | 'frames' | 'layers', notReady: ErrorCode): Promise<string> {
    await this.access.read(actor, definition.kind, id);
    return this.storedChecked(definition, id, column, notReady);
  }

  /** {@link stored} for a caller who checked and audited the read. */
  async storedChecked(definition: JobRecordDefinition, id: string, column: 'result' | 'frames' | 'layers', notReady: ErrorCode): Promise<string> {
    const json = await this.records.json(definition, id, column);
    if (!json) throw new AppError(notReady);
    return json;
  }

  /** Starts the job and writes the record with it, and the record's audit entry, in one transaction; returns the record's id. */
  async start(
    actor: Actor,
    owner: OrgActor,
    definition: JobRecordDefinition,
    job: { request: StartJob; attachmentKey?: string | null; detail: string },
    writeRecord: (trx: Tx, jobId: string) => Promise<string>,
  ): Promise<string> {
    const { recordId } = await this.jobs.startWithRecord(actor, job.request, job.attachmentKey ?? null, async (trx, jobId) => {
      const id = await writeRecord(trx, jobId);
      await this.access.audit(actor, 'create', { kind: definition.kind, recordId: id, ownerOrgId: owner.orgId, detail: job.detail }, trx);
      return id;
    });
    return recordId;
  }

  /** Deletes a record; only its owner organisation may (ADR 0018), whatever right it was shared with. */
  async delete(actor: Actor, definition: JobRecordDefinition, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, definition.kind, id, 'delete');
    const job = await this.records.jobOf(definition, id);
    if (job && !FINISHED_STATUSES.includes(job.status as JobStatus)) await this.jobs.cancel(actor, job.jobId).catch(() => undefined);
    await this.access.forget(definition.kind, id);
    await this.records.deleteJobRecord(definition, id);
    await this.access.audit(actor, 'delete', { kind: definition.kind, recordId: id, ownerOrgId });
  }
}

/** The store of a kind of job-computed record of sites: one row, or the rows of sites an organisation may see. */
export interface SiteRecordStore<Row> {
  find(id: string): Promise<Row | undefined>;
  listVisibleOfSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<Row[]>;
}

/**
 * The use cases every kind of job-computed record of sites has — read one, list those of a site or of
 * several, delete — each audited through `JobRecords`. A kind's service extends it with what is its own:
 * starting one (checking its request) and reading its parts.
 */
export abstract class SiteRecordService<Row extends { readonly id: string; readonly ownerOrgId: string }, View> {
  protected readonly source: SiteRecordSource<Row, View>;

  constructor(
    protected readonly records: JobRecords,
    private readonly definition: JobRecordDefinition,
    store: SiteRecordStore<Row>,
    view: (row: Row, access: Access) => View,
  ) {
    this.source = { definition, find: (id) => store.find(id), ofSites: (siteIds, orgId, sharedIds) => store.listVisibleOfSites(siteIds, orgId, sharedIds), view };
  }

  /** The records of a site that the organisation may see. */
  list(actor: Actor, siteId: string): Promise<View[]> {
    return this.records.listOfSite(actor, this.source, siteId);
  }

  /** The records of several sites that the organisation may see, newest first, audited as one read. */
  listOfSites(actor: Actor, siteIds: readonly string[]): Promise<View[]> {
    return this.records.listOfSites(actor, this.source, siteIds);
  }

  get(actor: Actor, id: string): Promise<View> {
    return this.records.get(actor, this.source, id);
  }

  /** Deletes a record of the actor's organisation; a running job is cancelled. */
  async delete(actor: Actor, id: string): Promise<void> {
    await this.records.delete(actor, this.definition, id);
  }
}
