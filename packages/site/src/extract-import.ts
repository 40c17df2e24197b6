import type { ExtractSummary, MultiPolygon, SiteCandidate as StoredCandidate, SiteCategory } from '@pactesur/contracts';
import { err, ok, progressPart, type PolygonLngLat, type ProgressCallback, type Result } from '@pactesur/geo';
import type { OsmSource, ReadLimits } from '@pactesur/osm';
import { inspectReport } from './extract-report.ts';
import { mapLayers, type MapLayers } from './map-layers.ts';
import { siteModelFromBytes } from './site-from-bytes.ts';
import { suggestSites, type CandidateCategory } from './suggest-sites.ts';

/** What an import finds: the summary, the first diagnostics, the suggested sites and the map layers. */
export interface ImportedExtract {
  readonly summary: ExtractSummary;
  readonly diagnostics: readonly { severity: string; code: string; message: string }[];
  readonly candidates: readonly StoredCandidate[];
  readonly layers: MapLayers;
}

/** Why an extract cannot become a site map; `message` names the file and is the reason users see. */
export interface ExtractImportError {
  readonly code: 'empty' | 'unreadable' | 'no-space';
  readonly message: string;
}

/** How many diagnostics an import keeps verbatim (all are counted in the summary). */
export const IMPORT_DIAGNOSTICS_KEPT = 100;

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

/**
 * A list of polygons as GeoJSON MultiPolygon coordinates (closed rings, 7 decimals).
 *
 * @example
 * toMultiPolygon(candidate.outline).coordinates[0]?.[0]?.length;
 */
export function toMultiPolygon(polygons: readonly PolygonLngLat[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => [closed(p.outer), ...p.holes.map(closed)]) };
}

/**
 * Imports an extract: reads it, builds its site model, and returns the summary, the suggested public spaces
 * (in the register's categories, outlines to 7 decimals) and the map layers. Refuses an empty file, an
 * unreadable one (with the first error) and one with no streets and no walkable space. The entry of the
 * `osm.import-extract` job, `pactesur sites import` and the demo's sites.
 *
 * @example
 * const r = await runExtractImport(bytes, 'breda.osm');
 * if (r.ok) r.value.candidates.map((c) => c.name);
 */
export async function runExtractImport(
  source: OsmSource,
  filename: string,
  options: { readonly onProgress?: ProgressCallback; readonly limits?: Partial<ReadLimits> } = {},
): Promise<Result<ImportedExtract, ExtractImportError>> {
  const progress = options.onProgress;
  if (source instanceof Uint8Array && source.length === 0) return err({ code: 'empty', message: `${filename}: the file is empty` });
  const site = await siteModelFromBytes(source, { onProgress: progressPart(progress, 0.05, 0.7), ...(options.limits ? { limits: options.limits } : {}) });
  if (!site.ok) return err({ code: 'unreadable', message: `${filename} cannot be read: ${site.problem}` });
  const { model, data } = site;
  if (model.graph.edgeCount === 0 && model.walkableAreaM2 === 0)
    return err({ code: 'no-space', message: `${filename} has no streets and no walkable space` });
  progress?.(0.7, 'finding public spaces');
  const candidates = suggestSites(model, data).map(
    (c): StoredCandidate => ({
      name: c.name,
      category: CATEGORY[c.category],
      walkableAreaM2: Math.round(c.walkableAreaM2),
      outline: toMultiPolygon(c.outline),
      centre: [r7(c.centre[0]), r7(c.centre[1])],
      osm: [...c.osm],
    }),
  );
  progress?.(0.85, 'drawing the map layers');
  const layers = mapLayers(data);
  const report = inspectReport(filename, site, model);
  progress?.(1, `${candidates.length} public spaces found`);
  return ok({
    summary: {
      format: report.format,
      nodes: report.counts.nodes,
      ways: report.counts.ways,
      relations: report.counts.relations,
      missingNodeRefs: report.counts.missingNodeRefs,
      walkableAreaM2: report.counts.walkableAreaM2,
      traversableEdges: report.counts.traversableEdges,
      barriers: report.counts.barriers,
      bounds: data.bounds ? [...data.bounds] : null,
      diagnosticCounts: report.diagnosticCounts,
    },
    diagnostics: report.diagnostics
      .slice(0, IMPORT_DIAGNOSTICS_KEPT)
      .map((d) => ({ severity: d.severity, code: d.code, message: d.message })),
    candidates,
    layers,
  });
}
