import { MAX_EXTRACT_ELEMENTS } from '@pactesur/contracts';
import { runExtractImport, type ImportedExtract } from '@pactesur/site';
import { z } from 'zod';
import { defineJobKind, progressOf } from './job-kind.ts';

export type { ImportedExtract } from '@pactesur/site';

/** Thrown for an extract that cannot become a site map: the message says why. */
export class ExtractImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractImportError';
  }
}

/**
 * Imports an extract with the site package's `runExtractImport`, at most `MAX_EXTRACT_ELEMENTS` elements
 * (a larger one stops early), an unusable one thrown as an {@link ExtractImportError}. Shared by the `osm.import-extract` job, `pactesur sites import` and the demo.
 */
export async function importExtractBytes(
  bytes: Uint8Array,
  filename: string,
  ctx: { progress(fraction: number, message?: string): void; readonly signal?: AbortSignal } = { progress: () => undefined },
): Promise<ImportedExtract> {
  const imported = await runExtractImport(bytes, filename, { onProgress: progressOf(ctx), limits: { maxElements: MAX_EXTRACT_ELEMENTS } });
  if (!imported.ok) throw new ExtractImportError(imported.error.message);
  return imported.value;
}

/**
 * `osm.import-extract`: imports the uploaded extract (the job's attachment). An unreadable extract fails
 * the job with the first error diagnostic as its reason. Started by the register only.
 */
export const importExtract = defineJobKind({
  name: 'osm.import-extract',
  internal: true,
  input: z.strictObject({ filename: z.string().min(1).max(200) }),
  run: ({ filename }, ctx): Promise<ImportedExtract> => importExtractBytes(ctx.attachment ?? new Uint8Array(0), filename, ctx),
});
