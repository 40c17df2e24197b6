import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof JobStatus>;
export const FINISHED_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

/** The kinds of record a job computes, as the web app links to them. */
export const JobRecordKind = z.enum([
  'extract',
  'site',
  'threat-analysis',
  'crowd-simulation',
  'protection-plan',
]);
export type JobRecordKind = z.infer<typeof JobRecordKind>;

/**
 * The record a job computed, when the reader may see it: a threat analysis, a crowd simulation or a
 * protection plan; for an import, the site registered from its extract, else the extract itself.
 */
export const JobRecord = z.object({ kind: JobRecordKind, id: Id, name: z.string() });
export type JobRecord = z.infer<typeof JobRecord>;

/** A job that finished but found no possible answer (a protection plan that cannot be made), and why. */
export const JobInfeasible = z.object({ reason: z.string(), constraint: z.string() });
export type JobInfeasible = z.infer<typeof JobInfeasible>;

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
  /** Set when a succeeded job's result says there is no possible answer (no plan possible). */
  infeasible: JobInfeasible.nullable(),
  /** The record the job computed; given by the list and by reading one job, null in live events. */
  record: JobRecord.nullable(),
});
export type Job = z.infer<typeof Job>;

/** Kinds whose names start so are checks of the job system itself, listed only when asked for. */
export const DIAGNOSTIC_KIND_PREFIX = 'diagnostic.';

/** `GET /api/jobs?diagnostic=include` also lists the diagnostic jobs (for operators and tests). */
export const JobListQuery = z.strictObject({ diagnostic: z.enum(['include']).optional() });
export type JobListQuery = z.infer<typeof JobListQuery>;

export const StartJob = z.strictObject({
  kind: z.string().min(1).max(80),
  input: z.unknown().default({}),
});
export type StartJob = z.infer<typeof StartJob>;
