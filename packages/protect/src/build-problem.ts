import type { BarrierProduct } from '@pactesur/barriers';
import type { ProgressCallback } from '@pactesur/geo';
import {
  allowedEdges,
  blockedNodes,
  networkEntryEdges,
  searchThreat,
  SpeedTable,
  transitionCaps,
  type SearchStarts,
  type VehicleClass,
  type VehicleGraph,
  type ZoneCut,
} from '@pactesur/vehicle';
import type { CandidateLine, ClassStateGraph, CutProblem, StateArc } from './cut-problem.ts';
import { emergencyRoutes } from './emergency-routes.ts';
import { lineOptions, passSpeed, pruneOptions, type PlanOption, type SpeedReduction } from './plan-options.ts';
import { bandOf, bandTop } from './speed-bins.ts';

/** How far around the zone the plan looks (m): lines go near it, the state graph a little further. */
export interface PlanReach {
  /** Candidate lines at edge starts within this distance of the perimeter (default 40 m; ADR 0404). */
  readonly linesM?: number;
  /**
   * The state graph covers edges starting within this distance (default 60 m). No line stands further
   * out, and a vehicle coming in from beyond it comes at its unprotected speed — the most it can have —
   * so a wider graph only adds the rare way out and back in (ADR 0404).
   */
  readonly graphM?: number;
}

export interface PlanInput {
  readonly vg: VehicleGraph;
  readonly cut: ZoneCut;
  /** The box the extract was cut to (roads leaving it are entries at traffic speed), if known. */
  readonly clip: Parameters<typeof networkEntryEdges>[1];
  readonly classes: readonly VehicleClass[];
  readonly catalogue: readonly BarrierProduct[];
  readonly reductions: readonly SpeedReduction[];
  /** Nodes of emergency stations (fire, ambulance, police), each with a name. */
  readonly stations: readonly { readonly name: string; readonly node: number }[];
  readonly reach?: PlanReach;
  /** Option ids kept on every line even where another option beats them (the user's locks). */
  readonly keep?: ReadonlySet<string>;
  /** Nodes where a run-up may start at rest (`roadStandstill`); absent: every node outside the zone. */
  readonly standstill?: Uint8Array | null;
  /** Told after each class's state graph is built. */
  readonly onProgress?: ProgressCallback;
}

/** The programme and what its indices mean on the map. */
export interface BuiltProblem {
  readonly problem: CutProblem;
  /** The (first) directed edge each line sits across, and each line's width (m). */
  readonly lineEdge: readonly number[];
  readonly lineWidthM: readonly number[];
  /** What each line is: across a perimeter gap, across the start of an edge, or across the start of a long edge into the zone. */
  readonly lineKind: readonly LineKind[];
  /** Lines on a cycle route: their permeable layout keeps an accessible gap (HVM.md §5). */
  readonly lineCycle: readonly boolean[];
  /** The line across the start of each directed edge, or across the perimeter for an edge into the zone (-1: none). */
  readonly lineOf: Int32Array;
  /** For an edge into the zone that runs on for more than `HEAD_LINE_M` before the perimeter: the line across its start (-1: none). */
  readonly headLineOf: Int32Array;
  /** The options of each line, as products or speed reductions. */
  readonly lineOptions: readonly (readonly PlanOption[])[];
  /** Classes that cannot reach the zone at all (no constraint needed). */
  readonly unreached: readonly string[];
}

/** Shortest distance (m) from a point to the perimeter segments, 0 inside the zone. */
function distanceToZone(cut: ZoneCut, x: number, y: number, inside: boolean): number {
  if (inside) return 0;
  let best = Infinity;
  for (const [a, b] of cut.segments) {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy)));
  }
  return best;
}

const PEDESTRIAN_FREE = new Set(['motorway', 'motorway_link', 'trunk', 'trunk_link']);

/** Where a line stands: across a gap of the perimeter, across an edge's start, or across the start of a long edge into the zone. */
export type LineKind = 'gap' | 'edge' | 'head';

/**
 * An edge into the zone that runs this far (m) before the perimeter also gets a line across its start:
 * on a long open-area edge the vehicle would otherwise reach the perimeter line at the full speed of the run.
 */
export const HEAD_LINE_M = 10;

/** Edges into the zone that meet the perimeter this close to each other (m) share one barrier line. */
export const GAP_JOIN_M = 2;

/**
 * The protection programme of HVM.md §5 for one zone: candidate lines across the start of every edge near
 * the perimeter, with every catalogue product and speed reduction as options; per design-basis class the
 * speed-expanded state graph of the approaches (5 km/h bands, clamped by the exact unprotected speeds);
 * per emergency station a route of one unit of flow to the zone.
 */
