import { formatRating, type BarrierProduct } from '@pactesur/barriers';
import type { LngLat, LocalProjection } from '@pactesur/geo';
import { EDGE_CLASSES, type SiteModel } from '@pactesur/site';
import {
  allowedEdges,
  blockedNodes,
  compileVehicleGraph,
  cutZone,
  networkEntryEdges,
  projectHoles,
  projectZone,
  searchThreat,
  SpeedTable,
  type VehicleClass,
  type VehicleGraph,
  type Zone,
  type ZoneCut,
} from '@pactesur/vehicle';
import { buildProblem, type PlanReach } from './build-problem.ts';
import { DEFAULT_SPEED_REDUCTIONS, passSpeed, type PlanOption, type SpeedReduction } from './plan-options.ts';
import { roadStandstill } from './road-starts.ts';
import { solveCut, type MipSolver } from './solve-cut.ts';

/** One measure of a plan: a product line (or a speed reduction) across an edge, where and for how much. */
export interface Measure {
  readonly product: string;
  readonly name: string;
  /** The rating as tested, in its own standard's words; null for a speed reduction. */
  readonly rating: string | null;
  readonly at: LngLat;
  /** The line across the corridor (two points). */
  readonly line: readonly [LngLat, LngLat];
  readonly widthM: number;
  readonly units: number;
  readonly costEur: number;
  readonly maintenancePerYearEur: number;
  readonly openable: boolean;
  readonly permeable: boolean;
}

/** The plan's lines by directed edge: across its start, and (edges into the zone) on the perimeter. */
export interface ChosenLines {
  readonly atStart: ReadonlyMap<number, PlanOption>;
  readonly atPerimeter: ReadonlyMap<number, PlanOption>;
}

/** The independent check of a plan: the vehicle analysis run again with the plan's lines in place. */
export interface Verification {
  readonly passed: boolean;
  /** Perimeter crossings some design-basis class still reaches, summed over classes. */
  readonly unstoppedApproaches: number;
  readonly unstopped: readonly { readonly class: string; readonly at: LngLat; readonly speedKmh: number }[];
  readonly emergencyRoutesOpen: boolean;
  readonly stationsChecked: number;
  readonly pedestrianLinesPermeable: boolean;
}

export type Plan =
  | {
      readonly feasible: true;
      readonly totalCostEur: number;
      readonly maintenancePerYearEur: number;
      readonly measures: readonly Measure[];
      readonly verification: Verification;
      readonly classes: readonly string[];
      /** Design-basis classes that cannot reach the zone at all. */
      readonly unreached: readonly string[];
      readonly optimal: boolean;
      readonly gap: number | null;
      readonly solveS: number;
      readonly size: { readonly lines: number; readonly states: number; readonly arcs: number };
    }
  | { readonly feasible: false; readonly reason: string; readonly constraint: string; readonly classes: readonly string[] };

export interface PlanOptions {
  readonly classes: readonly VehicleClass[];
  readonly catalogue: readonly BarrierProduct[];
  readonly reductions?: readonly SpeedReduction[];
  readonly stations?: readonly { readonly name: string; readonly at: LngLat }[];
  readonly reach?: PlanReach;
  readonly timeLimitS?: number;
}

type Site = Pick<SiteModel, 'graph' | 'barriers' | 'projection'> & Partial<Pick<SiteModel, 'obstacles' | 'clip'>>;

/**
 * The cheapest plan that stops every design-basis class at every perimeter point of `zone`, keeps the
 * emergency routes open and pedestrian lines permeable (HVM.md §5), with its independent verification.
 */
