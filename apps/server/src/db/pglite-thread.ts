import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { FromPglite, PgliteErrorFields, PgliteThreadData, ToPglite } from './pglite-messages.ts';

/**
 * The embedded database's own thread (ADR 0016). PGlite runs PostgreSQL compiled to WebAssembly: each
 * statement runs to its end without yielding, so on the thread that serves HTTP a large statement (a big
 * insert, a long sort) would stop every request. Here it only stops this thread.
 */
const port = parentPort;
if (!port) throw new Error('pglite-thread runs inside a worker thread');
const post = (message: FromPglite) => port.postMessage(message);
const { dataDir, startParams } = workerData as PgliteThreadData;
/** bigint columns (bigserial ids, counts) fit in a JS number for this application. */
const options = { parsers: { 20: (v: string) => Number(v) } };

function fieldsOf(error: unknown): PgliteErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & Partial<Record<'code' | 'detail' | 'constraint' | 'table' | 'column' | 'severity', string>>;
  const copy = (name: 'code' | 'detail' | 'constraint' | 'table' | 'column' | 'severity') => (typeof e[name] === 'string' ? { [name]: e[name] } : {});
  return { message: e.message, ...copy('code'), ...copy('detail'), ...copy('constraint'), ...copy('table'), ...copy('column'), ...copy('severity') };
}

async function run(pglite: PGlite, sql: string, params: readonly unknown[] | null): Promise<{ rows: unknown[]; affectedRows: number | null }> {
  if (!params || params.length === 0) {
    // The simple protocol: allows several statements (migrations); the last one's rows are returned.
    const results = await pglite.exec(sql, options);
    const last = results.at(-1);
    return { rows: last?.rows ?? [], affectedRows: last?.affectedRows ?? null };
  }
  const result = await pglite.query(sql, [...params], options);
  return { rows: result.rows, affectedRows: result.affectedRows ?? null };
}

try {
  const pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), startParams: [...startParams] });
  port.on('message', (message: ToPglite) => {
    if (message.type === 'close') {
      void pglite.close().finally(() => post({ type: 'result', id: message.id, rows: [], affectedRows: null }));
      return;
    }
    run(pglite, message.sql, message.params).then(
      ({ rows, affectedRows }) => post({ type: 'result', id: message.id, rows, affectedRows }),
      (error: unknown) => post({ type: 'error', id: message.id, error: fieldsOf(error) }),
    );
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed-to-open', message: error instanceof Error ? error.message : String(error) });
}
