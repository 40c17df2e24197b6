import { formatRating, type BarrierProduct } from '@pactesur/barriers';
import { progressPart, type LngLat, type LocalProjection, type ProgressCallback } from '@pactesur/geo';
import { EDGE_CLASSES, type SiteModel } from '@pactesur/site';
import {
  compileVehicleGraph,
  cutZone,
  projectHoles,
  projectZone,
  type VehicleClass,
  type VehicleGraph,
  type Zone,
  type ZoneCut,
} from '@pactesur/vehicle';
import { buildProblem, type BuiltProblem, type LineKind, type PlanReach } from './build-problem.ts';
import { DEFAULT_SPEED_REDUCTIONS, type PlanOption, type SpeedReduction } from './plan-options.ts';
import { engineEdges } from './emergency-routes.ts';
import { roadStandstill } from './road-starts.ts';
import { solveCut, type MipSolver } from './solve-cut.ts';
import { verify, type Verification } from './verify.ts';

/** One measure of a plan: a product line (or a speed reduction, or a product behind one) across a way. */
export interface Measure {
  /** The option id: a product, a layout, or `layout+product`. */
  readonly product: string;
  readonly name: string;
  /** The rating as tested, in its own standard's words; null for a layout alone. */
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
  /** The line is on a cycle route: its layout keeps one gap of about 1.5 m (still narrower than any class). */
  readonly accessibleGap: boolean;
  readonly kind: LineKind;
  readonly locked: boolean;
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
      /** Σ over perimeter crossings of the highest kinetic energy (kJ) of a design-basis class, before and after. */
      readonly exposure: { readonly beforeKJ: number; readonly afterKJ: number };
      readonly stations: readonly { readonly name: string; readonly at: LngLat }[];
    }
  | {
      readonly feasible: false;
      readonly reason: string;
      readonly constraint: string;
      readonly classes: readonly string[];
      /** The class no allowed product stops (`constraint: 'class'`). */
      readonly classId?: string;
      /** Where that class's approach runs: the places on its way where a barrier could go. */
      readonly where?: readonly LngLat[];
    };

export interface PlanOptions {
  readonly classes: readonly VehicleClass[];
  readonly catalogue: readonly BarrierProduct[];
  readonly reductions?: readonly SpeedReduction[];
  readonly stations?: readonly { readonly name: string; readonly at: LngLat }[];
  /** Lines the user fixed: the candidate line nearest `at` (within `EDIT_REACH_M`) gets `product` (an option id). */
  readonly locked?: readonly { readonly at: LngLat; readonly product: string }[];
  /** Places where no barrier may go: the candidate line nearest each point (within `EDIT_REACH_M`). */
  readonly forbidden?: readonly LngLat[];
  readonly reach?: PlanReach;
  readonly timeLimitS?: number;
  /** The classes whose energy the exposure counts (default: the design basis); budget mode counts them all. */
  readonly exposureClasses?: readonly VehicleClass[];
  /**
   * Told how far the planning is (0–1, never going back) and in which phase: between the searches of the
   * check before and of the verification, between the classes of the programme, and from inside each solve.
   */
  readonly onProgress?: ProgressCallback;
}

/** How far (m) from a candidate line a lock or a forbidden place may be given. */
export const EDIT_REACH_M = 10;

export type Site = Pick<SiteModel, 'graph' | 'barriers' | 'projection'> & Partial<Pick<SiteModel, 'obstacles' | 'clip'>>;

/**
 * The cheapest plan that stops every design-basis class at every perimeter point of `zone`, keeps the
 * emergency routes open and pedestrian lines permeable (HVM.md §5), with its independent verification.
 */
