import type { CrowdFrames, CrowdResult, CrowdSimulation } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useJobRecord } from '../jobs/useJobRecord.ts';

/** Where the page of a crowd simulation stands: loading it, following its job, its result and frames. */
export interface CrowdSimulationState {
  readonly simulation: CrowdSimulation | undefined;
  readonly result: CrowdResult | undefined;
  readonly frames: CrowdFrames | undefined;
  /** An error of the API (reading the simulation, its result or frames); a failed run carries its own `error`. */
  readonly error: unknown;
  readonly reload: () => void;
}

/**
 * Reads a crowd simulation, follows its job while it runs, then reads its result and its playback frames
 * once ({@link useJobRecord}).
 */
export function useCrowdSimulation(id: string, key: string): CrowdSimulationState {
  const s = useJobRecord(
    () => api.getCrowdSimulation(id),
    () => Promise.all([api.crowdResult(id), api.crowdFrames(id)]),
    `${id}:${key}`,
  );
  return { simulation: s.record, result: s.done?.[0], frames: s.done?.[1], error: s.error, reload: s.reload };
}
