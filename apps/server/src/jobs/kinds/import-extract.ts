import type { ExtractSummary, SiteCandidate, SiteCategory } from '@pactesur/contracts';
import type { PolygonLngLat } from '@pactesur/geo';
import { readOsm } from '@pactesur/osm';
import { buildSiteModel, inspectReport, mapLayers, suggestSites, type CandidateCategory, type MapLayers } from '@pactesur/site';
import { z } from 'zod';
import { defineJobKind, JobCancelledError } from './job-kind.ts';

/** What an import finds: the summary, the first diagnostics, the suggested sites and the map layers. */
export interface ImportedExtract {
  readonly summary: ExtractSummary;
  readonly diagnostics: readonly { severity: string; code: string; message: string }[];
  readonly candidates: readonly SiteCandidate[];
  readonly layers: MapLayers;
}

const CATEGORY: Readonly<Record<CandidateCategory, SiteCategory>> = {
  square: 'square',
  'pedestrian-area': 'pedestrian-area',
  'pedestrian-street': 'pedestrian-street',
  market: 'market',
  promenade: 'promenade',
  'station-forecourt': 'transport-hub',
};

const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
const closed = (ring: readonly (readonly [number, number])[]): [number, number][] => {
  const out = ring.map((p): [number, number] => [r7(p[0]), r7(p[1])]);
  const first = out[0];
  if (first) out.push([first[0], first[1]]);
  return out;
};

/** A list of polygons as GeoJSON MultiPolygon coordinates (closed rings, 7 decimals). */
export function toMultiPolygon(polygons: readonly PolygonLngLat[]): SiteCandidate['outline'] {
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => [closed(p.outer), ...p.holes.map(closed)]) };
}

/** Thrown for an extract that cannot become a site map: the message says why. */
export class ExtractImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractImportError';
  }
}

/**
 * Reads an extract, builds its site model, and returns the summary, the suggested public spaces and the
 * map layers. Shared by the `osm.import-extract` job and `pactesur sites import`.
 */
export async function importExtractBytes(
  bytes: Uint8Array,
  filename: string,
  ctx: { progress(fraction: number, message?: string): void; readonly signal?: AbortSignal } = { progress: () => undefined },
): Promise<ImportedExtract> {
  const check = () => {
    if (ctx.signal?.aborted) throw new JobCancelledError();
  };
  if (bytes.length === 0) throw new ExtractImportError(`${filename}: the file is empty`);
  ctx.progress(0.05, 'reading');
  const read = await readOsm(bytes);
  if (!read.ok) {
    const first = read.diagnostics.list().find((d) => d.severity === 'error');
    throw new ExtractImportError(`${filename} cannot be read: ${first?.message ?? 'not an OpenStreetMap extract'}`);
  }
  check();
  ctx.progress(0.35, 'building the site model');
  const site = buildSiteModel(read.data, read.diagnostics);
  if (site.graph.edgeCount === 0 && site.walkableAreaM2 === 0) throw new ExtractImportError(`${filename} has no streets and no walkable space`);
  check();
  ctx.progress(0.7, 'finding public spaces');
  const candidates = suggestSites(site, read.data).map(
    (c): SiteCandidate => ({
      name: c.name,
      category: CATEGORY[c.category],
      walkableAreaM2: Math.round(c.walkableAreaM2),
      outline: toMultiPolygon(c.outline),
      centre: [r7(c.centre[0]), r7(c.centre[1])],
      osm: [...c.osm],
    }),
  );
  ctx.progress(0.85, 'drawing the map layers');
  const layers = mapLayers(read.data);
  const report = inspectReport(filename, read, site);
  ctx.progress(1, `${candidates.length} public spaces found`);
  return {
    summary: {
      format: report.format,
      nodes: report.counts.nodes,
      ways: report.counts.ways,
      relations: report.counts.relations,
      missingNodeRefs: report.counts.missingNodeRefs,
      walkableAreaM2: report.counts.walkableAreaM2,
      traversableEdges: report.counts.traversableEdges,
      barriers: report.counts.barriers,
      bounds: read.data.bounds ? [...read.data.bounds] : null,
      diagnosticCounts: report.diagnosticCounts,
    },
    diagnostics: report.diagnostics.slice(0, 100).map((d) => ({ severity: d.severity, code: d.code, message: d.message })),
    candidates,
    layers,
  };
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
