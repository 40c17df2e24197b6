import { useCallback, useEffect, useState } from 'react';
import { isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { followJob, isFinished } from './jobEvents.ts';

/** A record computed by a background job (a threat analysis, a crowd simulation …). */
export interface JobRecord {
  readonly status: 'processing' | 'ready' | 'failed';
  readonly progress: number;
  readonly jobId: string | null;
}

/** Where the page of such a record stands: the record, what it computed once ready, an API error. */
export interface JobRecordState<R extends JobRecord, D> {
  readonly record: R | undefined;
  readonly done: D | undefined;
  /** An error of the API (reading the record or its outcome); a failed run carries its own `error`. */
  readonly error: unknown;
  /** Reads everything again after a change the page made itself. */
  readonly reload: () => void;
}

/** How often the record is read again while it is processed, besides the job's live events. */
const POLL_MS = 2000;

/**
 * Reads a record computed by a job; while it is processed, follows the job live (server-sent events) for
 * the progress and reads the record again when the job finishes (or every two seconds, should the events
 * not arrive); once it is ready, reads what it computed (`readDone`) once. Leaving the page stops everything.
 */
export function useJobRecord<R extends JobRecord, D>(
  readRecord: () => Promise<R>,
  readDone: () => Promise<D>,
  key: string,
): JobRecordState<R, D> {
  const { lost } = useSession();
  const [record, setRecord] = useState<R | undefined>(undefined);
  const [done, setDone] = useState<D | undefined>(undefined);
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
        const next = await readRecord();
        if (!alive || settled) return;
        setError(null);
        setRecord(next);
        if (next.status === 'processing') {
          follow(next);
          return;
        }
        settled = true;
        stopAll();
        if (next.status === 'ready') {
          const outcome = await readDone();
          if (alive) setDone(outcome);
        }
      } catch (failure) {
        fail(failure);
      }
    };
    const follow = (r: R) => {
      if (following) return;
      following = true;
      const timer = window.setInterval(() => void read(), POLL_MS);
      stops.push(() => window.clearInterval(timer));
      if (r.jobId)
        stops.push(
          followJob(r.jobId, (job) => {
            if (isFinished(job)) void read();
            else setRecord((c) => (c && c.status === 'processing' ? { ...c, progress: job.progress } : c));
          }),
        );
    };
    void read();
    return () => {
      alive = false;
      stopAll();
    };
    // The readers change identity on every render; `key` names what they read.
  }, [key, round, lost]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { record, done, error, reload };
}
