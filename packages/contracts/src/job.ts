import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof JobStatus>;
export const FINISHED_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

/** A background job: heavy analyses run as jobs with progress, cancellation and a stored result. */
export const Job = z.object({
  id: Id,
  kind: z.string(),
  ownerOrgId: Id,
  status: JobStatus,
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  /** The input the job was started with, as validated by its kind. */
  input: z.unknown(),
  result: z.unknown().nullable(),
  error: z.string().nullable(),
  /** Attempts started so far; a job whose worker is lost is retried until `maxAttempts`. */
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
});
export type Job = z.infer<typeof Job>;

export const StartJob = z.strictObject({
  kind: z.string().min(1).max(80),
  input: z.unknown().default({}),
});
export type StartJob = z.infer<typeof StartJob>;
