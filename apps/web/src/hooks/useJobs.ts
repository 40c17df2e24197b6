import type { Job } from '@pactesur/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { api } from '../api.ts';
import { followJob, isFinished } from '../jobs/jobEvents.ts';
import { useResource, type Resource } from './useResource.ts';

/** The acting organisation's jobs, newest first; unfinished ones are followed live. */
export function useJobs(orgId: string): Resource<Job[]> & { readonly add: (job: Job) => void } {
  const jobs = useResource(() => api.listJobs(), orgId);
  const followed = useRef(new Map<string, () => void>());
  const { setData } = jobs;

  const running = useMemo(
    () => (jobs.data ?? []).filter((j) => !isFinished(j)).map((j) => j.id),
    [jobs.data],
  );

  useEffect(() => {
    for (const id of running) {
      if (followed.current.has(id)) continue;
      followed.current.set(
        id,
        followJob(id, (job) => setData((list) => list?.map((j) => (j.id === job.id ? job : j)))),
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

  return { ...jobs, add: (job) => setData((list) => [job, ...(list ?? []).filter((j) => j.id !== job.id)]) };
}
