import type { SiteCandidate, SiteCategory } from '@pactesur/contracts';
import type { Config } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { importExtractBytes } from '../jobs/kinds/import-extract.ts';
import { createRepositories } from '../repositories/index.ts';

export interface ImportSiteFile {
  readonly database: Config['database'];
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
    const repos = createRepositories(handle.db);
    const org = await repos.orgs.findBySlug(input.orgSlug);
    if (!org) throw new ImportRefused(`no organisation with slug "${input.orgSlug}"`);
    const extractId = await repos.extracts.insert({
      ownerOrgId: org.id,
      filename: input.filename,
      data: input.bytes,
      dataDate: input.dataDate ?? null,
      jobId: null,
      createdBy: null,
    });
    await repos.extracts.settle(extractId, null, imported);
    const siteId = await repos.sites.insert({
      ownerOrgId: org.id,
      extractId,
      name: candidate.name,
      category: input.category ?? candidate.category,
      outline: candidate.outline,
      centre: candidate.centre,
      walkableAreaM2: candidate.walkableAreaM2,
      typicalOccupancy: null,
      eventOccupancy: null,
      notes: '',
      createdBy: null,
    });
    for (const [kind, id] of [['extract', extractId], ['site', siteId]] as const) {
      await repos.audit.append({ action: 'create', record_kind: kind, record_id: id, owner_org_id: org.id, detail: 'pactesur sites import' });
    }
    return { extractId, siteId, candidate };
  } finally {
    await handle.close();
  }
}
