import type { SiteCandidate, SiteCategory } from '@pactesur/contracts';
import type { Config } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { FileStore } from '../files/file-store.ts';
import { importExtractBytes, type ImportedExtract } from '../jobs/kinds/import-extract.ts';
import { createRepositories, type Repositories } from '../repositories/index.ts';

export interface ImportSiteFile {
  readonly database: Config['database'];
  /** The file store's directory (`FILES_DIR`): the extract's file is kept there. */
  readonly filesDir: string;
  readonly orgSlug: string;
  readonly filename: string;
  readonly bytes: Uint8Array;
  /** The suggested public space to register, by name (case and accents ignored). */
  readonly name: string;
  readonly category?: SiteCategory;
  readonly dataDate?: string;
}

/** A refusal of the operator's input (unknown organisation, no such public space, unreadable file). */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly candidates: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Imports an extract straight into the register (no server, no job: the operator's machine does the work)
 * and registers the suggested public space called `name`, for the organisation `orgSlug`. Audited as
 * done by the command line.
 */
export async function importSiteFile(input: ImportSiteFile): Promise<{ extractId: string; siteId: string; candidate: SiteCandidate }> {
  const imported = await importExtractBytes(input.bytes, input.filename).catch((error: unknown) => {
    throw new ImportRefused(error instanceof Error ? error.message : String(error));
  });
  const wanted = fold(input.name);
  const candidate = imported.candidates.find((c) => fold(c.name) === wanted);
  if (!candidate) {
    throw new ImportRefused(
      `no public space called "${input.name}" in ${input.filename}`,
      imported.candidates.map((c) => `${c.name} (${c.category}, ${c.walkableAreaM2} m²)`),
    );
  }
  const handle = await connectDatabase(input.database);
  try {
    await migrateToLatest(handle.db);
    const repos = createRepositories(handle.db, await FileStore.open(input.filesDir));
    const org = await repos.orgs.findBySlug(input.orgSlug);
    if (!org) throw new ImportRefused(`no organisation with slug "${input.orgSlug}"`);
    const { extractId, siteId } = await registerImportedSite(repos, {
      orgId: org.id,
      filename: input.filename,
      bytes: input.bytes,
      dataDate: input.dataDate ?? null,
      imported,
      candidate,
      category: input.category,
      detail: 'pactesur sites import',
    });
    return { extractId, siteId, candidate };
  } finally {
    await handle.close();
  }
}

/**
 * Stores an extract imported outside the job system, with its import result, and registers one of its
 * suggested public spaces as a site of `orgId`; both creations are audited with `detail`.
 */
export async function registerImportedSite(
  repos: Repositories,
  input: {
    readonly orgId: string;
    readonly filename: string;
    readonly bytes: Uint8Array;
    readonly dataDate: string | null;
    readonly imported: ImportedExtract;
    readonly candidate: SiteCandidate;
    /** The site's name; default: the candidate's. */
    readonly name?: string;
    readonly category?: SiteCategory;
    readonly typicalOccupancy?: number | null;
    readonly eventOccupancy?: number | null;
    readonly notes?: string;
    readonly detail: string;
  },
): Promise<{ extractId: string; siteId: string }> {
  const file = await repos.extracts.storeFile(input.bytes);
  const extractId = await repos.extracts
    .insert({ ownerOrgId: input.orgId, filename: input.filename, file, dataDate: input.dataDate, jobId: null, createdBy: null })
    .catch(async (error: unknown) => {
      await repos.extracts.discardFile(file.key);
      throw error;
    });
  await repos.extracts.writeImport(extractId, input.imported);
  const { candidate } = input;
  const siteId = await repos.sites.insert({
    ownerOrgId: input.orgId,
    extractId,
    name: input.name ?? candidate.name,
    category: input.category ?? candidate.category,
    outline: candidate.outline,
    centre: candidate.centre,
    walkableAreaM2: candidate.walkableAreaM2,
    typicalOccupancy: input.typicalOccupancy ?? null,
    eventOccupancy: input.eventOccupancy ?? null,
    notes: input.notes ?? '',
    createdBy: null,
  });
  for (const [kind, id] of [['extract', extractId], ['site', siteId]] as const) {
    await repos.audit.append({ action: 'create', record_kind: kind, record_id: id, owner_org_id: input.orgId, detail: input.detail });
  }
  return { extractId, siteId };
}
