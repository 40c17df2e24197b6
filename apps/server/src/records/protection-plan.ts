import type { PlanResult } from '@pactesur/contracts';
import { planSummary } from './plan-summary.ts';
import { ResultMismatch, type JobRecordDefinition } from './record-kind.ts';

/**
 * Protection plans: the plan and its headline. The job keeps, beside the headline, why there is no plan
 * when there is none, so the list of jobs can say it.
 */
export const protectionPlanRecord: JobRecordDefinition = {
  kind: 'protection-plan',
  table: 'protection_plans',
  jobKind: 'protect.plan',
  nameColumn: 'name',
  settledColumn: 'result',
  async settle(db, id, value) {
    const result = value as PlanResult | null;
    if (typeof result?.feasible !== 'boolean') throw new ResultMismatch('the plan says neither feasible nor infeasible');
    const summary = planSummary(result);
    await db
      .updateTable('protection_plans')
      .set({ result: JSON.stringify(result), summary: JSON.stringify(summary) })
      .where('id', '=', id)
      .where('result', 'is', null)
      .execute();
    const infeasible = result.feasible ? {} : { feasible: false, reason: result.reason, constraint: result.constraint };
    return { protectionPlanId: id, summary, ...infeasible };
  },
};
