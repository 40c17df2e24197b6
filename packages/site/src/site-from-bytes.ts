import type { ProgressCallback } from '@pactesur/geo';
import { readOsm, type OsmReadResult, type OsmSource, type ReadLimits } from '@pactesur/osm';
import { buildSiteModel, type SiteModelOptions } from './build-site-model.ts';
import type { SiteModel } from './site-model.ts';

/** Options of {@link siteModelFromBytes}: the reader's limits, the model's options, and progress. */
export interface SiteFromBytesOptions extends SiteModelOptions {
  readonly limits?: Partial<ReadLimits>;
  /**
   * Told when reading starts (0, `reading the extract`), when building starts (`building the site model`)
   * and when the model is built (1). A callback that throws stops the work; the error comes out.
   */
  readonly onProgress?: ProgressCallback;
}

/** A readable extract: what {@link readOsm} read, and its site model (its problems added to the diagnostics). */
export interface SiteRead extends OsmReadResult {
  readonly ok: true;
  readonly model: SiteModel;
}

/** An extract that cannot be read: what was read before the problem, and the first error in words. */
export interface SiteUnread extends OsmReadResult {
  readonly ok: false;
  readonly model: null;
  /** The first error diagnostic's message (e.g. `the input is neither OSM XML nor OSM PBF`). */
  readonly problem: string;
}

/** What {@link siteModelFromBytes} returns. */
export type SiteFromBytes = SiteRead | SiteUnread;

/** Where the analyses take a site from: an extract's bytes (or chunks), or an extract already read. */
export type SiteSource = OsmSource | SiteRead;

/** Reading is about this share of the work of a whole extract; building the model the rest. */
const READ_SHARE = 0.4;

/**
 * The one pipeline from an OpenStreetMap extract to its {@link SiteModel}: reads it (XML or PBF, from bytes
 * or a chunk stream) and builds the model. An extract with an error diagnostic has no model: the result
 * says why (`problem`) and keeps every diagnostic. Never throws for bad input.
 *
 * @example
 * const site = await siteModelFromBytes(bytes);
 * if (!site.ok) console.error(site.problem);
 * else site.model.graph.edgeCount;
 */
export async function siteModelFromBytes(source: OsmSource, options: SiteFromBytesOptions = {}): Promise<SiteFromBytes> {
  const { limits, onProgress, ...modelOptions } = options;
  onProgress?.(0, 'reading the extract');
  const read = await readOsm(source, limits ? { limits } : {});
  if (!read.ok) {
    const first = read.diagnostics.list().find((d) => d.severity === 'error');
    return { ...read, ok: false, model: null, problem: first?.message ?? 'not an OpenStreetMap extract' };
  }
  onProgress?.(READ_SHARE, 'building the site model');
  const model = buildSiteModel(read.data, read.diagnostics, modelOptions);
  onProgress?.(1, 'site model built');
  return { ...read, ok: true, model };
}

/**
 * The site of a {@link SiteSource}: an extract already read as it is, bytes through
 * {@link siteModelFromBytes}. Lets an analysis take either, so that a caller running several analyses of
 * one site reads it once.
 *
 * @example
 * const site = await siteFrom(bytesOrRead);
 */
export async function siteFrom(source: SiteSource, options: SiteFromBytesOptions = {}): Promise<SiteFromBytes> {
  if (isSiteRead(source)) {
    options.onProgress?.(1, 'site model built');
    return source;
  }
  return siteModelFromBytes(source, options);
}

function isSiteRead(source: SiteSource): source is SiteRead {
  return !(source instanceof Uint8Array) && 'model' in source && source.model !== null;
}
