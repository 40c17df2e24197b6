import type { ThreatAnalysis, ThreatResult } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useJobRecord } from '../jobs/useJobRecord.ts';

/** Where the page of an analysis stands: loading it, following its job, its result, or why it failed. */
export interface ThreatAnalysisState {
  readonly analysis: ThreatAnalysis | undefined;
  readonly result: ThreatResult | undefined;
  /** An error of the API (reading the analysis or its result); a failed analysis carries its own `error`. */
  readonly error: unknown;
  /** Replaces the analysis after a change the page made itself. */
  readonly reload: () => void;
}

/** Reads an analysis, follows its job while it runs, then reads its result once ({@link useJobRecord}). */
export function useThreatAnalysis(id: string, key: string): ThreatAnalysisState {
  const s = useJobRecord(() => api.getThreatAnalysis(id), () => api.threatResult(id), `${id}:${key}`);
  return { analysis: s.record, result: s.done, error: s.error, reload: s.reload };
}
