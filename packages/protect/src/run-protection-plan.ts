import type { PlanResult } from '@pactesur/contracts';
import type { BarrierProduct } from '@pactesur/barriers';
import { err, lngLat, ok, type Result } from '@pactesur/geo';
import { siteFrom, type SiteSource } from '@pactesur/site';
import { parseZones, type VehicleClass } from '@pactesur/vehicle';
import type { PlanReach } from './build-problem.ts';
import { planProtection } from './plan.ts';
import { planResultOf } from './plan-result.ts';
import type { MipSolver } from './solve-cut.ts';
import { stationsFromOsm } from './stations.ts';

/** The solver's time limit for one plan (s): the best plan found by then is returned, with its gap. */
export const PLAN_TIME_LIMIT_S = 60;

type Point = readonly [number, number];

/** What {@link runProtectionPlan} plans: one zone (GeoJSON, checked here), the design basis and the user's edits. */
export interface ProtectionRunInput {
  /** A GeoJSON Polygon, Feature or FeatureCollection in WGS84; its first polygon is the zone. */
  readonly zone: unknown;
  readonly classes: readonly VehicleClass[];
  readonly catalogue: readonly BarrierProduct[];
  /** Take fire, ambulance and police stations from the extract, besides `stations`. */
  readonly osmStations: boolean;
  readonly stations: readonly { readonly name: string; readonly at: Point }[];
  readonly locked: readonly { readonly at: Point; readonly product: string }[];
  readonly forbidden: readonly Point[];
  /** A plan that costs more is refused (`constraint: 'budget'`); null for no budget. */
  readonly budgetEur: number | null;
}

/** Options of {@link runProtectionPlan}. */
export interface ProtectionRunOptions {
  /** Default {@link PLAN_TIME_LIMIT_S}. */
  readonly timeLimitS?: number;
  readonly reach?: PlanReach;
  /**
   * Told how far the run is (0–1) and where: reading the extract (to 0.1), then the planning's phases. A
   * callback that throws stops the run between two phases; the error comes out.
   */
  readonly onProgress?: (fraction: number, message?: string) => void;
}

/** Why a run gave no plan at all; `message` is the reason users see. An infeasible plan is a result, not this. */
export interface ProtectionRunError {
  readonly code: string;
  readonly message: string;
}

/**
 * Plans the protection of HVM.md §5 of one zone of a site: the site model (from the extract's bytes, or an
 * extract already read), the stations (from the extract and the user's), then the cheapest verified plan,
 * in the stored (API) form of `PlanResult` with how the stations were found. The MIP solver is a
 * parameter (`highsSolver()` from `@pactesur/protect/node`); the solve blocks its thread. The entry of the
 * `protect.plan` job and of the planning benchmark.
 *
 * @example
 * const r = await runProtectionPlan(bytes, { zone, classes, catalogue: DEFAULT_CATALOGUE, osmStations: true, stations: [], locked: [], forbidden: [], budgetEur: null }, await highsSolver());
 * if (r.ok && r.value.feasible) r.value.totalCostEur;
 */
export async function runProtectionPlan(
  source: SiteSource,
  input: ProtectionRunInput,
  solver: MipSolver,
  options: ProtectionRunOptions = {},
): Promise<Result<PlanResult, ProtectionRunError>> {
  const progress = options.onProgress;
  const zones = parseZones(input.zone);
  if (!zones.ok) return err({ code: zones.error.code, message: `${zones.error.message} (${zones.error.code})` });
  const zone = zones.value[0];
  if (!zone) return err({ code: 'zone-empty', message: 'no zone' });
  const site = await siteFrom(source, { onProgress: progress && ((f: number, phase: string) => progress(0.1 * f, phase)) });
  if (!site.ok) return err({ code: 'extract-unreadable', message: 'the site extract cannot be read' });
  if (site.model.graph.edgeCount === 0) return err({ code: 'no-roads', message: 'the site extract has no road or path a vehicle can use' });
  const fromOsm = input.osmStations ? stationsFromOsm(site.data) : [];
  const stations = [...fromOsm, ...input.stations.map((s) => ({ name: s.name, at: lngLat(s.at[0], s.at[1]) }))];
  const stationSearch = { osmAsked: input.osmStations, osmFound: fromOsm.length, given: input.stations.length };
  progress?.(0.1, 'planning');
  const plan = planProtection(
    site.model,
    zone,
    {
      classes: input.classes,
      catalogue: input.catalogue,
      stations,
      locked: input.locked.map((l) => ({ at: lngLat(l.at[0], l.at[1]), product: l.product })),
      forbidden: input.forbidden.map((p) => lngLat(p[0], p[1])),
      timeLimitS: options.timeLimitS ?? PLAN_TIME_LIMIT_S,
      ...(options.reach ? { reach: options.reach } : {}),
      ...(progress ? { onProgress: (fraction: number, phase: string) => progress(0.1 + 0.89 * fraction, phase) } : {}),
    },
    solver,
  );
  const result = planResultOf(plan, input.budgetEur, stationSearch);
  progress?.(1, 'done');
  return ok(result);
}
