import { z } from 'zod';

const ms = (fallback: number) => z.coerce.number().int().min(50).max(3_600_000).default(fallback);

/** The `JOB_*` variables; `config.ts` parses them with the rest of the environment. */
export const jobEnvShape = {
  JOB_QUEUE: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .default('pactesur-jobs'),
  JOB_QUEUE_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .default('pactesur'),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  JOB_LOCK_MS: ms(30_000),
  JOB_STALLED_INTERVAL_MS: ms(30_000),
  JOB_HEARTBEAT_MS: ms(2_000),
  JOB_STALE_MS: ms(60_000),
  JOB_SWEEP_MS: ms(15_000),
  JOB_POLL_MS: ms(1_000),
  JOB_WORKER_IN_SERVER: z.enum(['0', '1', 'false', 'true']).default('1'),
};
const Schema = z.object(jobEnvShape);

/** The settings from already-parsed `JOB_*` values. */
export function toJobSettings(e: z.infer<typeof Schema>): JobSettings {
  return Object.freeze({
    queue: e.JOB_QUEUE,
    prefix: e.JOB_QUEUE_PREFIX,
    maxAttempts: e.JOB_MAX_ATTEMPTS,
    lockMs: e.JOB_LOCK_MS,
    stalledIntervalMs: e.JOB_STALLED_INTERVAL_MS,
    heartbeatMs: e.JOB_HEARTBEAT_MS,
    staleMs: e.JOB_STALE_MS,
    sweepMs: e.JOB_SWEEP_MS,
    pollMs: e.JOB_POLL_MS,
    workerInServer: e.JOB_WORKER_IN_SERVER === '1' || e.JOB_WORKER_IN_SERVER === 'true',
  });
}

/** Tuning of the job system; every value has a production default, tests shorten the intervals. */
export interface JobSettings {
  /** BullMQ queue name and Redis key prefix (one pair per installation; tests use unique ones). */
  readonly queue: string;
  readonly prefix: string;
  /** Attempts a job gets when its worker is lost (crash, kill, stall); a handler's own error is final. */
  readonly maxAttempts: number;
  /** BullMQ: how long a worker's lock on a job lasts without renewal, and how often stalls are checked. */
  readonly lockMs: number;
  readonly stalledIntervalMs: number;
  /** Threads: how often a server marks its running jobs alive and picks up cancellations from other servers. */
  readonly heartbeatMs: number;
  /** A `running` row without a heartbeat for this long is considered lost by the sweeper. */
  readonly staleMs: number;
  readonly sweepMs: number;
  /** Threads: how often queued rows are looked for (jobs started on another server, or re-queued). */
  readonly pollMs: number;
  /** BullMQ: whether the API server also runs a worker (off for API-only instances). */
  readonly workerInServer: boolean;
}

/**
 * Reads the job settings from the environment (`JOB_*` variables), failing with every bad one at once.
 *
 * @example
 * const settings = jobSettingsFrom({ JOB_LOCK_MS: '2000' });
 */
export function jobSettingsFrom(env: Readonly<Record<string, string | undefined>>): JobSettings {
  const parsed = Schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `invalid job settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return toJobSettings(parsed.data);
}