export function buildProblem(input: PlanInput, edgeClassOf: (e: number) => string): BuiltProblem {
  const { vg, cut } = input;
  const g = vg.graph;
  const linesM = input.reach?.linesM ?? 40;
  const graphM = input.reach?.graphM ?? 60;
  const dist = new Float64Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) dist[v] = distanceToZone(cut, g.x[v] as number, g.y[v] as number, cut.inside[v] === 1);
  const inRegion = (v: number) => (dist[v] as number) <= graphM && !cut.inside[v];

  // Candidate lines: one across each gap of the perimeter (the edges into the zone that meet it within
  // a couple of metres of each other share it — the run-in edges of an open area fan out from one point),
  // and one across the start of every other edge from outside the zone that starts near it.
  const lineOf = new Int32Array(g.edgeCount).fill(-1);
  const headLineOf = new Int32Array(g.edgeCount).fill(-1);
  const lineEdge: number[] = [];
  const lineWidthM: number[] = [];
  const lineKind: LineKind[] = [];
  const lineCycle: boolean[] = [];
  const optionsOf: PlanOption[][] = [];
  const lines: CandidateLine[] = [];
  const addLine = (edges: readonly number[], widthM: number, kind: LineKind) => {
    const e = edges[0] as number;
    const options = pruneOptions(lineOptions(input.catalogue, input.reductions, widthM), input.keep);
    for (const x of edges) (kind === 'head' ? headLineOf : lineOf)[x] = lines.length;
    lineEdge.push(e);
    lineWidthM.push(widthM);
    lineKind.push(kind);
    optionsOf.push(options);
    lines.push({
      id: `${kind}-${e}`,
      options: options.map((o) => o.option),
      pedestrian: edges.some((x) => !PEDESTRIAN_FREE.has(edgeClassOf(x))),
    });
    lineCycle.push(edges.some((x) => edgeClassOf(x) === 'cycleway'));
  };
  const crossing: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const s = vg.source[e] as number;
    if (cut.inside[s]) continue;
    if (!Number.isNaN(cut.crossT[e])) {
      crossing.push(e);
      if ((cut.crossT[e] as number) * (g.lengthM[e] as number) > HEAD_LINE_M) addLine([e], vg.corridorM[e] as number, 'head');
    } else if ((dist[s] as number) <= linesM) addLine([e], vg.corridorM[e] as number, 'edge');
  }
  crossing.sort((a, b) => (cut.crossS[a] as number) - (cut.crossS[b] as number));
  for (let i = 0; i < crossing.length; ) {
    const group = [crossing[i] as number];
    let j = i + 1;
    while (j < crossing.length && (cut.crossS[crossing[j] as number] as number) - (cut.crossS[crossing[j - 1] as number] as number) <= GAP_JOIN_M)
      group.push(crossing[j++] as number);
    const span = (cut.crossS[group.at(-1) as number] as number) - (cut.crossS[group[0] as number] as number);
    addLine(group, span + Math.max(...group.map((x) => vg.corridorM[x] as number)), 'gap');
    i = j;
  }

  const classes: ClassStateGraph[] = [];
  const unreached: string[] = [];
  const entries = networkEntryEdges(g, input.clip, 30);
  for (const [ci, c] of input.classes.entries()) {
    input.onProgress?.(ci / input.classes.length, c.id);
    const allowed = allowedEdges(vg, c);
    const blocked = blockedNodes(vg, c);
    const table = SpeedTable.build(c);
    const starts: SearchStarts = { edgeEntries: entries, edgeSpeed: 50 / 3.6, standstill: input.standstill ?? null };
    const labels = searchThreat(vg, cut, c, allowed, blocked, table, starts);
    if (!labels.impact.some((v) => v >= 0)) {
      unreached.push(c.id);
      continue;
    }
    const caps = transitionCaps(cut, c, table);
    // States: (edge in the region — or into the zone, however far it starts — band up to its unprotected
    // worst), numbered edge by edge.
    const first = new Int32Array(g.edgeCount).fill(-1);
    const top = new Int32Array(g.edgeCount);
    let states = 0;
    for (let e = 0; e < g.edgeCount; e++) {
      if (!allowed[e] || (labels.entry[e] as number) < 0 || (!inRegion(vg.source[e] as number) && Number.isNaN(cut.crossT[e]))) continue;
      first[e] = states;
      top[e] = bandOf((labels.entry[e] as number) * 3.6);
      states += (top[e] as number) + 1;
    }
    // Where a line stands at an edge's end (across the reverse edge's start), the vehicle arrives there in
    // an "end" state per band and may brake before it — to pass a speed reduction, say.
    const endFirst = new Int32Array(g.edgeCount).fill(-1);
    for (let e = 0; e < g.edgeCount; e++) {
      const node = g.targets[e] as number;
      if ((first[e] as number) < 0 || !Number.isNaN(cut.crossT[e]) || cut.inside[node] || blocked[node]) continue;
      if ((lineOf[g.reverse[e] as number] as number) < 0) continue;
      endFirst[e] = states;
      states += bandOf(table.after(bandTop(top[e] as number) / 3.6, g.lengthM[e] as number) * 3.6) + 1;
    }
    const sink = states++;
    const sources: number[] = [];
    const arcs: StateArc[] = [];
    // An option "stops" an arc when it stops the class there, or — away from the perimeter — when it makes
    // the vehicle slower than the arc's band (a speed reduction: the slower states stay open).
    const seen = new Map<string, { index: number; stoppedBy: number[] }>();
    const stoppedAt = (line: number, kmh: number, perimeter = false) => {
      if (line < 0) return null;
      const key = `${line}|${kmh}|${perimeter}`;
      let crossing = seen.get(key);
      if (!crossing) {
        crossing = {
          index: line,
          stoppedBy: (optionsOf[line] ?? []).flatMap((o, k) => {
            const kept = passSpeed(o, c.massKg, kmh);
            return kept < 0 || (!perimeter && kept < kmh) ? [k] : [];
          }),
        };
        seen.set(key, crossing);
      }
      return crossing;
    };
    const present = <T,>(items: readonly (T | null)[]): T[] => items.filter((x): x is T => x !== null);
    for (let e = 0; e < g.edgeCount; e++) {
      const base = first[e] as number;
      if (base < 0) continue;
      const s = vg.source[e] as number;
      // Where a vehicle can come from outside the region (or from beyond the data), every band is a start.
      let open = entries[e] === 1;
      for (let x = g.offsets[s] as number; !open && x < (g.offsets[s + 1] as number); x++) {
        const back = g.reverse[x] as number;
        const from = vg.source[back] as number;
        if (allowed[back] && !inRegion(from) && !cut.inside[from] && (labels.entry[back] as number) >= 0) open = true;
      }
      for (let b = 0; b <= (top[e] as number); b++) {
        const state = base + b;
        if ((b === 0 && (input.standstill?.[s] ?? 1) === 1) || open) sources.push(state);
        if (b > 0) arcs.push({ from: state, to: state - 1 });
        const v = bandTop(b) / 3.6;
        const len = g.lengthM[e] as number;
        const t = cut.crossT[e] as number;
        if (!Number.isNaN(t)) {
          // The line of an edge into the zone stands on the perimeter: it meets the impact speed.
          const atPerimeter = stoppedAt(lineOf[e] as number, table.after(v, t * len) * 3.6, true);
          const atHead = stoppedAt(headLineOf[e] as number, bandTop(b));
          arcs.push({ from: state, to: sink, lines: present([atPerimeter, atHead]) });
          continue;
        }
        const atStart = stoppedAt(lineOf[e] as number, bandTop(b));
        const vEnd = table.after(v, len) * 3.6;
        const node = g.targets[e] as number;
        if (cut.inside[node] || blocked[node]) continue;
        const turnBase = (cut.turnOffset[e] as number) - (g.offsets[node] as number);
        const into = (kmh: number, lines: StateArc['lines']) => {
          for (let f = g.offsets[node] as number; f < (g.offsets[node + 1] as number); f++) {
            if ((first[f] as number) < 0) continue;
            const vIn = Math.min(kmh, (caps[turnBase + f] as number) * 3.6);
            arcs.push({ from: state, to: (first[f] as number) + Math.min(bandOf(vIn), top[f] as number), lines });
          }
        };
        const end = endFirst[e] as number;
        if (end < 0) into(vEnd, present([atStart]));
        else arcs.push({ from: state, to: end + bandOf(vEnd), lines: present([atStart]) });
      }
      // End states: brake a band at a time; cross the end line at the band's top speed, then turn.
      const end = endFirst[e] as number;
      if (end < 0) continue;
      const node = g.targets[e] as number;
      const endLine = lineOf[g.reverse[e] as number] as number;
      const turnBase = (cut.turnOffset[e] as number) - (g.offsets[node] as number);
      const bands = bandOf(table.after(bandTop(top[e] as number) / 3.6, g.lengthM[e] as number) * 3.6);
      for (let k = 0; k <= bands; k++) {
        if (k > 0) arcs.push({ from: end + k, to: end + k - 1 });
        const lines = present([stoppedAt(endLine, bandTop(k))]);
        for (let f = g.offsets[node] as number; f < (g.offsets[node + 1] as number); f++) {
          if ((first[f] as number) < 0) continue;
          const vIn = Math.min(bandTop(k), (caps[turnBase + f] as number) * 3.6);
          arcs.push({ from: end + k, to: (first[f] as number) + Math.min(bandOf(vIn), top[f] as number), lines });
        }
      }
    }
    classes.push({ classId: c.id, states, sources, sinks: [sink], arcs });
  }

  // The lines a fire engine passes on an edge: at both its ends, or the perimeter and head lines of an edge into the zone.
  const linesOn = (e: number) =>
    (Number.isNaN(cut.crossT[e]) ? [lineOf[e] as number, lineOf[g.reverse[e] as number] as number] : [lineOf[e] as number, headLineOf[e] as number]).filter((l) => l >= 0);
  return {
    problem: { lines, classes, emergency: emergencyRoutes(vg, cut, input.stations, linesOn), visiblePenaltyEur: 2000 },
    lineEdge,
    lineWidthM,
    lineKind,
    lineCycle,
    lineOf,
    headLineOf,
    lineOptions: optionsOf,
    unreached,
  };
}