export function planProtection(site: Site, zone: Zone, options: PlanOptions, solver: MipSolver): Plan {
  const progress = options.onProgress;
  progress?.(0, 'vehicle graph');
  const vg = compileVehicleGraph(site);
  const cut = cutZone(vg, projectZone(zone, site.projection), projectHoles(zone, site.projection));
  const g = vg.graph;
  const classIds = options.classes.map((c) => c.id);
  const edgeClassOf = (e: number) => EDGE_CLASSES[g.edgeClass[e] as number] ?? 'other';
  const standstill = roadStandstill(vg, cut, edgeClassOf);
  const stationNodes = (options.stations ?? []).map((s) => ({ name: s.name, node: nearestNode(vg, site.projection.toXY(s.at), cut) }));
  const none = { atStart: new Map<number, PlanOption>(), atPerimeter: new Map<number, PlanOption>() };
  const before = verify(vg, cut, site, options.classes, none, stationNodes, standstill, progressPart(progress, 0.02, 0.1));
  const routed = stationNodes.filter((s) => !before.stationsWithoutRoute.includes(s.name));
  const built = buildProblem(
    {
      vg,
      cut,
      clip: site.clip ?? null,
      classes: options.classes,
      catalogue: options.catalogue,
      reductions: options.reductions ?? DEFAULT_SPEED_REDUCTIONS,
      stations: routed,
      reach: options.reach,
      standstill,
      keep: new Set((options.locked ?? []).map((l) => l.product)),
      onProgress: progressPart(progress, 0.1, 0.2),
    },
    edgeClassOf,
  );
  const edits = applyEdits(built, vg, cut, site.projection, options);
  if (typeof edits === 'string') return { feasible: false, constraint: 'edit', reason: edits, classes: classIds };
  const t0 = performance.now();
  const solution = solveCut(edits, solver, { timeLimitS: options.timeLimitS ?? 60, onProgress: progressPart(progress, 0.2, 0.85) });
  const solveS = (performance.now() - t0) / 1000;
  if (!solution.feasible) {
    progress?.(1, 'no plan');
    const where = (solution.lines ?? []).map((l) => site.projection.toLngLat(lineAnchor(vg, cut, built.lineEdge[l] as number, built.lineKind[l] as LineKind) as never));
    return {
      feasible: false,
      reason: solution.reason,
      constraint: solution.constraint,
      classes: classIds,
      ...(solution.classId === undefined ? {} : { classId: solution.classId, where }),
    };
  }
  const chosen = { atStart: new Map<number, PlanOption>(), atPerimeter: new Map<number, PlanOption>() };
  const measures: Measure[] = [];
  for (const { line, option } of solution.chosen) {
    const e = built.lineEdge[line] as number;
    const o = built.lineOptions[line]?.[option];
    if (!o) continue;
    const kind = built.lineKind[line] as LineKind;
    if (kind === 'head') chosen.atStart.set(e, o);
    else for (const [edge, l] of built.lineOf.entries()) if (l === line) (kind === 'gap' ? chosen.atPerimeter : chosen.atStart).set(edge, o);
    measures.push({
      ...measureAt(vg, cut, e, o, site.projection, built.lineWidthM[line] as number, kind),
      accessibleGap: (built.lineCycle[line] ?? false) && o.option.permeable,
      locked: edits.lines[line]?.locked !== undefined,
    });
  }
  const exposureParts = options.exposureClasses ? 3 : 1;
  const verification = verify(vg, cut, site, options.classes, chosen, stationNodes, standstill, progressPart(progress, 0.85, 0.85 + 0.15 / exposureParts));
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
    exposure: options.exposureClasses
      ? {
          beforeKJ: verify(vg, cut, site, options.exposureClasses, none, [], standstill, progressPart(progress, 0.9, 0.95)).residualKJ,
          afterKJ: verify(vg, cut, site, options.exposureClasses, chosen, [], standstill, progressPart(progress, 0.95, 1)).residualKJ,
        }
      : { beforeKJ: before.residualKJ, afterKJ: verification.residualKJ },
    stations: (options.stations ?? []).filter((s) => !verification.stationsWithoutRoute.includes(s.name)),
  };
}