export function planProtection(site: Site, zone: Zone, options: PlanOptions, solver: MipSolver): Plan {
  const vg = compileVehicleGraph(site);
  const cut = cutZone(vg, projectZone(zone, site.projection), projectHoles(zone, site.projection));
  const g = vg.graph;
  const edgeClassOf = (e: number) => EDGE_CLASSES[g.edgeClass[e] as number] ?? 'other';
  const standstill = roadStandstill(vg, cut, edgeClassOf);
  const stations = (options.stations ?? []).map((s) => ({ name: s.name, node: nearestNode(vg, site.projection.toXY(s.at), cut) }));
  const built = buildProblem(
    {
      vg,
      cut,
      clip: site.clip ?? null,
      classes: options.classes,
      catalogue: options.catalogue,
      reductions: options.reductions ?? DEFAULT_SPEED_REDUCTIONS,
      stations,
      reach: options.reach,
      standstill,
    },
    edgeClassOf,
  );
  const classIds = options.classes.map((c) => c.id);
  const t0 = performance.now();
  const solution = solveCut(built.problem, solver, { timeLimitS: options.timeLimitS ?? 60 });
  const solveS = (performance.now() - t0) / 1000;
  if (!solution.feasible) return { feasible: false, reason: solution.reason, constraint: solution.constraint, classes: classIds };
  const chosen = { atStart: new Map<number, PlanOption>(), atPerimeter: new Map<number, PlanOption>() };
  const measures: Measure[] = [];
  for (const { line, option } of solution.chosen) {
    const e = built.lineEdge[line] as number;
    const o = built.lineOptions[line]?.[option];
    if (!o) continue;
    const kind = built.lineKind[line];
    if (kind === 'head') chosen.atStart.set(e, o);
    else for (const [edge, l] of built.lineOf.entries()) if (l === line) (kind === 'gap' ? chosen.atPerimeter : chosen.atStart).set(edge, o);
    measures.push(measureAt(vg, cut, e, o, site.projection, built.lineWidthM[line] as number, kind === 'gap'));
  }
  const verification = verify(vg, cut, site, options.classes, chosen, stations, standstill);
  return {
    feasible: true,
    totalCostEur: Math.round(measures.reduce((s, m) => s + m.costEur, 0)),
    maintenancePerYearEur: Math.round(measures.reduce((s, m) => s + m.maintenancePerYearEur, 0)),
    measures,
    verification,
    classes: classIds,
    unreached: built.unreached,
    optimal: solution.optimal,
    gap: solution.gap,
    solveS,
    size: {
      lines: built.problem.lines.length,
      states: built.problem.classes.reduce((s, c) => s + c.states, 0),
      arcs: built.problem.classes.reduce((s, c) => s + c.arcs.length, 0),
    },
  };
}

