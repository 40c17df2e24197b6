import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors/app-error.ts';
import type { FileStore } from '../files/file-store.ts';
import {
  appliedMigrations,
  dataTables,
  nonEmptyTables,
  sequences,
  type CatalogueTable,
} from './backup-catalogue.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  HeaderLine,
  rowLine,
  rowOf,
  type BackupColumn,
  type SequenceLine,
  type TableLine,
} from './backup-format.ts';
import { BackupReader } from './backup-reader.ts';

/** What a backup holds, or what a restore put back. */
export interface BackupSummary {
  readonly file: string;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly rows: number }>;
  readonly rows: number;
  readonly files: number;
  readonly fileBytes: number;
}

export interface RestoreOptions {
  /** Replace what the database and the file store hold (emptied in the restore's transaction). */
  readonly force?: boolean;
}

/** The alias of the row being written, named so that no column can shadow it. */
const ROW = 'backed up row';
/** Rows fetched, or inserted, at a time; fewer for tables with binary columns, whose rows may be large. */
const BATCH_ROWS = 500;
const BATCH_ROWS_BINARY = 16;
/** A batch of rows is inserted once its JSON text reaches this size. */
const BATCH_CHARS = 8 * 1024 * 1024;
/** Deepest chain of a table's rows referencing each other that the order of a backup follows. */
const MAX_DEPTH = 10_000;

const hasBinary = (columns: readonly BackupColumn[]) => columns.some((c) => c.encoding === 'base64');

/** The JSON object of one row: each stored column under its name, carried as its encoding says. */
function rowObject(columns: readonly BackupColumn[]): RawBuilder<unknown> {
  const value = (c: BackupColumn) => {
    const column = sql`${sql.id(ROW)}.${sql.id(c.name)}`;
    // encode() breaks base64 into lines of 76 characters: the line breaks go.
    if (c.encoding === 'base64') return sql`translate(encode(${column}, 'base64'), chr(10), '')`;
    if (c.encoding === 'text') return sql`${column}::text`;
    return column;
  };
  // jsonb_build_object takes at most 100 arguments: wide tables are built in parts and joined.
  const parts: RawBuilder<unknown>[] = [];
  for (let i = 0; i < columns.length; i += 40) {
    parts.push(
      sql`jsonb_build_object(${sql.join(columns.slice(i, i + 40).map((c) => sql`${sql.lit(c.name)}, ${value(c)}`))})`,
    );
  }
  return sql`(${sql.join(parts, sql` || `)})::text`;
}

/**
 * The rows of a table in a stable order (its primary key). A table whose rows reference each other lists
 * parents before children (by depth from the rows that reference none), so a restore inserting in batches
 * never meets a child before its parent; rows out of reach of any root (a cycle) come last.
 */
