import type { CrowdResult, CrowdSimulation } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useJobRecord } from '../jobs/useJobRecord.ts';

/** One of the plan's two runs: the crowd simulation record as it progresses, and its result once ready. */
export interface EventRun {
  readonly simulation: CrowdSimulation | undefined;
  readonly result: CrowdResult | undefined;
  readonly error: unknown;
}

const NONE = (): Promise<never> => Promise.reject(new Error('no simulation'));

/**
 * Follows one crowd simulation of the plan while its job runs (the jobs' live events, as the crowd pages
 * do), then reads its result once; nothing for no id.
 */
export function useEventSimulation(id: string | null, key: string): EventRun {
  const run = useJobRecord(
    () => (id ? api.getCrowdSimulation(id) : NONE()),
    () => (id ? api.crowdResult(id) : NONE()),
    `${id ?? 'none'}:${key}`,
  );
  if (!id) return { simulation: undefined, result: undefined, error: null };
  return { simulation: run.record, result: run.done, error: run.error };
}
