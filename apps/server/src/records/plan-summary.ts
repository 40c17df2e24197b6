import type { PlanResult, PlanSummary } from '@pactesur/contracts';

/** The headline of a plan: costs, measures, the verification and the residual exposure (null where there is no plan). */
export function planSummary(result: PlanResult): PlanSummary {
  if (!result.feasible)
    return {
      feasible: false,
      totalCostEur: null,
      maintenancePerYearEur: null,
      measures: 0,
      verified: null,
      unstoppedApproaches: null,
      emergencyRoutesOpen: null,
      pedestrianLinesPermeable: null,
      residualExposureKJ: null,
      reason: result.reason,
    };
  const v = result.verification;
  return {
    feasible: true,
    totalCostEur: result.totalCostEur,
    maintenancePerYearEur: result.maintenancePerYearEur,
    measures: result.measures.length,
    verified: v.passed,
    unstoppedApproaches: v.unstoppedApproaches,
    emergencyRoutesOpen: v.emergencyRoutesOpen,
    pedestrianLinesPermeable: v.pedestrianLinesPermeable,
    residualExposureKJ: result.exposure.afterKJ,
    reason: null,
  };
}
