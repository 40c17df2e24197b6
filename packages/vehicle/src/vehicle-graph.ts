import {
  DEFAULT_SIDEWALK_M,
  DEFAULT_WIDTH_M,
  EDGE_CLASSES,
  type Barrier,
  type SiteModel,
  type TraversableGraph,
} from '@pactesur/site';
import { alongCurves } from './curve-radius.ts';
import { measureGaps } from './measure-gaps.ts';
import { turnRadii, type TurnRadii } from './turn-radius.ts';
import type { VehicleClass } from './vehicle-class.ts';

/**
 * Road classes whose footways are mountable and widen the corridor: the carriageway classes, which
 * `EDGE_CLASSES` lists first, from `motorway` to `busway` (footways, paths, tram and open areas follow).
 */
const ROAD_CLASSES = new Set<string>(EDGE_CLASSES.slice(0, EDGE_CLASSES.indexOf('busway') + 1));

/**
 * The class-independent part of the vehicle graph (HVM.md §1), compiled once per site: each edge's
 * source, unit heading and corridor width w = carriageway (tagged, else the class default) + mountable
 * footway (tagged sidewalk widths, else two default sidewalks along roads), and the turning radii of
 * every transition through a node (`TurnRadii`, ADR 0302). Legal restrictions (one-way, access) are
 * ignored; steps are not in the site graph at all.
 */
export interface VehicleGraph extends TurnRadii {
  readonly graph: TraversableGraph;
  readonly barriers: readonly Barrier[];
  readonly source: Uint32Array;
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  readonly corridorM: Float32Array;
  /** Narrowest measured gap (m) between barriers and buildings the edge passes through; Infinity if none. */
  readonly gapM: Float32Array;
  /** Radius (m) of the curve at the end of each edge along its way (a view of `turnR`); NaN otherwise. */
  readonly curveR: Float64Array;
  /** The next segment of the same way after each edge, or -1. */
  readonly alongNext: Int32Array;
}

/**
 * Compiles the {@link VehicleGraph} of a site model.
 *
 * @example
 * const vg = compileVehicleGraph(site);
 * vg.corridorM[0]; // metres
 */
export function compileVehicleGraph(
  site: Pick<SiteModel, 'graph' | 'barriers'> & Partial<Pick<SiteModel, 'obstacles'>>,
): VehicleGraph {
  const g = site.graph;
  const m = g.edgeCount;
  const source = new Uint32Array(m);
  const ux = new Float64Array(m);
  const uy = new Float64Array(m);
  const corridorM = new Float32Array(m);
  for (let v = 0; v < g.nodeCount; v++) {
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
      source[e] = v;
      const w = g.targets[e] as number;
      const dx = (g.x[w] as number) - (g.x[v] as number);
      const dy = (g.y[w] as number) - (g.y[v] as number);
      const len = Math.hypot(dx, dy);
      ux[e] = len > 0 ? dx / len : 0;
      uy[e] = len > 0 ? dy / len : 0;
      corridorM[e] = corridorWidth(g, e);
    }
  }
  const gapM = measureGaps(site, source);
  const turns = turnRadii(g, source, ux, uy, corridorM);
  const { alongNext, curveR } = alongCurves(g, turns);
  return { graph: g, barriers: site.barriers, source, ux, uy, corridorM, gapM, alongNext, curveR, ...turns };
}

function corridorWidth(g: TraversableGraph, e: number): number {
  const cls = EDGE_CLASSES[g.edgeClass[e] as number] ?? 'other';
  const tagged = g.widthM[e] as number;
  const carriageway = Number.isNaN(tagged) ? DEFAULT_WIDTH_M[cls] : tagged;
  const sidewalk = g.sidewalkM[e] as number;
  const footway = !Number.isNaN(sidewalk) ? sidewalk : ROAD_CLASSES.has(cls) ? 2 * DEFAULT_SIDEWALK_M : 0;
  return carriageway + footway;
}

/**
 * Whether a barrier stops a vehicle `widthM` wide (HVM.md §1): bollards, blocks, walls, fences and raised
 * kerbs stop it when the body width + 0.1 m exceeds the tagged gap (no gap tagged: no gap). Gates,
 * lowered or untagged kerbs and other barriers do not stop it (an attacker rams or opens them).
 *
 * @example
 * barrierStops({ kind: 'bollard', gapM: 2.4, kerb: null }, 1.8); // false
 */
export function barrierStops(b: Pick<Barrier, 'kind' | 'gapM' | 'kerb'>, widthM: number): boolean {
  switch (b.kind) {
    case 'bollard':
    case 'block':
    case 'wall':
    case 'fence':
      return b.gapM === null || widthM + 0.1 > b.gapM;
    case 'kerb':
      return b.kerb === 'raised' && (b.gapM === null || widthM + 0.1 > b.gapM);
    case 'gate':
    case 'other':
      return false;
  }
}

/**
 * The edges a class may use: an edge is removed when a barrier line it crosses stops the class, or when
 * it passes through a measured gap narrower than body width + 0.1 m. (Barriers on nodes are
 * {@link blockedNodes}: they stop passing through the node, not starting beyond it.)
 *
 * @example
 * const allowed = allowedEdges(vg, car); // 1 = usable
 */
export function allowedEdges(vg: VehicleGraph, c: VehicleClass): Uint8Array {
  const g = vg.graph;
  const stops = vg.barriers.map((b) => barrierStops(b, c.widthM));
  const out = new Uint8Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    const b = g.edgeBarrier[e] as number;
    out[e] = (b >= 0 && (stops[b] ?? false)) || c.widthM + 0.1 > (vg.gapM[e] as number) ? 0 : 1;
  }
  return out;
}

/**
 * The nodes a class cannot drive through: those carrying a barrier (bollard, raised kerb …) that stops it.
 *
 * @example
 * const blocked = blockedNodes(vg, artic); // 1 = stops here
 */
export function blockedNodes(vg: VehicleGraph, c: VehicleClass): Uint8Array {
  const g = vg.graph;
  const stops = vg.barriers.map((b) => barrierStops(b, c.widthM));
  const out = new Uint8Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    const b = g.nodeBarrier[v] as number;
    if (b >= 0 && (stops[b] ?? false)) out[v] = 1;
  }
  return out;
}
