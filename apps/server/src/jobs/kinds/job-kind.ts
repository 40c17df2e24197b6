import type { z } from 'zod';

/** What a running job may do besides computing: report progress and notice cancellation. */
export interface JobContext {
  /** Reports how far the job is, as a fraction in [0, 1], with an optional human-readable step. */
  progress(fraction: number, message?: string): void;
  /** Aborted when the job is cancelled; a handler checks it between steps and stops by throwing. */
  readonly signal: AbortSignal;
  /** The job's binary input (e.g. an uploaded extract), or null. */
  readonly attachment: Uint8Array | null;
}

/**
 * A kind of background job: a name, the zod schema of its input, and a pure handler that runs inside a
 * worker (a thread of the API server, or a `pactesur worker` process). Handlers do no I/O of their own:
 * the job system stores their progress and result.
 */
export interface JobKind<I = unknown, R = unknown> {
  readonly name: string;
  readonly input: z.ZodType<I>;
  run(input: I, ctx: JobContext): Promise<R>;
  /** Started only by the platform's own services (e.g. with an attachment), never through `POST /api/jobs`. */
  readonly internal?: boolean;
}

/** Declares a job kind, its input type inferred from its schema. */
export function defineJobKind<I, R>(kind: JobKind<I, R>): JobKind<I, R> {
  return kind;
}

/** Thrown by a handler that stopped because its signal was aborted. */
export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

/**
 * The progress callback a handler hands to a domain package: forwards to `ctx.progress`, and stops the
 * computation (by throwing {@link JobCancelledError} out of the package) once the job is cancelled.
 */
export function progressOf(ctx: Pick<JobContext, 'progress'> & { readonly signal?: AbortSignal }): (fraction: number, message?: string) => void {
  return (fraction, message) => {
    if (ctx.signal?.aborted) throw new JobCancelledError();
    ctx.progress(fraction, message);
  };
}
