import type { JobSettings } from '../job-settings.ts';

/** Redis names besides BullMQ's own: where cancellations are announced and remembered. */
export function redisKeys(settings: Pick<JobSettings, 'prefix' | 'queue'>) {
  const base = `${settings.prefix}:${settings.queue}`;
  return {
    cancelChannel: `${base}:pactesur-cancel`,
    cancelKey: (jobId: string) => `${base}:pactesur-cancel:${jobId}`,
  };
}

/** What a BullMQ job carries: the kind and its validated input (the row id is the BullMQ job id). */
export interface QueuedJob {
  readonly kind: string;
  readonly input: unknown;
  /** The job's binary input, base64 (workers have no database). */
  /** The key of the job's file in the file store (`files/file-store.ts`). */
  readonly attachmentKey?: string | null;
}

/** What a worker reports as BullMQ progress. */
export interface ProgressReport {
  readonly fraction: number;
  readonly message: string | null;
}

export function isProgressReport(data: unknown): data is ProgressReport {
  return typeof data === 'object' && data !== null && typeof (data as ProgressReport).fraction === 'number';
}

/** Connection options for a Redis URL, as BullMQ workers need them. */
export const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null });
