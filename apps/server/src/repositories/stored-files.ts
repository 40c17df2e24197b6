import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { MODULE_FILE_COLUMNS } from '../modules/index.ts';
import type { FileStore } from '../files/file-store.ts';

/** How old a file no row names must be before the sweep removes it: an upload in flight on another server is younger. */
export const UNREFERENCED_FILE_AGE_MS = 60 * 60 * 1000;

/**
 * The file store as the database sees it: which files rows name, and the two start-up chores that keep
 * both in step (ADR 0016).
 */
export class StoredFilesRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  /**
   * Moves the bytes of extracts uploaded before the file store into it, one extract at a time: the file is
   * complete before the row names it, and the row's bytes go only then. Returns how many were moved.
   */
  async moveDatabaseBytes(): Promise<number> {
    let moved = 0;
    for (;;) {
      const row = await this.db.selectFrom('extracts').select(['id', 'data']).where('file_key', 'is', null).where('data', 'is not', null).limit(1).executeTakeFirst();
      if (!row?.data) return moved;
      const file = await this.files.put(new Uint8Array(row.data));
      await this.db.updateTable('extracts').set({ file_key: file.key, bytes: file.bytes, data: null }).where('id', '=', row.id).execute();
      moved += 1;
    }
  }

  /**
   * Removes files no extract, no job and no module's row names that are older than `olderThanMs`: left by a server stopped
   * between the end of an upload and the commit of its extract. Returns how many were removed.
   */
  async sweepUnreferenced(olderThanMs = UNREFERENCED_FILE_AGE_MS): Promise<number> {
    const named = new Set<string>();
    for (const r of await this.db.selectFrom('extracts').select('file_key').where('file_key', 'is not', null).execute()) if (r.file_key) named.add(r.file_key);
    for (const r of await this.db.selectFrom('jobs').select('attachment_key').where('attachment_key', 'is not', null).execute()) if (r.attachment_key) named.add(r.attachment_key);
    // The modules' files (photos, attachments): each module names the columns that hold their keys.
    for (const { table, column } of MODULE_FILE_COLUMNS) {
      const { rows } = await sql<{ key: string | null }>`select ${sql.ref(column)} as key from ${sql.table(table)}`.execute(this.db);
      for (const r of rows) if (r.key) named.add(r.key);
    }
    let removed = 0;
    for (const key of await this.files.keys()) {
      if (named.has(key)) continue;
      const age = await this.files.ageMs(key);
      if (age === null || age < olderThanMs) continue;
      await this.files.delete(key);
      removed += 1;
    }
    return removed;
  }
}
