import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactesurClient } from '@pactesur/api-client';
import type { Extract, Job } from '@pactesur/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { connectDatabase } from '../../src/db/connect.ts';
import { testDatabase } from '../test-database.ts';
import { waitFor } from '../wait-for.ts';
import { killAll, runPactesur, startServe, type ServeData } from './serve-process.ts';
import { signedIn } from './write-load.ts';

/**
 * The real `pactesur serve` killed with SIGKILL in the middle of an upload, and in the middle of the import that
 * follows one, on the backend of the Vitest project running this file (PGlite under `server-pglite`, PostgreSQL
 * under `server-pg`). What the file store and the database hold afterwards is read directly, once no server
 * runs on them.
 */
const onPostgres = process.env.PACTESUR_TEST_DB === 'postgres';
const backend = onPostgres ? 'PostgreSQL' : 'PGlite';

// A job its dead server left behind is seen as lost within two seconds, and has one attempt left.
const JOB_ENV = {
  JOB_MAX_ATTEMPTS: '2',
  JOB_HEARTBEAT_MS: '200',
  JOB_POLL_MS: '200',
  JOB_SWEEP_MS: '300',
  JOB_STALE_MS: '1500',
};
/** What the slow upload sends before it stalls: enough to be well into a write to the file store. */
const SENT_BEFORE_STALL = 4 * 1024 * 1024;
/** Lattice side of the extract imported in full: about 4 MB, an import of a few seconds, so a kill lands in it. */
const IMPORTED_SIDE = 220;

let dir = '';
let data: ServeData;
let database: Config['database'];
let drop: () => Promise<void> = () => Promise.resolve();

const filesDir = () => join(dir, 'files');
const partials = () => readdirSync(join(filesDir(), 'tmp'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pactesur-upload-crash-'));
  if (onPostgres) {
    const made = await testDatabase();
    if (made.database.kind !== 'postgres') throw new Error('expected a PostgreSQL test database');
    ({ database, drop } = made);
    data = { dataDir: dir, databaseUrl: made.database.url };
  } else {
    database = { kind: 'pglite', dataDir: dir };
    data = { dataDir: dir };
  }
  const migrated = await runPactesur(['db', 'migrate', '--demo'], data);
  expect(migrated.code, migrated.output).toBe(0);
}, 180_000);

// Never two servers on one data directory, and none left behind, whatever failed.
afterEach(killAll);
afterAll(async () => {
  await killAll();
  await drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A grid town in OpenStreetMap XML, in pieces of about 64 kB: `side`² nodes 10 m apart, a street along every
 * third row and column.
 */
function* gridTown(side: number): Generator<string, void> {
  const id = (row: number, col: number) => 1 + row * side + col;
  let piece = '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n';
  const flush = function* (force = false) {
    if (piece.length >= 1 << 16 || force) {
      yield piece;
      piece = '';
    }
  };
  for (let row = 0; row < side; row++)
    for (let col = 0; col < side; col++) {
      piece += ` <node id="${id(row, col)}" lat="${(43.8 + row * 9e-5).toFixed(7)}" lon="${(7.1 + col * 1.245e-4).toFixed(7)}"/>\n`;
      yield* flush();
    }
  let way = 0;
  for (let k = 0; k < side; k += 3)
    for (const along of [(i: number) => id(k, i), (i: number) => id(i, k)]) {
      piece += ` <way id="${++way}">\n`;
      for (let i = 0; i < side; i++) piece += ` <nd ref="${along(i)}"/>\n`;
      piece += ' <tag k="highway" v="residential"/>\n </way>\n';
      yield* flush();
    }
  piece += '</osm>\n';
  yield* flush(true);
}

/** A request body that sends the first `bytes` of a large extract, then waits for ever (until the connection dies). */
function stallingUpload(bytes: number): ReadableStream<Uint8Array> {
  const pieces = gridTown(2000);
  const encoder = new TextEncoder();
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return new Promise<void>(() => undefined);
      const piece = encoder.encode(pieces.next().value ?? '');
      sent += piece.length;
      controller.enqueue(piece);
      return undefined;
    },
  });
}

/** Bytes written so far under the store's `tmp/` (uploads in flight). */
function bytesInFlight(): number {
  return partials().reduce((sum, name) => sum + statSync(join(filesDir(), 'tmp', name)).size, 0);
}

