import type { PlanMeasure, PlanResult, StationSearch } from '@pactesur/contracts';
import type { Plan } from './plan.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;
const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
const ll = (p: readonly [number, number]): [number, number] => [r7(p[0]), r7(p[1])];

type Measure = Extract<Plan, { feasible: true }>['measures'][number];

/** One measure in the stored (API) form: coordinates to 1e-7°, widths to 0.1 m. */
function measureView(m: Measure): PlanMeasure {
  return {
    product: m.product,
    name: m.name,
    rating: m.rating,
    at: ll(m.at),
    line: [ll(m.line[0]), ll(m.line[1])],
    widthM: r1(m.widthM),
    units: m.units,
    costEur: m.costEur,
    maintenancePerYearEur: m.maintenancePerYearEur,
    openable: m.openable,
    permeable: m.permeable,
    accessibleGap: m.accessibleGap,
    kind: m.kind,
    locked: m.locked,
  };
}

/**
 * A plan in the stored (API) form of `PlanResult`. A plan that costs more than `budgetEur` is refused as
 * infeasible (`constraint: 'budget'`), with both sums in the reason.
 *
 * @example
 * const stored = planResultOf(planProtection(site, zone, options, solver), 250_000);
 */
export function planResultOf(plan: Plan, budgetEur: number | null, stationSearch?: StationSearch): PlanResult {
  if (!plan.feasible)
    return {
      feasible: false,
      reason: plan.reason,
      constraint: plan.constraint,
      classes: [...plan.classes],
      ...(plan.classId === undefined ? {} : { classId: plan.classId, where: (plan.where ?? []).map(ll) }),
    };
  if (budgetEur !== null && plan.totalCostEur > budgetEur)
    return { feasible: false, reason: `over budget: ${plan.totalCostEur}€ > ${budgetEur}€`, constraint: 'budget', classes: [...plan.classes] };
  const v = plan.verification;
  return {
    feasible: true,
    totalCostEur: plan.totalCostEur,
    maintenancePerYearEur: plan.maintenancePerYearEur,
    measures: plan.measures.map(measureView),
    verification: {
      passed: v.passed,
      unstoppedApproaches: v.unstoppedApproaches,
      unstopped: v.unstopped.map((u) => ({ class: u.class, at: ll(u.at), speedKmh: r1(u.speedKmh) })),
      emergencyRoutesOpen: v.emergencyRoutesOpen,
      stationsChecked: v.stationsChecked,
      pedestrianLinesPermeable: v.pedestrianLinesPermeable,
    },
    classes: [...plan.classes],
    unreached: [...plan.unreached],
    optimal: plan.optimal,
    gap: plan.gap,
    solveS: Math.round(plan.solveS * 100) / 100,
    size: { ...plan.size },
    exposure: { beforeKJ: r1(plan.exposure.beforeKJ), afterKJ: r1(plan.exposure.afterKJ) },
    stations: plan.stations.map((s) => ({ name: s.name, at: ll(s.at) })),
    ...(stationSearch ? { stationSearch } : {}),
  };
}
