import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { FileStore, isFileKey } from './file-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pactesur-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A stream of `chunks` chunks of `size` bytes each, as an upload's body arrives. */
function body(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(sent++ % 251));
    },
  });
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe('the file store', () => {
  it('streams a body into a file under a new key, whole', async () => {
    const store = await FileStore.open(dir);
    const file = await store.put(body(40, 64 * 1024));
    expect(isFileKey(file.key)).toBe(true);
    expect(file.bytes).toBe(40 * 64 * 1024);
    const read = await store.read(file.key);
    expect(read?.length).toBe(file.bytes);
    expect(read?.[64 * 1024]).toBe(1);
    expect(await store.keys()).toEqual([file.key]);
  });

  it('stops a body past its limit with payload_too_large, and keeps nothing of it', async () => {
    const store = await FileStore.open(dir);
    const refused = await store.put(body(100, 64 * 1024), 1024 * 1024).catch(codeOf);
    expect(refused).toBe('payload_too_large');
    expect(await store.keys()).toEqual([]);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses an empty body', async () => {
    const store = await FileStore.open(dir);
    expect(await store.put(body(0, 1)).catch(codeOf)).toBe('empty_upload');
    expect(await store.keys()).toEqual([]);
  });

  it('clears what an interrupted write left in tmp/ when it opens, and keeps finished files', async () => {
    const first = await FileStore.open(dir);
    const kept = await first.put(new TextEncoder().encode('<osm/>'));
    await writeFile(join(dir, 'tmp', 'half-written'), 'xx');
    const again = await FileStore.open(dir);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    expect(new TextDecoder().decode((await again.read(kept.key)) ?? new Uint8Array())).toBe('<osm/>');
  });

  it('never reads or writes outside itself: a key is a uuid', async () => {
    const store = await FileStore.open(dir);
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a file key/);
    await expect(store.delete('../x')).rejects.toThrow(/not a file key/);
    expect(await store.read('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('restores a file under its key from a backup, replacing what was there', async () => {
    const store = await FileStore.open(dir);
    const file = await store.put(new TextEncoder().encode('old'));
    await store.restore(file.key, (async function* () {
      yield new TextEncoder().encode('new ');
      await Promise.resolve(); // a backup's chunks arrive as it is read
      yield new TextEncoder().encode('bytes');
    })());
    expect(await readFile(store.pathOf(file.key), 'utf8')).toBe('new bytes');
  });
});