function rowsQuery(table: CatalogueTable): RawBuilder<{ line: string }> {
  const t = sql.id(table.name);
  const r = sql.id(ROW);
  const byKey = table.primaryKey.map((c) => sql`${r}.${sql.id(c)}`);
  if (table.selfReferences.length === 0) {
    const order = byKey.length ? sql` order by ${sql.join(byKey)}` : sql``;
    return sql<{ line: string }>`select ${rowObject(table.columns)} as line from ${t} as ${r}${order}`;
  }
  const root = sql.join(
    table.selfReferences.map(
      (ref) =>
        sql`(${sql.join(
          ref.columns.map((c) => sql`p.${sql.id(c)} is null`),
          sql` or `,
        )})`,
    ),
    sql` and `,
  );
  const childOf = sql.join(
    table.selfReferences.map(
      (ref) =>
        sql`(${sql.join(
          ref.columns.map((c, i) => sql`c.${sql.id(c)} = p.${sql.id(ref.referenced[i]!)}`),
          sql` and `,
        )})`,
    ),
    sql` or `,
  );
  return sql<{ line: string }>`
    with recursive depth_of(row_id, depth) as (
      select p.ctid, 0 from ${t} p where ${root}
      union all
      select c.ctid, d.depth + 1 from depth_of d join ${t} p on p.ctid = d.row_id join ${t} c on ${childOf}
      where d.depth < ${sql.lit(MAX_DEPTH)}
    )
    select ${rowObject(table.columns)} as line from ${t} as ${r}
    left join (select row_id, max(depth) as depth from depth_of group by row_id) o on o.row_id = ${r}.ctid
    order by o.depth nulls last${byKey.length ? sql`, ${sql.join(byKey)}` : sql``}`;
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Writes a backup of the database and of every file of the store to `file` (ADR 0019): the rows are read
 * in one read-only snapshot, streamed through gzip, and the file appears under its name only once complete.
 */
export async function writeBackup(db: Db, store: FileStore, file: string): Promise<BackupSummary> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const summary = await db.transaction().execute(async (trx) => {
      await sql`set transaction isolation level repeatable read, read only`.execute(trx);
      // The shortest text that reads back as the same double, whatever the server's setting.
      await sql`set local extra_float_digits = 1`.execute(trx);
      const migrations = await appliedMigrations(trx);
      const tables = await dataTables(trx);
      const counts: Array<{ name: string; rows: number }> = [];
      for (const table of tables) {
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.id(table.name)}`.execute(trx);
        counts.push({ name: table.name, rows: rows[0]?.n ?? 0 });
      }
      const files: Array<{ key: string; bytes: number }> = [];
      for (const key of await store.keys()) files.push({ key, bytes: (await store.size(key)) ?? 0 });
      const fileBytes = files.reduce((sum, f) => sum + f.bytes, 0);
      const header: HeaderLine = {
        kind: 'header',
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations,
        tables: counts,
        files: { count: files.length, bytes: fileBytes },
      };

      async function* lines(): AsyncGenerator<string> {
        yield line(header);
        for (const [i, table] of tables.entries()) {
          yield line({
            kind: 'table',
            name: table.name,
            columns: [...table.columns],
            rows: counts[i]!.rows,
          } satisfies TableLine);
          const batch = hasBinary(table.columns) ? BATCH_ROWS_BINARY : BATCH_ROWS;
          await sql`declare backup_rows no scroll cursor for ${rowsQuery(table)}`.execute(trx);
          let written = 0;
          for (;;) {
            const { rows } = await sql<{
              line: string;
            }>`fetch forward ${sql.lit(batch)} from backup_rows`.execute(trx);
            for (const row of rows) yield `${rowLine(row.line)}\n`;
            written += rows.length;
            if (rows.length < batch) break;
          }
          await sql`close backup_rows`.execute(trx);
          if (written !== counts[i]!.rows)
            throw new Error(`table ${table.name}: ${written} rows read, ${counts[i]!.rows} counted`);
        }
        for (const s of await sequences(trx))
          yield line({ kind: 'sequence', name: s.name, value: s.value } satisfies SequenceLine);
        for (const f of files) {
          yield line({ kind: 'file', key: f.key, bytes: f.bytes });
          const hash = createHash('sha256');
          let bytes = 0;
          try {
            for await (const chunk of store.stream(f.key) as AsyncIterable<Buffer>) {
              hash.update(chunk);
              bytes += chunk.length;
              yield line({ kind: 'chunk', data: chunk.toString('base64') });
            }
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT')
              throw new Error(`the stored file ${f.key} was removed while the backup ran; run it again`);
            throw error;
          }
          if (bytes !== f.bytes)
            throw new Error(`the stored file ${f.key} changed while the backup ran; run it again`);
          yield line({ kind: 'file-end', sha256: hash.digest('hex') });
        }
        yield line({ kind: 'end', rows: counts.reduce((sum, c) => sum + c.rows, 0), files: files.length });
      }

      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
      return {
        file,
        tables: counts,
        rows: counts.reduce((sum, c) => sum + c.rows, 0),
        files: files.length,
        fileBytes,
      };
    });
    await rename(partial, file);
    return summary;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Only the first fields of a header: enough to say that a file is not a backup, or of another version. */
const HeaderStart = z.looseObject({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
});

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function describeMigrations(names: readonly string[]): string {
  return names.length === 0
    ? 'none'
    : names.length === 1
      ? names[0]!
      : `${names.length}, the last ${names.at(-1)!}`;
}

/**
 * Restores a backup into a database migrated to exactly the backup's migrations, and its files into the
 * store (ADR 0019). The database must hold no rows and the store no files, unless `force`, which empties
 * both. Rows are inserted in one transaction, in batches as they are read; every file is checked against
 * its checksum before it takes its place. Anything wrong with the file rolls the database back and removes
 * the files written: the target is left as it was.
 */
export async function restoreBackup(
  db: Db,
  store: FileStore,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupSummary> {
  const reader = new BackupReader(file);
  const added: string[] = [];
  try {
    const first = await reader.required('the header');
    const start = reader.parse(first, HeaderStart, 'the header of a Pactesur backup');
    if (start.version !== BACKUP_VERSION) {
      throw new AppError(
        'validation_failed',
        `${file} is a backup of format ${start.version}; this version of Pactesur reads format ${BACKUP_VERSION}.`,
      );
    }
    const header = reader.parse(first, HeaderLine, 'the header of a Pactesur backup');

    const migrations = await appliedMigrations(db);
    if (!sameList(migrations, header.migrations)) {
      throw new AppError(
        'conflict',
        `The backup was made of a database at migrations ${describeMigrations(header.migrations)}; this database is at ${describeMigrations(migrations)}. Restore it with the version of Pactesur that made it.`,
      );
    }
    const tables = await dataTables(db);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const named = header.tables.map((t) => t.name);
    if (!sameList([...named].sort(), [...byName.keys()].sort())) {
      throw new AppError(
        'conflict',
        `The backup's tables (${named.join(', ')}) are not this database's (${[...byName.keys()].join(', ')}).`,
      );
    }
    const stored = new Set(await store.keys());
    if (!options.force) {
      const full = await nonEmptyTables(db, named);
      if (full.length > 0 || stored.size > 0) {
        const what = [
          full.length > 0 ? `rows in ${full.join(', ')}` : '',
          stored.size > 0 ? `${stored.size} stored files` : '',
        ]
          .filter(Boolean)
          .join(' and ');
        throw new AppError(
          'conflict',
          `The database is not empty (${what}): restore into an empty one, or replace what it holds with --force.`,
        );
      }
    }

    const restored = new Set<string>();
    const summary = await db.transaction().execute(async (trx) => {
      // TRUNCATE, not DELETE: the audit log refuses deletes, and its history is replaced by the backup's.
      if (options.force)
        await sql`truncate table ${sql.join(tables.map((t) => sql.id(t.name)))}`.execute(trx);
      let rows = 0;
      for (const expected of header.tables) {
        const table = await reader.control(`the rows of table ${expected.name}`);
        if (table.kind !== 'table' || table.name !== expected.name || table.rows !== expected.rows) {
          throw reader.damaged(`the ${expected.rows} rows of table ${expected.name} were expected`);
        }
        const have = byName
          .get(table.name)!
          .columns.map((c) => `${c.name}:${c.encoding}`)
          .sort();
        const got = table.columns.map((c) => `${c.name}:${c.encoding}`).sort();
        if (!sameList(have, got))
          throw new AppError(
            'conflict',
            `The columns of table ${table.name} in the backup (${got.join(', ')}) are not this database's (${have.join(', ')}).`,
          );
        rows += await insertRows(trx, reader, table);
      }

      const sequenceLines: SequenceLine[] = [];
      let files = 0;
      let fileBytes = 0;
      for (;;) {
        const next = await reader.control('a sequence, a stored file or the end');
        if (next.kind === 'sequence' && files === 0) sequenceLines.push(next);
        else if (next.kind === 'file') {
          if (!stored.has(next.key)) added.push(next.key);
          await store.restore(next.key, fileChunks(reader, next.key, next.bytes));
          restored.add(next.key);
          files++;
          fileBytes += next.bytes;
        } else if (next.kind === 'end') {
          if (
            next.rows !== rows ||
            next.files !== files ||
            files !== header.files.count ||
            fileBytes !== header.files.bytes
          ) {
            throw reader.damaged(
              `the counts of the end (${next.rows} rows, ${next.files} files) do not match what was read (${rows} rows, ${files} files)`,
            );
          }
          break;
        } else throw reader.damaged(`a line of kind "${next.kind}" is out of place`);
      }
      // Reading to the very end is what makes gzip check the whole file before anything is committed.
      if ((await reader.next()) !== null) throw reader.damaged('lines follow the end of the backup');

      // Last, because a sequence's change is never rolled back.
      const known = new Set((await sequences(trx)).map((s) => s.name));
      const unknown = sequenceLines.filter((s) => !known.has(s.name)).map((s) => s.name);
      if (unknown.length > 0)
        throw new AppError(
          'conflict',
          `The backup's sequences ${unknown.join(', ')} are not in this database.`,
        );
      for (const s of sequenceLines) {
        await sql`
          select setval(quote_ident(${s.name})::regclass, coalesce(${s.value}::bigint, q.start_value), ${s.value}::bigint is not null)
          from pg_sequences q where q.schemaname = current_schema() and q.sequencename = ${s.name}
        `.execute(trx);
      }
      return { file, tables: header.tables, rows, files, fileBytes };
    });

    if (options.force) for (const key of stored) if (!restored.has(key)) await store.delete(key);
    return summary;
  } catch (error) {
    for (const key of added) await store.delete(key);
    throw error;
  } finally {
    reader.close();
  }
}

