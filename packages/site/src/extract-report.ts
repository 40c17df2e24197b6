import type { Diagnostic, OsmReadResult } from '@pactesur/osm';
import { buildSiteModel } from './build-site-model.ts';
import type { SiteModel } from './site-model.ts';
import { summariseGraph } from './graph-summary.ts';

/** What an extract holds: counts, the site model's figures and every diagnostic (`pactesur osm inspect`, site import). */
export interface OsmInspectReport {
  readonly file: string;
  readonly format: OsmReadResult['format'];
  readonly bytes: number;
  readonly ok: boolean;
  readonly counts: {
    readonly nodes: number;
    readonly ways: number;
    readonly relations: number;
    readonly missingNodeRefs: number;
    /** The rest needs a readable extract; null otherwise. */
    readonly walkableAreaM2: number | null;
    readonly traversableNodes: number | null;
    /** Undirected segments of the traversable graph (the CSR holds each twice, once per direction). */
    readonly traversableEdges: number | null;
    readonly barriers: number | null;
  };
  readonly diagnosticCounts: Readonly<Record<string, number>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Turns a read result (and, when readable, its site model, built here unless given) into the report.
 *
 * @example
 * const report = inspectReport('breda.osm', await readOsm(bytes));
 * report.counts.walkableAreaM2;
 */
export function inspectReport(file: string, r: OsmReadResult, model?: SiteModel | null): OsmInspectReport {
  const site = model !== undefined ? model : r.ok ? buildSiteModel(r.data, r.diagnostics) : null;
  const summary = site ? summariseGraph(site) : null;
  return {
    file,
    format: r.format,
    bytes: r.bytesRead,
    ok: r.ok,
    counts: {
      nodes: r.data.nodeCount,
      ways: r.data.ways.length,
      relations: r.data.relations.length,
      missingNodeRefs: r.data.missingNodeRefs,
      walkableAreaM2: site ? Math.round(site.walkableAreaM2) : null,
      traversableNodes: summary ? summary.nodes : null,
      traversableEdges: summary ? summary.directedEdges / 2 : null,
      barriers: site ? site.barriers.length : null,
    },
    diagnosticCounts: r.diagnostics.counts(),
    diagnostics: r.diagnostics.list(),
  };
}

