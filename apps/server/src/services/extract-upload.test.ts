import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { waitFor } from '../../test/wait-for.ts';

const BREDA = readFileSync(new URL('../../../../data/osm/breda-grote-markt.osm', import.meta.url));
const LIMIT = 256 * 1024;

let platform: TestPlatform;
let editor: PactesurClient;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { UPLOAD_LIMIT_BYTES: String(LIMIT) } });
  editor = await platform.signedIn('editor@nice.example.org');
});
afterAll(() => platform.close());

/** An upload's body as it arrives from a client that streams (no content-length): `chunks` chunks of `size` bytes. */
function streamed(chunks: number, size: number, fill = 0x20): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ === chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(fill));
    },
  });
}

const storeKeys = () => readdir(join(platform.config.filesDir, 'files'));
const count = async (table: 'jobs' | 'extracts') => {
  const { db } = platform.database;
  return Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
};

describe('an uploaded extract', () => {
  it('is streamed into the file store, never into a database value, and its import reads it from there', async () => {
    const { db } = platform.database;
    const upload = await editor.uploadExtract('breda.osm', new Blob([BREDA]));
    const row = await db.selectFrom('extracts').select(['data', 'file_key', 'bytes']).where('id', '=', upload.id).executeTakeFirstOrThrow();
    expect(row.data).toBeNull();
    expect(row.bytes).toBe(BREDA.length);
    expect(row.file_key).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await readFile(join(platform.config.filesDir, 'files', row.file_key ?? ''));
    expect(stored.equals(BREDA)).toBe(true);
    const extract = await waitFor(() => editor.getExtract(upload.id), (e) => e.status !== 'processing', 60_000);
    expect(extract.status).toBe('ready');
    expect(extract.summary?.nodes).toBe(430);
  });

  it('past the upload limit is stopped while it streams (413), and leaves no file, no job and no extract', async () => {
    const [jobs, extracts, files] = [await count('jobs'), await count('extracts'), (await storeKeys()).length];
    const refused = await apiError(editor.uploadExtract('big.osm', streamed(64, 16 * 1024)));
    expect([refused.status, refused.code]).toEqual([413, 'payload_too_large']);
    expect([await count('jobs'), await count('extracts'), (await storeKeys()).length]).toEqual([jobs, extracts, files]);
    expect(await readdir(join(platform.config.filesDir, 'tmp'))).toEqual([]);
  });

  it('streamed under the limit is taken whole', async () => {
    const upload = await editor.uploadExtract('spaces.osm', streamed(4, 16 * 1024));
    expect(upload.bytes).toBe(64 * 1024);
    const failed = await waitFor(() => editor.getExtract(upload.id), (e) => e.status !== 'processing', 60_000);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/spaces\.osm/);
  });

  it('takes its file with it when deleted', async () => {
    const { db } = platform.database;
    const upload = await editor.uploadExtract('gone.osm', new Blob([BREDA]));
    await waitFor(() => editor.getExtract(upload.id), (e) => e.status !== 'processing', 60_000);
    const { file_key } = await db.selectFrom('extracts').select('file_key').where('id', '=', upload.id).executeTakeFirstOrThrow();
    expect(await storeKeys()).toContain(file_key);
    await editor.deleteExtract(upload.id);
    expect(await storeKeys()).not.toContain(file_key);
  });
});

describe('the file store at start-up', () => {
  it('moves the bytes of extracts uploaded before it into files, and removes old files no row names', async () => {
    const { db } = platform.database;
    const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'nice').executeTakeFirstOrThrow();
    const legacy = await db
      .insertInto('extracts')
      .values({ owner_org_id: org.id, filename: 'old.osm', bytes: BREDA.length, data: new Uint8Array(BREDA), file_key: null, data_date: null, job_id: null, created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await platform.repositories.storedFiles.moveDatabaseBytes()).toBe(1);
    const moved = await db.selectFrom('extracts').select(['data', 'file_key']).where('id', '=', legacy.id).executeTakeFirstOrThrow();
    expect(moved.data).toBeNull();
    expect((await readFile(join(platform.config.filesDir, 'files', moved.file_key ?? ''))).equals(BREDA)).toBe(true);
    expect(await platform.repositories.storedFiles.moveDatabaseBytes()).toBe(0);

    const stray = await platform.repositories.extracts.storeFile(new TextEncoder().encode('<osm/>'));
    expect(await platform.repositories.storedFiles.sweepUnreferenced()).toBe(0); // too young: an upload may be on its way
    expect(await platform.repositories.storedFiles.sweepUnreferenced(0)).toBe(1);
    const keys = await storeKeys();
    expect(keys).not.toContain(stray.key);
    expect(keys).toContain(moved.file_key);
  });
});
