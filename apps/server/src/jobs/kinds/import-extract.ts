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

/** An import as the job returns it: the map layers already as JSON text (see `importExtract`). */
export type ImportedExtractResult = Omit<ImportedExtract, 'layers'> & { readonly layers: string };

/**
 * `osm.import-extract`: imports the uploaded extract (the job's attachment). An unreadable extract fails
 * the job with the first error diagnostic as its reason. Started by the register only.
 * The map layers leave the job thread as JSON text: a string crosses to the thread serving HTTP as one
 * copy, where the layers of a whole town as objects took seconds to rebuild there, and to stringify.
 */
export const importExtract = defineJobKind({
  name: 'osm.import-extract',
  internal: true,
  input: z.strictObject({ filename: z.string().min(1).max(200) }),
  run: async ({ filename }, ctx): Promise<ImportedExtractResult> => {
    const imported = await importExtractBytes(ctx.attachment ?? new Uint8Array(0), filename, ctx);
    return { ...imported, layers: JSON.stringify(imported.layers) };
  },
});
