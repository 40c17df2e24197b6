import type { CrowdFrames, CrowdResult, CrowdSimulation } from '@pactesur/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, isSignedOut } from '../api.ts';
import { followJob, isFinished } from '../jobs/jobEvents.ts';
import { useSession } from './useSession.tsx';

/** Where the page of a crowd simulation stands: loading it, following its job, its result and frames. */
export interface CrowdSimulationState {
  readonly simulation: CrowdSimulation | undefined;
  readonly result: CrowdResult | undefined;
  readonly frames: CrowdFrames | undefined;
  /** An error of the API (reading the simulation, its result or frames); a failed run carries its own `error`. */
  readonly error: unknown;
  readonly reload: () => void;
}

/** How often the simulation is read again while it runs, besides the job's live events. */
const POLL_MS = 2000;

/**
 * Reads a crowd simulation; while it runs, follows its job live (server-sent events) for the progress and
 * reads it again when the job finishes (or every two seconds, should the events not arrive); once it is
 * ready, reads its result and its playback frames once. Leaving the page stops everything.
 */
export function useCrowdSimulation(id: string, key: string): CrowdSimulationState {
  const { lost } = useSession();
  const [simulation, setSimulation] = useState<CrowdSimulation | undefined>(undefined);
  const [result, setResult] = useState<CrowdResult | undefined>(undefined);
  const [frames, setFrames] = useState<CrowdFrames | undefined>(undefined);
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
        const next = await api.getCrowdSimulation(id);
        if (!alive || settled) return;
        setError(null);
        setSimulation(next);
        if (next.status === 'processing') {
          follow(next);
          return;
        }
        settled = true;
        stopAll();
        if (next.status === 'ready') {
          const [r, f] = await Promise.all([api.crowdResult(id), api.crowdFrames(id)]);
          if (!alive) return;
          setResult(r);
          setFrames(f);
        }
      } catch (failure) {
        fail(failure);
      }
    };
    const follow = (s: CrowdSimulation) => {
      if (following) return;
      following = true;
      const timer = window.setInterval(() => void read(), POLL_MS);
      stops.push(() => window.clearInterval(timer));
      if (s.jobId)
        stops.push(
          followJob(s.jobId, (job) => {
            if (isFinished(job)) void read();
            else
              setSimulation((c) => (c && c.status === 'processing' ? { ...c, progress: job.progress } : c));
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
  return { simulation, result, frames, error, reload };
}
