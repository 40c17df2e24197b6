import type { JobRecordKind, RecordKind } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { JobRecordDefinition } from './record-kind.ts';
import { JOB_RECORDS, jobRecordOf, recordDefinition } from './registry.ts';

/** The record a job computed, with its owner (to check what the reader may see). */
export interface JobRecordRow {
  readonly jobId: string;
  readonly kind: JobRecordKind;
  readonly id: string;
  readonly name: string;
  readonly ownerOrgId: string;
}

/** A record named by kind and id. */
export interface RecordRef {
  readonly kind: RecordKind;
  readonly id: string;
}

/**
 * What every sensitive record kind has in common, over the tables {@link RECORDS} names: its owner, the
 * records that go with it, the record a job computed, and the settling of a job's result into it.
 */
export class RecordStore {
  constructor(private readonly db: Db) {}

  async ownerOf(kind: RecordKind, id: string): Promise<string | undefined> {
    const { table } = recordDefinition(kind);
    const r = await sql<{ owner: string }>`select owner_org_id as owner from ${sql.table(table)} where id = ${id}`.execute(this.db);
    return r.rows[0]?.owner;
  }

  /** The record and every record that goes with it when it is deleted (its children's children too). */
  async withDescendants(kind: RecordKind, id: string): Promise<RecordRef[]> {
    const all: RecordRef[] = [{ kind, id }];
    for (let i = 0; i < all.length; i++) {
      const parent = all[i] as RecordRef;
      for (const child of recordDefinition(parent.kind).children ?? []) {
        const { table } = recordDefinition(child.kind);
        const rows = await sql<{ id: string }>`select id from ${sql.table(table)} where ${sql.ref(child.column)} = ${parent.id}`.execute(this.db);
        all.push(...rows.rows.map((r) => ({ kind: child.kind, id: r.id })));
      }
    }
    return all;
  }

  /**
   * Settles a succeeded job's result into the record it computed, within `trx` (the transaction that marks
   * the job done). Returns what the job row keeps: the kind's summary, or the result itself when the job
   * computes no record (or its record was deleted meanwhile).
   */
  async settle(trx: Db, job: { id: string; kind: string }, result: unknown): Promise<unknown> {
    const definition = jobRecordOf(job.kind);
    if (!definition) return result;
    const r = await sql<{ id: string }>`select id from ${sql.table(definition.table)} where job_id = ${job.id}`.execute(trx);
    const record = r.rows[0];
    if (!record) return result;
    const kept = await definition.settle(trx, record.id, result);
    // The job read its file; the record keeps what it needs.
    await trx.updateTable('jobs').set({ attachment_key: null }).where('id', '=', job.id).execute();
    return kept;
  }

  /** The record a job computes, read within `trx` (the transaction changing the job), or null. */
  async ofJob(trx: Db, job: { id: string; kind: string }): Promise<JobRecordRow | null> {
    const definition = jobRecordOf(job.kind);
    if (!definition) return null;
    const r = await sql<{ id: string; name: string; owner: string }>`
      select id, ${sql.ref(definition.nameColumn)} as name, owner_org_id as owner from ${sql.table(definition.table)} where job_id = ${job.id}`.execute(trx);
    const row = r.rows[0];
    return row ? { jobId: job.id, kind: definition.kind, id: row.id, name: row.name, ownerOrgId: row.owner } : null;
  }

  /**
   * Records whose job succeeded with its result still on the job row: left by a version that settled on
   * the first read. The job system settles them once at start.
   */
  async unsettled(): Promise<{ definition: JobRecordDefinition; jobId: string }[]> {
    const found: { definition: JobRecordDefinition; jobId: string }[] = [];
    for (const definition of JOB_RECORDS) {
      const rows = await sql<{ job_id: string }>`
        select r.job_id from ${sql.table(definition.table)} r join jobs j on j.id = r.job_id
        where r.${sql.ref(definition.settledColumn)} is null and j.status = 'succeeded'`.execute(this.db);
      found.push(...rows.rows.map((row) => ({ definition, jobId: row.job_id })));
    }
    return found;
  }

  /** The records computed by these jobs (for an import: the site registered from its extract, else the extract). */
  async ofJobs(jobIds: readonly string[]): Promise<JobRecordRow[]> {
    if (jobIds.length === 0) return [];
    const ids = [...jobIds];
    const found: JobRecordRow[] = [];
    for (const definition of JOB_RECORDS) {
      if (definition.kind === 'extract') continue;
      const rows = await sql<{ id: string; name: string; owner: string; job_id: string }>`
        select id, ${sql.ref(definition.nameColumn)} as name, owner_org_id as owner, job_id
        from ${sql.table(definition.table)} where job_id in (${sql.join(ids)})`.execute(this.db);
      found.push(...rows.rows.map((r) => ({ jobId: r.job_id, kind: definition.kind, id: r.id, name: r.name, ownerOrgId: r.owner })));
    }
    return [...found, ...(await this.importsOf(ids))];
  }

  /**
   * The record of each import job: the site registered from its extract, else the extract. Another
   * organisation holding a share of the extract may register sites from it too: an import job names only a
   * site of the job's own organisation.
   */
  private async importsOf(ids: readonly string[]): Promise<JobRecordRow[]> {
    const extracts = await this.db
      .selectFrom('extracts')
      .innerJoin('jobs', 'jobs.id', 'extracts.job_id')
      .leftJoin('sites', (join) => join.onRef('sites.extract_id', '=', 'extracts.id').onRef('sites.owner_org_id', '=', 'jobs.owner_org_id'))
      .select(['extracts.id as extractId', 'extracts.filename', 'extracts.owner_org_id as extractOwner', 'extracts.job_id', 'sites.id as siteId', 'sites.name as siteName', 'sites.owner_org_id as siteOwner'])
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
    return [...imports.values()];
  }

  /** A stored JSON column of a job-computed record as text, ready to send (null until it is there). */
  async json(definition: JobRecordDefinition, id: string, column: 'result' | 'frames' | 'layers'): Promise<string | null> {
    const r = await sql<{ v: string | null }>`select ${sql.ref(column)}::text as v from ${sql.table(definition.table)} where id = ${id}`.execute(this.db);
    return r.rows[0]?.v ?? null;
  }

  /** The job of a job-computed record and the job's status (null: no such record, or no job). */
  async jobOf(definition: JobRecordDefinition, id: string): Promise<{ jobId: string; status: string } | null> {
    const r = await sql<{ job_id: string; status: string }>`
      select j.id as job_id, j.status from ${sql.table(definition.table)} r join jobs j on j.id = r.job_id where r.id = ${id}`.execute(this.db);
    const row = r.rows[0];
    return row ? { jobId: row.job_id, status: row.status } : null;
  }

  /** Deletes a job-computed record; returns its job. */
  async deleteJobRecord(definition: JobRecordDefinition, id: string): Promise<string | null> {
    const r = await sql<{ job_id: string | null }>`delete from ${sql.table(definition.table)} where id = ${id} returning job_id`.execute(this.db);
    return r.rows[0]?.job_id ?? null;
  }
}