/** Reads a table's row lines and inserts them in batches; returns how many. */
async function insertRows(
  trx: Transaction<Database>,
  reader: BackupReader,
  table: TableLine,
): Promise<number> {
  const limit = hasBinary(table.columns) ? BATCH_ROWS_BINARY : BATCH_ROWS;
  const insert = insertQuery(table);
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await insert(`[${batch.join(',')}]`).execute(trx);
    } catch (error) {
      // Data the database refuses (SQLSTATE classes 22 and 23) is a fault of the file, not of the database.
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && /^2[23]/.test(code))
        throw reader.damaged(`the database refuses rows of table ${table.name}: ${(error as Error).message}`);
      throw error;
    }
    batch = [];
    chars = 0;
  };
  for (let i = 0; i < table.rows; i++) {
    const row = rowOf(await reader.required(`row ${i + 1} of the ${table.rows} of table ${table.name}`));
    if (row === null)
      throw reader.damaged(`row ${i + 1} of the ${table.rows} of table ${table.name} was expected`);
    batch.push(row);
    chars += row.length;
    if (batch.length >= limit || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  return table.rows;
}

/** The statement inserting a batch of rows, given as the text of a JSON array of row objects. */
function insertQuery(table: TableLine): (rows: string) => RawBuilder<unknown> {
  const t = sql.id(table.name);
  const names = sql.join(table.columns.map((c) => sql.id(c.name)));
  const values = sql.join(
    table.columns.map((c) => {
      if (c.encoding === 'base64') return sql`decode(e.r ->> ${sql.lit(c.name)}, 'base64')`;
      if (c.encoding === 'text') return sql`(e.r ->> ${sql.lit(c.name)})::json`;
      return sql`p.${sql.id(c.name)}`;
    }),
  );
  // Columns carried otherwise are left out of what jsonb_populate_record reads.
  const json = table.columns
    .filter((c) => c.encoding !== 'json')
    .reduce<RawBuilder<unknown>>((object, c) => sql`${object} - ${sql.lit(c.name)}`, sql`e.r`);
  return (rows) => sql`
    insert into ${t} (${names}) overriding system value
    select ${values} from jsonb_array_elements(${rows}::jsonb) as e(r) cross join lateral jsonb_populate_record(null::${t}, ${json}) as p`;
}

/** The bytes of one stored file, from its chunk lines; throws, before the end is reached, on a wrong size or checksum. */
async function* fileChunks(reader: BackupReader, key: string, expected: number): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  let bytes = 0;
  for (;;) {
    const next = await reader.control(`the contents of stored file ${key}`);
    if (next.kind === 'chunk') {
      const data = Buffer.from(next.data, 'base64');
      hash.update(data);
      bytes += data.length;
      yield data;
    } else if (next.kind === 'file-end') {
      if (bytes !== expected || next.sha256 !== hash.digest('hex'))
        throw reader.damaged(`the stored file ${key} does not match its size and checksum`);
      return;
    } else throw reader.damaged(`the contents of stored file ${key} were expected`);
  }
}