function nearestNode(vg: VehicleGraph, p: readonly [number, number], cut: ZoneCut): number {
  const g = vg.graph;
  let best = 0;
  let bestD = Infinity;
  for (let v = 0; v < g.nodeCount; v++) {
    if (cut.inside[v] || g.offsets[v] === g.offsets[v + 1]) continue;
    const d = Math.hypot((g.x[v] as number) - p[0], (g.y[v] as number) - p[1]);
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best;
}

/**
 * A line across the corridor of edge `e`: 1 m before the perimeter for an edge into the zone, else near its
 * start (2 m in, or a third of a short edge).
 */
function measureAt(vg: VehicleGraph, cut: ZoneCut, e: number, o: PlanOption, projection: LocalProjection, widthM: number, onPerimeter: boolean): Measure {
  const g = vg.graph;
  const s = vg.source[e] as number;
  const len = g.lengthM[e] as number;
  const t = cut.crossT[e] as number;
  const along = onPerimeter ? Math.max(0, t * len - 1) : Math.min(2, len / 3);
  const x = (g.x[s] as number) + (vg.ux[e] as number) * along;
  const y = (g.y[s] as number) + (vg.uy[e] as number) * along;
  const w = widthM;
  const nx = -(vg.uy[e] as number) * (w / 2);
  const ny = (vg.ux[e] as number) * (w / 2);
  const ll = (px: number, py: number) => projection.toLngLat([px, py] as never);
  const common = {
    at: ll(x, y),
    line: [ll(x - nx, y - ny), ll(x + nx, y + ny)] as const,
    widthM: Math.round(w * 10) / 10,
    costEur: Math.round(o.option.costEur),
    maintenancePerYearEur: Math.round(o.option.maintenancePerYearEur),
    openable: o.option.emergencyPassable,
    permeable: o.option.permeable,
  };
  const name = [o.reduction?.name, o.product?.product.name].filter(Boolean).join(', then ');
  return {
    ...common,
    product: o.option.id,
    name,
    rating: o.product ? formatRating(o.product.product.rating) : null,
    units: o.product?.units ?? 1,
  };
}

/**
 * Puts the plan back into the vehicle analysis: every class searched again with the plan's lines as gates
 * (a rated product stops a class at or under its tested speed and mass, a speed reduction caps it), over
 * the whole graph and from every start; and the fire engine's way from each station into the zone
 * checked through lines that open wide enough.
 */
export function verify(
  vg: VehicleGraph,
  cut: ZoneCut,
  site: Site,
  classes: readonly VehicleClass[],
  chosen: ChosenLines,
  stations: readonly { name: string; node: number }[],
  standstill: Uint8Array | null = null,
): Verification {
  const g = vg.graph;
  const entries = networkEntryEdges(g, site.clip ?? null, 30);
  const unstopped: { class: string; at: LngLat; speedKmh: number }[] = [];
  for (const c of classes) {
    // Lines on the perimeter are checked at the impact speed below; the others where a vehicle crosses them.
    const gate = (edge: number, v: number) => {
      const o = chosen.atStart.get(edge);
      if (!o) return v;
      const kmh = passSpeed(o, c.massKg, v * 3.6);
      return kmh < 0 ? -1 : kmh / 3.6;
    };
    const labels = searchThreat(vg, cut, c, allowedEdges(vg, c), blockedNodes(vg, c), SpeedTable.build(c), { edgeEntries: entries, edgeSpeed: 50 / 3.6, gate, standstill });
    for (let e = 0; e < g.edgeCount; e++) {
      const v = labels.impact[e] as number;
      if (v < 0) continue;
      const atPerimeter = chosen.atPerimeter.get(e);
      if (atPerimeter && passSpeed(atPerimeter, c.massKg, v * 3.6) < 0) continue;
      const s = vg.source[e] as number;
      const t = (cut.crossT[e] as number) * (g.lengthM[e] as number);
      const at = site.projection.toLngLat([(g.x[s] as number) + (vg.ux[e] as number) * t, (g.y[s] as number) + (vg.uy[e] as number) * t] as never);
      unstopped.push({ class: c.id, at, speedKmh: Math.round(v * 36) / 10 });
    }
  }
  const engine = allowedEdges(vg, { widthM: 2.55 } as VehicleClass);
  const open = (e: number) => {
    if (!engine[e]) return false;
    for (const o of [chosen.atStart.get(e), chosen.atPerimeter.get(e), chosen.atStart.get(g.reverse[e] as number)])
      if (o && !o.option.emergencyPassable) return false;
    return true;
  };
  const reaches = (start: number) => {
    const seen = new Uint8Array(g.nodeCount);
    const queue = [start];
    seen[start] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
        if (!open(e)) continue;
        if (!Number.isNaN(cut.crossT[e])) return true;
        const w = g.targets[e] as number;
        if (!seen[w] && !cut.inside[w]) {
          seen[w] = 1;
          queue.push(w);
        }
      }
    }
    return false;
  };
  const emergencyRoutesOpen = stations.every((s) => reaches(s.node));
  const pedestrianLinesPermeable = [...chosen.atStart.values(), ...chosen.atPerimeter.values()].every((o) => o.option.permeable);
  return {
    passed: unstopped.length === 0 && emergencyRoutesOpen && pedestrianLinesPermeable,
    unstoppedApproaches: unstopped.length,
    unstopped: unstopped.slice(0, 50),
    emergencyRoutesOpen,
    stationsChecked: stations.length,
    pedestrianLinesPermeable,
  };
}

