import type { ThreatAnalysis, ThreatResult } from '@pactesur/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, isSignedOut } from '../api.ts';
import { followJob, isFinished } from '../jobs/jobEvents.ts';
import { useSession } from './useSession.tsx';

/** Where the page of an analysis stands: loading it, following its job, its result, or why it failed. */
export interface ThreatAnalysisState {
  readonly analysis: ThreatAnalysis | undefined;
  readonly result: ThreatResult | undefined;
  /** An error of the API (reading the analysis or its result); a failed analysis carries its own `error`. */
  readonly error: unknown;
  /** Replaces the analysis after a change the page made itself. */
  readonly reload: () => void;
}

/** How often the analysis is read again while it is processed, besides the job's live events. */
const POLL_MS = 2000;

/**
 * Reads an analysis; while it is processed, follows its job live (server-sent events) for the progress and
 * reads the analysis again when the job finishes (or every two seconds, should the events not arrive);
 * once it is ready, reads its result once. Leaving the page stops everything.
 */
export function useThreatAnalysis(id: string, key: string): ThreatAnalysisState {
  const { lost } = useSession();
  const [analysis, setAnalysis] = useState<ThreatAnalysis | undefined>(undefined);
  const [result, setResult] = useState<ThreatResult | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let alive = true;
    const stops: (() => void)[] = [];
    const stopAll = () => {
      for (const stop of stops.splice(0)) stop();
    };
    const fail = (failure: unknown) => {
      if (!alive) return;
      if (isSignedOut(failure)) lost();
      setError(failure);
      stopAll();
    };
    let following = false;
    let settled = false;
    const read = async () => {
      if (settled) return;
      try {
        const next = await api.getThreatAnalysis(id);
        if (!alive || settled) return;
        setError(null);
        setAnalysis(next);
        if (next.status === 'processing') {
          follow(next);
          return;
        }
        settled = true;
        stopAll();
        if (next.status === 'ready') {
          const r = await api.threatResult(id);
          if (alive) setResult(r);
        }
      } catch (failure) {
        fail(failure);
      }
    };
    const follow = (a: ThreatAnalysis) => {
      if (following) return;
      following = true;
      const timer = window.setInterval(() => void read(), POLL_MS);
      stops.push(() => window.clearInterval(timer));
      if (a.jobId)
        stops.push(
          followJob(a.jobId, (job) => {
            if (isFinished(job)) void read();
            else setAnalysis((s) => (s && s.status === 'processing' ? { ...s, progress: job.progress } : s));
          }),
        );
    };
    void read();
    return () => {
      alive = false;
      stopAll();
    };
  }, [id, key, round, lost]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { analysis, result, error, reload };
}