/** The database and the file store, read directly once no server runs on them: what disagrees between them. */
async function storeDisagreements(): Promise<{ extracts: number; importJobs: Map<string, string>; problems: string[] }> {
  const handle = await connectDatabase(database);
  try {
    const extracts = await handle.db.selectFrom('extracts').select(['id', 'file_key', 'job_id']).execute();
    const jobs = await handle.db
      .selectFrom('jobs as j')
      .leftJoin('extracts as e', 'e.job_id', 'j.id')
      .select(['j.id', 'j.status', 'j.attachment_key', 'e.id as extract_id'])
      .where('j.kind', '=', 'osm.import-extract')
      .execute();
    const problems: string[] = [];
    const stored = (key: string | null) => key !== null && existsSync(join(filesDir(), 'files', key));
    for (const e of extracts) if (!stored(e.file_key)) problems.push(`extract ${e.id} has no file (key ${e.file_key})`);
    for (const j of jobs) {
      if (!j.extract_id) problems.push(`import job ${j.id} (${j.status}) has no extract`);
      // A job names its file until it ends (the extract keeps it after).
      if ((j.status === 'queued' || j.status === 'running') && !stored(j.attachment_key))
        problems.push(`unfinished import job ${j.id} has no file (key ${j.attachment_key})`);
    }
    if (partials().length > 0) problems.push(`files/tmp holds ${partials().join(', ')}`);
    return { extracts: extracts.length, importJobs: new Map(jobs.map((j) => [j.id, j.status])), problems };
  } finally {
    await handle.close();
  }
}

describe(`pactesur serve killed with SIGKILL during an upload, on ${backend}`, () => {
  it('leaves no extract, no import job and no partial file of an upload cut short, and starts again healthy', async () => {
    const before = await storeDisagreements();
    expect(before.problems).toEqual([]);

    const server = await startServe(data, JOB_ENV);
    const editor = await signedIn(server.url, 'editor@nice.example.org');
    const upload = editor.transport
      .request('POST', '/api/extracts?filename=cut-short.osm', stallingUpload(SENT_BEFORE_STALL), {
        contentType: 'application/vnd.openstreetmap.data+xml',
      })
      .then(
        (response) => `answered ${response.status}`,
        () => 'no answer',
      );
    // The server is writing the upload into its store when it dies (a body gathered in memory first never gets there).
    await waitFor(() => Promise.resolve(bytesInFlight()), (n) => n >= SENT_BEFORE_STALL, 60_000, 20);
    await server.kill();
    expect(await upload).toBe('no answer');
    expect(partials()).toHaveLength(1);

    const restarted = await startServe(data, JOB_ENV);
    expect(partials()).toEqual([]);
    const health = await new PactesurClient({ baseUrl: restarted.url }).health();
    expect(health).toMatchObject({ status: 'ok', database: { reachable: true } });
    const again = await signedIn(restarted.url, 'editor@nice.example.org');
    expect((await again.listExtracts()).map((e) => e.filename)).not.toContain('cut-short.osm');
    expect(await restarted.stop()).toBe(0);

    expect(await storeDisagreements()).toEqual({ ...before, problems: [] });
  }, 240_000);

  it('retries an import its server was killed in, once restarted, to its end', async () => {
    const first = await startServe(data, JOB_ENV);
    let editor = await signedIn(first.url, 'editor@nice.example.org');
    const bytes = Buffer.from([...gridTown(IMPORTED_SIDE)].join(''));
    const uploaded = await editor.uploadExtract('grid-town.osm', new Uint8Array(bytes));
    expect(uploaded).toMatchObject({ status: 'processing', bytes: bytes.length });
    const jobId = uploaded.jobId ?? '';
    await waitFor(() => editor.getJob(jobId), (j) => j.status !== 'queued', 60_000, 20);
    await first.kill();

    const killedIn = await storeDisagreements();
    expect(killedIn.problems).toEqual([]);
    // The kill landed in the import, not after it.
    expect(killedIn.importJobs.get(jobId)).toBe('running');

    const second = await startServe(data, JOB_ENV);
    editor = await signedIn(second.url, 'editor@nice.example.org');
    const finished = await waitFor(() => editor.getExtract(uploaded.id), (e: Extract) => e.status !== 'processing', 180_000, 100);
    const job: Job = await editor.getJob(jobId);
    // Killed during its first attempt, run again by the restarted server to its end.
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, error: null });
    expect(finished).toMatchObject({ status: 'ready', error: null, summary: { nodes: IMPORTED_SIDE ** 2 } });
    expect(await second.stop()).toBe(0);

    expect((await storeDisagreements()).problems).toEqual([]);
  }, 300_000);
});

if (!onPostgres && !process.env.DATABASE_URL) {
  describe('pactesur serve killed with SIGKILL during an upload, on PostgreSQL', () => {
    it.skip('is skipped: DATABASE_URL is unset (the server-pg project runs these cases when it is set)', () =>
      undefined);
  });
}
