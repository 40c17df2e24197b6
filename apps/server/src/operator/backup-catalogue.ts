import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BackupColumn, ColumnEncoding } from './backup-format.ts';

/** Where Kysely keeps its bookkeeping (db/migrate.ts): not data, never backed up nor emptied. */
const MIGRATION_TABLES = ['schema_migrations', 'schema_migrations_lock'];

/** A data table as the database catalogue describes it. */
export interface CatalogueTable {
  readonly name: string;
  /** Stored columns (generated ones are computed again on insert), in the table's order. */
  readonly columns: readonly BackupColumn[];
  readonly primaryKey: readonly string[];
  /** Foreign keys of the table to itself (a parent row must be inserted before its children). */
  readonly selfReferences: ReadonlyArray<{
    readonly columns: readonly string[];
    readonly referenced: readonly string[];
  }>;
}

/** The database or a transaction of it: the catalogue is read with raw SQL, not through the table types. */
type AnyDb = Kysely<Database>;

function encodingOf(type: string): ColumnEncoding {
  if (type === 'bytea') return 'base64';
  if (type === 'json') return 'text';
  return 'json';
}

/** The names of the migrations applied, in order. */
export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * The data tables of the current schema in foreign-key order (a table after every table it references),
 * ties broken by name so two databases of the same migrations give the same order.
 */
export async function dataTables(db: AnyDb): Promise<CatalogueTable[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
      and c.relname::text not in (${sql.join(MIGRATION_TABLES.map((name) => sql.lit(name)))})
  `.execute(db);
  const { rows: columns } = await sql<{ table: string; name: string; type: string }>`
    select c.relname::text as table, a.attname::text as name, a.atttypid::regtype::text as type
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum
  `.execute(db);
  const { rows: keys } = await sql<{ table: string; columns: string[] }>`
    select c.relname::text as table,
      (select json_agg(a.attname::text order by k.i) from unnest(i.indkey::int2[]) with ordinality k(attnum, i)
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum) as columns
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and i.indisprimary
  `.execute(db);
  const { rows: references } = await sql<{
    child: string;
    parent: string;
    columns: string[];
    referenced: string[];
  }>`
    select t.relname::text as child, r.relname::text as parent,
      (select json_agg(a.attname::text order by k.i) from unnest(f.conkey) with ordinality k(attnum, i)
        join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum) as columns,
      (select json_agg(a.attname::text order by k.i) from unnest(f.confkey) with ordinality k(attnum, i)
        join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.attnum) as referenced
    from pg_constraint f join pg_class t on t.oid = f.conrelid join pg_class r on r.oid = f.confrelid
      join pg_namespace n on n.oid = t.relnamespace
    where f.contype = 'f' and n.nspname = current_schema()
  `.execute(db);

  const names = new Set(tables.map((t) => t.name));
  const described = new Map<string, CatalogueTable>(
    [...names].map((name) => [
      name,
      {
        name,
        columns: columns
          .filter((c) => c.table === name)
          .map((c) => ({ name: c.name, encoding: encodingOf(c.type) })),
        primaryKey: keys.find((k) => k.table === name)?.columns ?? [],
        selfReferences: references
          .filter((r) => r.child === name && r.parent === name)
          .map((r) => ({ columns: r.columns, referenced: r.referenced })),
      },
    ]),
  );
  const parents = new Map(
    [...names].map((name) => [
      name,
      new Set(
        references
          .filter((r) => r.child === name && r.parent !== name && names.has(r.parent))
          .map((r) => r.parent),
      ),
    ]),
  );

  const ordered: CatalogueTable[] = [];
  const placed = new Set<string>();
  while (placed.size < names.size) {
    const ready = [...names]
      .filter((name) => !placed.has(name) && [...(parents.get(name) ?? [])].every((p) => placed.has(p)))
      .sort();
    if (ready.length === 0) {
      const left = [...names].filter((name) => !placed.has(name)).sort();
      throw new Error(
        `these tables reference each other in a cycle, which a backup cannot order: ${left.join(', ')}`,
      );
    }
    for (const name of ready) {
      placed.add(name);
      ordered.push(described.get(name)!);
    }
  }
  return ordered;
}

/** The sequences of the current schema, with their last value (null when never used), as text. */
export async function sequences(db: AnyDb): Promise<Array<{ name: string; value: string | null }>> {
  const { rows } = await sql<{ name: string; value: string | null }>`
    select sequencename::text as name, last_value::text as value from pg_sequences
    where schemaname = current_schema() order by sequencename
  `.execute(db);
  return rows;
}

/** Whether any of the tables holds a row. */
export async function nonEmptyTables(db: AnyDb, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of tables) {
    const { rows } = await sql<{ any: boolean }>`select exists (select from ${sql.id(name)}) as any`.execute(
      db,
    );
    if (rows[0]?.any) found.push(name);
  }
  return found;
}
