import { FINISHED_STATUSES, Job } from '@pactesur/contracts';

export const isFinished = (job: Job): boolean => FINISHED_STATUSES.includes(job.status);

/**
 * Follows a job live through `GET /api/jobs/:id/events` (server-sent events, `event: job`, a `Job` as
 * data) until it finishes. A broken stream is reopened a few times, then given up. Returns `stop`.
 */
export function followJob(id: string, onJob: (job: Job) => void, retries = 5): () => void {
  let source: EventSource | null = null;
  let timer: number | undefined;
  let stopped = false;
  let left = retries;

  const open = () => {
    if (stopped) return;
    source = new EventSource(`/api/jobs/${encodeURIComponent(id)}/events`);
    source.addEventListener('job', (event: MessageEvent<string>) => {
      const parsed = Job.safeParse(JSON.parse(event.data));
      if (!parsed.success) return;
      left = retries;
      onJob(parsed.data);
      if (isFinished(parsed.data)) stop();
    });
    source.onerror = () => {
      source?.close();
      source = null;
      if (!stopped && left-- > 0) timer = window.setTimeout(open, 2000);
    };
  };
  const stop = () => {
    stopped = true;
    source?.close();
    window.clearTimeout(timer);
  };
  open();
  return stop;
}
