import type { Extract, UploadExtractQuery } from '@pactesur/contracts';
import { extractRecord } from '../records/extract.ts';
import type { ExtractRow } from '../repositories/extracts.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';
import { jobRecordView, type JobRecords, type RecordSource } from './job-records.ts';

/**
 * Uploaded OpenStreetMap extracts. An upload stores the bytes and starts an `osm.import-extract` job;
 * when the job succeeds, the job system settles its result (summary, suggestions, map layers) into the
 * extract. Extracts are owned records: the map of a place a city analyses is its business.
 */
export class ExtractService {
  constructor(
    private readonly repos: Pick<Repositories, 'extracts'>,
    private readonly access: AccessService,
    private readonly records: JobRecords,
  ) {}

  /**
   * Streams the upload into the file store (never whole in memory, never into a database value), then
   * writes the extract and its import job in one transaction. An upload refused or cut short leaves nothing.
   */
  async upload(actor: Actor, query: UploadExtractQuery, body: ReadableStream<Uint8Array> | Uint8Array, maxBytes: number): Promise<Extract> {
    const editor = requireRole(actor, 'editor');
    const file = await this.repos.extracts.storeFile(body, maxBytes);
    const request = { kind: 'osm.import-extract', input: { filename: query.filename } };
    const id = await this.records
      .start(actor, editor, extractRecord, { request, attachmentKey: file.key, detail: `${query.filename}, ${file.bytes} bytes` }, (trx, jobId) =>
        this.repos.extracts.insert({ ownerOrgId: editor.orgId, filename: query.filename, file, dataDate: query.dataDate ?? null, jobId, createdBy: editor.userId }, trx),
      )
      .catch(async (error: unknown) => {
        await this.repos.extracts.discardFile(file.key);
        throw error;
      });
    return this.records.view(this.source, id, 'owner');
  }

  async list(actor: Actor): Promise<Extract[]> {
    const visible = await this.access.listVisible(actor, 'extract', (orgId, ids) => this.repos.extracts.listVisible(orgId, ids));
    return visible.map(({ row, access }) => this.toExtract(row, access));
  }

  get(actor: Actor, id: string): Promise<Extract> {
    return this.records.get(actor, this.source, id);
  }

  /** The map layers of the extract (GeoJSON text); `extract_not_ready` until the import has finished. */
  layers(actor: Actor, id: string): Promise<string> {
    return this.records.stored(actor, extractRecord, id, 'layers', 'extract_not_ready');
  }

  /** The layers of an extract whose access was checked by the caller (a site's map). */
  layersOf(id: string): Promise<string> {
    return this.records.storedChecked(extractRecord, id, 'layers', 'extract_not_ready');
  }

  /** Only the owner deletes; sites registered from it stay (they keep their outline and area). */
  async delete(actor: Actor, id: string): Promise<void> {
    const fileKey = await this.repos.extracts.fileKeyOf(id);
    await this.records.delete(actor, extractRecord, id);
    if (fileKey) await this.repos.extracts.discardFile(fileKey);
  }

  private readonly source: RecordSource<ExtractRow, Extract> = {
    definition: extractRecord,
    find: (id) => this.repos.extracts.find(id),
    view: (row, access) => this.toExtract(row, access),
  };

  private toExtract(row: ExtractRow, access: Extract['access']): Extract {
    return { ...jobRecordView(row, access), filename: row.filename, bytes: row.bytes, dataDate: row.dataDate, candidates: row.candidates ?? [] };
  }
}
