import type { ExtractSummary, SiteCandidate } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { FileStore, StoredFile } from '../files/file-store.ts';
import { ownedOrShared } from './owned-or-shared.ts';
import { writeImport, type ExtractImport } from '../records/extract.ts';
import type { Tx } from './tx.ts';

/** An extract with the state of its import job (the job row is the source of truth while it runs). */
export interface ExtractRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly filename: string;
  readonly bytes: number;
  readonly dataDate: string | null;
  readonly createdAt: Date;
  /** The import job; null for an extract imported by the command line. */
  readonly jobId: string | null;
  readonly jobStatus: string | null;
  readonly jobProgress: number;
  readonly jobError: string | null;
  /** Filled once the import's result was moved from the job into the extract. */
  readonly summary: ExtractSummary | null;
  readonly candidates: SiteCandidate[] | null;
}

/** Uploaded OpenStreetMap extracts: their file (in the file store), and what their import found. */
export class ExtractRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  /** Streams an uploaded file into the store (at most `maxBytes`); the extract written with it will own it. */
  storeFile(source: Parameters<FileStore['put']>[0], maxBytes?: number): Promise<StoredFile> {
    return this.files.put(source, maxBytes);
  }

  /** Removes a stored file (of an extract deleted, or of an upload whose extract was never written). */
  discardFile(key: string): Promise<void> {
    return this.files.delete(key);
  }

  /** The key of the extract's file, or null (no such extract). */
  async fileKeyOf(id: string): Promise<string | null> {
    const r = await this.db.selectFrom('extracts').select('file_key').where('id', '=', id).executeTakeFirst();
    return r?.file_key ?? null;
  }

  private base() {
    return this.db
      .selectFrom('extracts as e')
      .leftJoin('jobs as j', 'j.id', 'e.job_id')
      .select([
        'e.id', 'e.owner_org_id', 'e.filename', 'e.bytes', 'e.data_date', 'e.created_at', 'e.job_id', 'e.summary', 'e.candidates',
        'j.status as job_status', 'j.progress as job_progress', 'j.error as job_error',
      ]);
  }

  private static map(r: {
    id: string; owner_org_id: string; filename: string; bytes: number; data_date: string | null; created_at: Date;
    summary: unknown; candidates: unknown; job_status: string | null; job_progress: number | null; job_error: string | null;
    job_id: string | null;
  }): ExtractRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      filename: r.filename,
      bytes: r.bytes,
      dataDate: r.data_date,
      createdAt: r.created_at,
      jobId: r.job_id,
      jobStatus: r.job_status,
      jobProgress: r.job_progress ?? 0,
      jobError: r.job_error,
      summary: (r.summary as ExtractSummary | null) ?? null,
      candidates: (r.candidates as SiteCandidate[] | null) ?? null,
    };
  }

  async insert(e: { ownerOrgId: string; filename: string; file: StoredFile; dataDate: string | null; jobId: string | null; createdBy: string | null }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('extracts')
      .values({
        owner_org_id: e.ownerOrgId,
        filename: e.filename,
        bytes: e.file.bytes,
        file_key: e.file.key,
        data_date: e.dataDate,
        job_id: e.jobId,
        created_by: e.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async find(id: string): Promise<ExtractRow | undefined> {
    const r = await this.base().where('e.id', '=', id).executeTakeFirst();
    return r && ExtractRepository.map(r);
  }

  async listVisible(orgId: string, sharedIds: readonly string[]): Promise<ExtractRow[]> {
    const rows = await this.base()
      .where(ownedOrShared('e', orgId, sharedIds))
      .orderBy('e.created_at', 'desc')
      .execute();
    return rows.map((r) => ExtractRepository.map(r));
  }

  /** The map layers (a GeoJSON FeatureCollection) as stored JSON text, ready to send. */
  async layersJson(id: string): Promise<string | null> {
    const r = await sql<{ layers: string | null }>`select layers::text as layers from extracts where id = ${id}`.execute(this.db);
    return r.rows[0]?.layers ?? null;
  }

  /** Stores an import made outside the job system (the command line's) into its extract. */
  async writeImport(id: string, imported: ExtractImport): Promise<void> {
    await writeImport(this.db, id, imported);
  }
}
