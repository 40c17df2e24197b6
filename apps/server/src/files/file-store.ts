import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors/app-error.ts';

/** What a stored file is known by: its key (a uuid) and its size. */
export interface StoredFile {
  readonly key: string;
  readonly bytes: number;
}

/** A key the store hands out: a uuid, so a key can never name a path outside the store. */
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isFileKey(key: string): boolean {
  return KEY.test(key);
}

/** Where the file of `key` lives in the store at `dir` (for job threads and workers, which read it themselves). */
export function storedFilePath(dir: string, key: string): string {
  if (!isFileKey(key)) throw new Error(`not a file key: ${key}`);
  return join(dir, 'files', key);
}

/**
 * Uploaded files (OpenStreetMap extracts), kept out of the database (ADR 0016): a database value would be
 * held whole in memory by every layer it crosses. Files are written under `tmp/` and renamed into place
 * once complete, so a crash never leaves a half-written file under a key; what is left in `tmp/` is
 * removed at start-up. The store never decides what a file is for: the rows that name a key own it.
 */
export class FileStore {
  private constructor(readonly dir: string) {}

  /** Opens (creating it if needed) the store in `dir`, and clears what an interrupted write left. */
  static async open(dir: string): Promise<FileStore> {
    await mkdir(join(dir, 'tmp'), { recursive: true });
    await mkdir(join(dir, 'files'), { recursive: true });
    for (const name of await readdir(join(dir, 'tmp'))) await rm(join(dir, 'tmp', name), { force: true });
    return new FileStore(dir);
  }

  /** Where a key's file lives (for a job thread, which reads it itself). */
  pathOf(key: string): string {
    return storedFilePath(this.dir, key);
  }

  /**
   * Streams `source` into a new file and returns its key. More than `maxBytes` stops the write and throws
   * `payload_too_large`; an empty source throws `empty_upload`. Nothing is left behind on failure.
   */
  async put(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Uint8Array, maxBytes = Number.MAX_SAFE_INTEGER): Promise<StoredFile> {
    const input = source instanceof Uint8Array ? Readable.from([source]) : source instanceof ReadableStream ? Readable.fromWeb(source) : Readable.from(source);
    return this.write(randomUUID(), input, { maxBytes, refuseEmpty: true });
  }

  /**
   * Writes `source` under the given key, replacing any file there (a restore from a backup). A source that
   * throws (a checksum that does not match) leaves nothing behind.
   */
  restore(key: string, source: AsyncIterable<Uint8Array>): Promise<StoredFile> {
    return this.write(key, Readable.from(source), { maxBytes: Number.MAX_SAFE_INTEGER, refuseEmpty: false });
  }

  /** Writes under `tmp/`, then renames into place once the source has ended whole. */
  private async write(key: string, input: Readable, options: { maxBytes: number; refuseEmpty: boolean }): Promise<StoredFile> {
    const target = this.pathOf(key);
    const partial = join(this.dir, 'tmp', randomUUID());
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > options.maxBytes) done(new AppError('payload_too_large', `The file may have at most ${options.maxBytes} bytes.`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(input, counter, createWriteStream(partial, { flags: 'wx' }));
      if (bytes === 0 && options.refuseEmpty) throw new AppError('empty_upload');
      await rename(partial, target);
      return { key, bytes };
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  /** The whole file (job threads and small files); null when there is none under the key. */
  async read(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The file as a stream (backups). */
  stream(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch {
      return null;
    }
  }

  /** How long ago the file was completed (ms), or null when there is none. */
  async ageMs(key: string): Promise<number | null> {
    try {
      return Date.now() - (await stat(this.pathOf(key))).mtimeMs;
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Deletes the files of rows that are gone; one that cannot be removed is left to the start-up sweep. */
  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.delete(key).catch(() => undefined);
  }

  /** Every key stored (backups, and the start-up sweep of files no row names). */
  async keys(): Promise<string[]> {
    return (await readdir(join(this.dir, 'files'))).filter(isFileKey).sort();
  }
}
