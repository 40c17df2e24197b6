import type { PlanResult, ProtectionPlan } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useJobRecord } from '../jobs/useJobRecord.ts';

/** Where the page of a plan stands: loading it, following its job, its result, or why it failed. */
export interface ProtectionPlanState {
  readonly plan: ProtectionPlan | undefined;
  readonly result: PlanResult | undefined;
  /** An error of the API (reading the plan or its result); a failed plan carries its own `error`. */
  readonly error: unknown;
  readonly reload: () => void;
}

/** Reads a protection plan, follows its job while it is solved, then reads its result once ({@link useJobRecord}). */
export function useProtectionPlan(id: string, key: string): ProtectionPlanState {
  const s = useJobRecord(
    () => api.getProtectionPlan(id),
    () => api.protectionPlanResult(id),
    `${id}:${key}`,
  );
  return { plan: s.record, result: s.done, error: s.error, reload: s.reload };
}
