import { Worker } from 'node:worker_threads';
import { JobCancelledError } from '../kinds/index.ts';
import type { FromThread, ToThread } from './messages.ts';

/** The thread (or process) running a job went away before the job finished: the job may be retried. */
export class WorkerLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerLostError';
  }
}

export interface RunOptions {
  readonly onProgress: (fraction: number, message: string | null) => void;
  readonly signal: AbortSignal;
  /** The stored file the handler reads (read by the job's thread itself, never copied through this one). */
  readonly attachmentPath?: string | null;
}

interface Task extends RunOptions {
  readonly jobId: string;
  readonly kind: string;
  readonly input: unknown;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  exited: Promise<void>;
  /** Ends the thread when it has had nothing to do for the pool's idle time. */
  idleTimer: NodeJS.Timeout | null;
}

/** How long a thread with nothing to do is kept for the next job before it ends and frees its memory. */
export const THREAD_IDLE_MS = 30_000;

/**
 * The most JavaScript heap one job thread may use (MB). A job past it (an extract far larger than a site's)
 * is stopped and failed with the reason, instead of taking the server's memory: without a cap, one
 * 120 MB extract grew the server to 3 GB.
 */
export const JOB_THREAD_HEAP_MB = 1024;

/** A job stopped because its thread ran out of its memory: final, as another attempt would end the same way. */
export class JobOutOfMemoryError extends Error {
  constructor() {
    super(`The job needed more memory than a job may use (${JOB_THREAD_HEAP_MB} MB); its input is too large for this server.`);
    this.name = 'JobOutOfMemoryError';
  }
}

/**
 * The entry of a job thread: beside this module in the sources (a boot file that loads `thread-entry.ts`
 * through tsx) and in the compiled build (the compiled `thread-entry.ts`, emitted under the same name).
 */
const THREAD_ENTRY = new URL('./thread-bootstrap.mjs', import.meta.url);

/**
 * A pool of `size` worker threads running job handlers, one job per thread at a time; threads start on
 * demand, are reused while work comes, and end after `idleMs` without any (an idle server holds no job
 * thread). A thread that dies mid-job fails that job's promise with `WorkerLostError`.
 */
export class ThreadPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly idleMs = THREAD_IDLE_MS,
  ) {}

  /** Threads alive now (running a job or waiting for one). */
  threadCount(): number {
    return this.slots.size;
  }

  /** Runs `kind` on `input` in a thread; resolves with the handler's result. */
  run(jobId: string, kind: string, input: unknown, options: RunOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new WorkerLostError('the thread pool is closed'));
    if (options.signal.aborted) return Promise.reject(new JobCancelledError());
    return new Promise((resolve, reject) => {
      this.waiting.push({ jobId, kind, input, ...options, resolve, reject });
      this.dispatch();
    });
  }

  /** Ids of the jobs running on a thread now. */
  runningJobs(): string[] {
    return [...this.slots].flatMap((s) => (s.task ? [s.task.jobId] : []));
  }

  /** Kills the thread running `jobId` (an operator's last resort, and how tests simulate a crash). */
  async terminateThreadOf(jobId: string): Promise<boolean> {
    const slot = [...this.slots].find((s) => s.task?.jobId === jobId);
    if (!slot) return false;
    await slot.worker.terminate();
    await slot.exited;
    return true;
  }

  /** Stops every thread; running and waiting jobs fail with `WorkerLostError`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new WorkerLostError('the thread pool closed'));
    const slots = [...this.slots];
    await Promise.all(
      slots.map(async (s) => {
        await s.worker.terminate();
        await s.exited;
      }),
    );
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      const task = this.waiting.shift();
      if (!task) return;
      if (task.signal.aborted) {
        task.reject(new JobCancelledError());
        continue;
      }
      this.start(slot, task);
    }
  }

  private start(slot: Slot, task: Task): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.task = task;
    const onAbort = () => slot.worker.postMessage({ type: 'cancel' } satisfies ToThread);
    task.signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => task.signal.removeEventListener('abort', onAbort);
    const original = { resolve: task.resolve, reject: task.reject };
    slot.task = {
      ...task,
      resolve: (value) => (settle(), original.resolve(value)),
      reject: (error) => (settle(), original.reject(error)),
    };
    slot.worker.postMessage({ type: 'run', kind: task.kind, input: task.input, attachmentPath: task.attachmentPath ?? null } satisfies ToThread);
  }

  private spawn(): Slot {
    const worker = new Worker(THREAD_ENTRY, { resourceLimits: { maxOldGenerationSizeMb: JOB_THREAD_HEAP_MB } });
    let markExited: () => void = () => undefined;
    const slot: Slot = { worker, task: null, exited: new Promise((resolve) => (markExited = resolve)), idleTimer: null };
    let failure: string | null = null;
    let outOfMemory = false;
    worker.on('message', (message: FromThread) => {
      const task = slot.task;
      if (!task) return;
      if (message.type === 'progress') {
        task.onProgress(message.fraction, message.message);
        return;
      }
      slot.task = null;
      if (message.type === 'done') task.resolve(message.result);
      else task.reject(message.cancelled ? new JobCancelledError() : new Error(message.message));
      this.dispatch();
      if (slot.task === null) this.retireWhenIdle(slot);
    });
    worker.on('error', (error) => {
      failure = error.message;
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
    });
    worker.on('exit', (code) => {
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      this.slots.delete(slot);
      const task = slot.task;
      slot.task = null;
      task?.reject(outOfMemory ? new JobOutOfMemoryError() : new WorkerLostError(`its worker thread stopped (${failure ?? `exit code ${code}`})`));
      markExited();
      this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }

  private retireWhenIdle(slot: Slot): void {
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = null;
      if (slot.task !== null || this.closed) return;
      this.slots.delete(slot);
      void slot.worker.terminate();
    }, this.idleMs);
    slot.idleTimer.unref();
  }
}
