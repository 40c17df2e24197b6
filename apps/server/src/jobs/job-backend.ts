import type { JobRow } from '../db/schema.ts';
import type { ThreadPool } from './threads/thread-pool.ts';

/** Where jobs run: threads of this server, or BullMQ workers. The `jobs` table stays the source of truth. */
export interface JobBackend {
  readonly name: 'threads' | 'bullmq';
  /** The threads this process runs jobs on, if it runs any. */
  readonly threadPool: ThreadPool | null;
  /** A queued row was inserted: have it run. */
  enqueue(row: JobRow): Promise<void>;
  /** The cancellation of a running job was recorded: stop it wherever it runs. */
  cancel(id: string): Promise<void>;
  /** Stops taking work; jobs running here go back to the queue (threads) or stay with their workers (BullMQ). */
  close(): Promise<void>;
}

/** The reason stored on a job that ended because it was cancelled. */
export const CANCELLED_REASON = 'cancelled';
