import { Worker } from 'node:worker_threads';
import type { PgliteLike } from './pglite-dialect.ts';
import type { FromPglite, PgliteErrorFields, PgliteThreadData, ToPglite } from './pglite-messages.ts';

/** Where the thread's entry is, in the sources and in the compiled build alike (see scripts/build.mjs). */
const THREAD_ENTRY = new URL('./pglite-bootstrap.mjs', import.meta.url);

/** A database error raised in the database's thread, with the fields callers read (`code`, `constraint`, …). */
export class PgliteError extends Error {
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly constraint: string | undefined;
  constructor(fields: PgliteErrorFields) {
    super(fields.message);
    this.name = 'PgliteError';
    this.code = fields.code;
    this.detail = fields.detail;
    this.constraint = fields.constraint;
  }
}

/**
 * Opens the embedded database in a thread of its own and answers queries through messages (ADR 0016).
 * Queries are sent in order and answered in order; the dialect above hands out the single connection.
 */
export function openPgliteThread(data: PgliteThreadData): Promise<PgliteLike> {
  const worker = new Worker(THREAD_ENTRY, { workerData: data });
  const pending = new Map<number, { resolve: (value: { rows: unknown[]; affectedRows?: number }) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let gone: Error | null = null;

  const failAll = (error: Error) => {
    gone = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  return new Promise((resolveOpen, rejectOpen) => {
    worker.on('message', (message: FromPglite) => {
      switch (message.type) {
        case 'ready':
          resolveOpen(client);
          return;
        case 'failed-to-open':
          rejectOpen(new Error(`could not open the embedded database: ${message.message}`));
          void worker.terminate();
          return;
        case 'result': {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          waiting?.resolve({ rows: message.rows, ...(message.affectedRows !== null ? { affectedRows: message.affectedRows } : {}) });
          return;
        }
        case 'error': {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          waiting?.reject(new PgliteError(message.error));
          return;
        }
      }
    });
    worker.once('error', (error) => {
      failAll(error);
      rejectOpen(error);
    });
    worker.once('exit', (code) => {
      const error = new Error(`the embedded database's thread ended (exit code ${code})`);
      failAll(error);
      rejectOpen(error);
    });

    const send = <R>(message: Omit<Extract<ToPglite, { type: 'query' }>, 'id'> | { type: 'close' }) =>
      new Promise<{ rows: R[]; affectedRows?: number }>((resolve, reject) => {
        if (gone) {
          reject(gone);
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: { rows: unknown[]; affectedRows?: number }) => void, reject });
        worker.postMessage({ ...message, id } satisfies ToPglite);
      });

    const client: PgliteLike = {
      query: <R>(sql: string, params?: unknown[]) => send<R>({ type: 'query', sql, params: params && params.length > 0 ? params : null }),
      close: async () => {
        if (!gone) await send({ type: 'close' });
        await worker.terminate();
      },
    };
  });
}
