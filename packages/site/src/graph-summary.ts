import { EdgeFlag } from './edge-flags.ts';
import { EDGE_CLASSES } from './highway-class.ts';
import type { SiteModel } from './site-model.ts';

/** A compact, stable digest of a site's traversable graph and barriers (golden files, CLI output). */
export interface GraphSummary {
  readonly nodes: number;
  readonly directedEdges: number;
  /** Per class: undirected segment count and total length in metres (0.1 m). */
  readonly byClass: Readonly<Record<string, { readonly segments: number; readonly lengthM: number }>>;
  readonly segmentsWithWidth: number;
  readonly onewaySegments: number;
  readonly restrictedSegments: number;
  readonly runInSegments: number;
  readonly segmentsCrossingBarrier: number;
  readonly barriers: Readonly<Record<string, number>>;
  readonly barrierNodesOnGraph: number;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * Summarises a site model's graph (each undirected segment counted once).
 *
 * @example
 * summariseGraph(site).byClass.footway?.lengthM;
 */
export function summariseGraph(site: SiteModel): GraphSummary {
  const g = site.graph;
  const byClass: Record<string, { segments: number; lengthM: number }> = {};
  let withWidth = 0,
    oneway = 0,
    restricted = 0,
    runIn = 0,
    crossing = 0;
  for (let v = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
      if ((g.targets[e] as number) < v || ((g.targets[e] as number) === v && (g.reverse[e] as number) < e))
        continue;
      const name = EDGE_CLASSES[g.edgeClass[e] as number] ?? 'other';
      const c = (byClass[name] ??= { segments: 0, lengthM: 0 });
      c.segments++;
      c.lengthM += g.lengthM[e] as number;
      const f = g.flags[e] as number;
      if (!Number.isNaN(g.widthM[e])) withWidth++;
      if (f & (EdgeFlag.ONEWAY | EdgeFlag.AGAINST_ONEWAY)) oneway++;
      if (f & EdgeFlag.ACCESS_RESTRICTED) restricted++;
      if (f & EdgeFlag.AREA_RUN_IN) runIn++;
      if (f & EdgeFlag.CROSSES_BARRIER) crossing++;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(byClass)
      .sort()
      .map((k) => [k, { segments: byClass[k]?.segments ?? 0, lengthM: round1(byClass[k]?.lengthM ?? 0) }]),
  );
  const barriers: Record<string, number> = {};
  for (const b of site.barriers)
    barriers[`${b.kind}:${b.source.type}`] = (barriers[`${b.kind}:${b.source.type}`] ?? 0) + 1;
  return {
    nodes: g.nodeCount,
    directedEdges: g.edgeCount,
    byClass: sorted,
    segmentsWithWidth: withWidth,
    onewaySegments: oneway,
    restrictedSegments: restricted,
    runInSegments: runIn,
    segmentsCrossingBarrier: crossing,
    barriers: Object.fromEntries(
      Object.keys(barriers)
        .sort()
        .map((k) => [k, barriers[k] ?? 0]),
    ),
    barrierNodesOnGraph: site.stats.barrierLinks.nodesWithBarrier,
  };
}
