import { ResultMismatch, type JobRecordDefinition } from './record-kind.ts';

/** What an import computes of an extract (the job kind `osm.import-extract` returns it). */
export interface ExtractImport {
  readonly summary: unknown;
  readonly diagnostics: unknown;
  readonly candidates: unknown;
  readonly layers: unknown;
}

/** Imported OpenStreetMap extracts: the summary, the diagnostics, the suggested sites and the map layers. */
export const extractRecord: JobRecordDefinition = {
  kind: 'extract',
  table: 'extracts',
  jobKind: 'osm.import-extract',
  nameColumn: 'filename',
  settledColumn: 'summary',
  async settle(db, id, value) {
    const imported = value as ExtractImport | null;
    if (!imported?.summary) throw new ResultMismatch('the import has no summary');
    await writeImport(db, id, imported);
    return { extractId: id, summary: imported.summary };
  },
};

/** Writes an import into its extract, once (an extract whose summary is set keeps it). */
export async function writeImport(db: Parameters<JobRecordDefinition['settle']>[0], id: string, imported: ExtractImport): Promise<void> {
  await db
    .updateTable('extracts')
    .set({
      summary: JSON.stringify(imported.summary),
      diagnostics: JSON.stringify(imported.diagnostics),
      candidates: JSON.stringify(imported.candidates),
      // The job hands the layers over as JSON text already; an import made on this thread, as objects.
      layers: typeof imported.layers === 'string' ? imported.layers : JSON.stringify(imported.layers),
    })
    .where('id', '=', id)
    .where('summary', 'is', null)
    .execute();
}