/** The problem with the user's locks and forbidden places on their nearest lines, or what is wrong with them. */
function applyEdits(built: BuiltProblem, vg: VehicleGraph, cut: ZoneCut, projection: LocalProjection, options: PlanOptions): BuiltProblem['problem'] | string {
  const anchors = built.lineEdge.map((e, l) => lineAnchor(vg, cut, e, built.lineKind[l] as LineKind));
  const nearest = (at: LngLat): number => {
    const [x, y] = projection.toXY(at);
    let best = -1;
    let bestD = EDIT_REACH_M;
    anchors.forEach(([ax, ay], l) => {
      const d = Math.hypot(ax - x, ay - y);
      if (d <= bestD) {
        bestD = d;
        best = l;
      }
    });
    return best;
  };
  const lines = [...built.problem.lines];
  for (const at of options.forbidden ?? []) {
    const l = nearest(at);
    if (l < 0) return `no place for a barrier within ${EDIT_REACH_M} m of the forbidden point [${at.join(', ')}]`;
    lines[l] = { ...(lines[l] as (typeof lines)[number]), forbidden: true };
  }
  for (const lock of options.locked ?? []) {
    const l = nearest(lock.at);
    if (l < 0) return `no place for a barrier within ${EDIT_REACH_M} m of the locked point [${lock.at.join(', ')}]`;
    const line = lines[l] as (typeof lines)[number];
    if (!line.options.some((o) => o.id === lock.product)) return `locked product ${lock.product} is not an option at [${lock.at.join(', ')}] (not in the catalogue, or not allowed on a pedestrian line)`;
    lines[l] = { ...line, locked: lock.product };
  }
  return { ...built.problem, lines };
}

/**
 * The node a station's vehicles leave from: the nearest node joined to the zone by ways a fire engine can
 * use (either direction), so that a station drawn beside a stub of footway in the data still gets the
 * street it actually opens on, and a station beyond the extract comes in by the nearest road of it.
 * -1 when no node is joined to the zone.
 */
function nearestNode(vg: VehicleGraph, p: readonly [number, number], cut: ZoneCut): number {
  const g = vg.graph;
  const usable = engineEdges(vg);
  const joined = new Uint8Array(g.nodeCount);
  const queue: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const s = vg.source[e] as number;
    if (Number.isNaN(cut.crossT[e]) || joined[s] || !usable(e)) continue;
    joined[s] = 1;
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
      const w = g.targets[e] as number;
      if (joined[w] || cut.inside[w] || !usable(e)) continue;
      joined[w] = 1;
      queue.push(w);
    }
  }
  let best = -1;
  let bestD = Infinity;
  for (const v of queue) {
    const d = Math.hypot((g.x[v] as number) - p[0], (g.y[v] as number) - p[1]);
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best;
}

/** Where a line stands (local metres): 1 m before the perimeter for a gap, else near the edge's start (2 m in, or a third of a short edge). */
function lineAnchor(vg: VehicleGraph, cut: ZoneCut, e: number, kind: LineKind): [number, number] {
  const g = vg.graph;
  const s = vg.source[e] as number;
  const len = g.lengthM[e] as number;
  const along = kind === 'gap' ? Math.max(0, (cut.crossT[e] as number) * len - 1) : Math.min(2, len / 3);
  return [(g.x[s] as number) + (vg.ux[e] as number) * along, (g.y[s] as number) + (vg.uy[e] as number) * along];
}

function measureAt(vg: VehicleGraph, cut: ZoneCut, e: number, o: PlanOption, projection: LocalProjection, widthM: number, kind: LineKind): Omit<Measure, 'accessibleGap' | 'locked'> {
  const [x, y] = lineAnchor(vg, cut, e, kind);
  const nx = -(vg.uy[e] as number) * (widthM / 2);
  const ny = (vg.ux[e] as number) * (widthM / 2);
  const ll = (px: number, py: number) => projection.toLngLat([px, py] as never);
  return {
    at: ll(x, y),
    line: [ll(x - nx, y - ny), ll(x + nx, y + ny)] as const,
    widthM: Math.round(widthM * 10) / 10,
    costEur: Math.round(o.option.costEur),
    maintenancePerYearEur: Math.round(o.option.maintenancePerYearEur),
    openable: o.option.emergencyPassable,
    permeable: o.option.permeable,
    product: o.option.id,
    name: [o.reduction?.name, o.product?.product.name].filter(Boolean).join(', then '),
    rating: o.product ? formatRating(o.product.product.rating) : null,
    units: o.product?.units ?? 1,
    kind,
  };
}
