import type { Extract, UploadExtractQuery } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { JobService } from '../jobs/job-service.ts';
import type { ImportedExtract } from '../jobs/kinds/import-extract.ts';
import { extractStatus, type ExtractRow } from '../repositories/extracts.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';

/**
 * Uploaded OpenStreetMap extracts. An upload stores the bytes and starts an `osm.import-extract` job;
 * when the job has succeeded, the first read moves its result (summary, suggestions, map layers) into the
 * extract. Extracts are owned records: the map of a place a city analyses is its business.
 */
export class ExtractService {
  constructor(
    private readonly repos: Repositories,
    private readonly access: AccessService,
    private readonly jobs: JobService,
  ) {
    access.register('extract', (id) => repos.extracts.ownerOf(id));
  }

  async upload(actor: Actor, query: UploadExtractQuery, data: Uint8Array): Promise<Extract> {
    const editor = requireRole(actor, 'editor');
    if (data.length === 0) throw new AppError('empty_upload');
    const job = await this.jobs.start(actor, { kind: 'osm.import-extract', input: { filename: query.filename } }, data);
    const id = await this.repos.extracts.insert({
      ownerOrgId: editor.orgId,
      filename: query.filename,
      data,
      dataDate: query.dataDate ?? null,
      jobId: job.id,
      createdBy: editor.userId,
    });
    await this.access.audit(actor, 'create', { kind: 'extract', recordId: id, ownerOrgId: editor.orgId, detail: `${query.filename}, ${data.length} bytes` });
    return this.view(actor, id, 'owner');
  }

  async list(actor: Actor): Promise<Extract[]> {
    const visible = await this.access.listVisible(actor, 'extract', (orgId, ids) => this.repos.extracts.listVisible(orgId, ids));
    return Promise.all(visible.map(({ row, access }) => this.toExtract(row, access)));
  }

  async get(actor: Actor, id: string): Promise<Extract> {
    const { access } = await this.access.read(actor, 'extract', id);
    return this.view(actor, id, access);
  }

  /** The map layers of the extract (GeoJSON text); `extract_not_ready` until the import has finished. */
  async layers(actor: Actor, id: string): Promise<string> {
    await this.access.read(actor, 'extract', id);
    return this.layersOf(id);
  }

  /** The layers of an extract whose access was checked by the caller (a site's map). */
  async layersOf(id: string): Promise<string> {
    const row = await this.repos.extracts.find(id);
    if (!row) throw new AppError('not_found');
    await this.settle(row);
    const json = await this.repos.extracts.layersJson(id);
    if (!json) throw new AppError('extract_not_ready');
    return json;
  }

  /** Only the owner deletes; sites registered from it stay (they keep their outline and area). */
  async delete(actor: Actor, id: string): Promise<void> {
    const { access, ownerOrgId } = await this.access.require(actor, 'extract', id, 'edit');
    if (access !== 'owner') throw new AppError('forbidden', 'Only the owner organisation deletes a record.');
    const row = await this.repos.extracts.find(id);
    if (row?.jobId && extractStatus(row) === 'processing') await this.jobs.cancel(actor, row.jobId).catch(() => undefined);
    await this.repos.shares.revokeAll('extract', id);
    await this.repos.extracts.delete(id);
    await this.access.audit(actor, 'delete', { kind: 'extract', recordId: id, ownerOrgId });
  }

  /** The extract with its candidates, for a caller whose access was already checked. */
  async view(_actor: Actor, id: string, access: Extract['access']): Promise<Extract> {
    const row = await this.repos.extracts.find(id);
    if (!row) throw new AppError('not_found');
    return this.toExtract(row, access);
  }

  private async toExtract(row: ExtractRow, access: Extract['access']): Promise<Extract> {
    const settled = (await this.settle(row)) ?? row;
    return {
      id: settled.id,
      ownerOrgId: settled.ownerOrgId,
      filename: settled.filename,
      bytes: settled.bytes,
      dataDate: settled.dataDate,
      createdAt: settled.createdAt.toISOString(),
      jobId: settled.jobId,
      status: extractStatus(settled),
      progress: settled.summary ? 1 : settled.jobProgress,
      error: settled.jobError,
      summary: settled.summary,
      candidates: settled.candidates ?? [],
      access,
    };
  }

  /** Moves a succeeded import's result into the extract (once); returns the updated row, if it changed. */
  private async settle(row: ExtractRow): Promise<ExtractRow | null> {
    if (row.summary || row.jobStatus !== 'succeeded') return null;
    const result = (await this.repos.extracts.pendingResult(row.id)) as ImportedExtract | null;
    if (result?.summary) await this.repos.extracts.settle(row.id, row.jobId, result);
    return (await this.repos.extracts.find(row.id)) ?? null;
  }
}
