import type { Job } from '@pactesur/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { api } from '../../api.ts';
import { useResource, type Resource } from '../../ui/useResource.ts';
import { followJob, isFinished } from './jobEvents.ts';

/**
 * The acting organisation's jobs, newest first; unfinished ones are followed live. Live events carry no
 * record, so the listed one is kept; a job that finishes without one is read once more to find it.
 */
export function useJobs(orgId: string): Resource<Job[]> {
  const jobs = useResource(() => api.listJobs(), orgId);
  const followed = useRef(new Map<string, () => void>());
  const { setData } = jobs;

  const running = useMemo(
    () => (jobs.data ?? []).filter((j) => !isFinished(j)).map((j) => j.id),
    [jobs.data],
  );

  useEffect(() => {
    const merge = (job: Job) =>
      setData((list) => list?.map((j) => (j.id === job.id ? { ...job, record: job.record ?? j.record } : j)));
    for (const id of running) {
      if (followed.current.has(id)) continue;
      followed.current.set(
        id,
        followJob(id, (job) => {
          merge(job);
          if (isFinished(job)) void api.getJob(job.id).then(merge, () => undefined);
        }),
      );
    }
  }, [running, setData]);

  useEffect(() => {
    const all = followed.current;
    return () => {
      for (const stop of all.values()) stop();
      all.clear();
    };
  }, [orgId]);

  return jobs;
}
