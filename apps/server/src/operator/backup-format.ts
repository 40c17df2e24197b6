import { z } from 'zod';

/**
 * The backup file (ADR 0019): gzip'd JSON lines. A header, then each table's rows in foreign-key order,
 * the sequences, the stored files in chunks, and an end line repeating the counts:
 *
 *   {"kind":"header","format":"pactesur-backup","version":1,"createdAt":…,"migrations":[…],"tables":[…],"files":{…}}
 *   {"kind":"table","name":"organisations","columns":[{"name":"id","encoding":"json"},…],"rows":2}
 *   {"row":{…}}                                  one line per row, the object PostgreSQL's to_jsonb gives
 *   {"kind":"sequence","name":"audit_log_id_seq","value":"57"}
 *   {"kind":"file","key":"…","bytes":1234}
 *   {"kind":"chunk","data":"<base64>"}
 *   {"kind":"file-end","sha256":"…"}
 *   {"kind":"end","rows":…,"files":…}
 *
 * Row lines are written and read as text, never parsed in JavaScript: a numeric or a bigint keeps every
 * digit because only PostgreSQL reads it.
 */
export const BACKUP_FORMAT = 'pactesur-backup';
export const BACKUP_VERSION = 1;

/**
 * How a column's value is carried in a row line: `json` as PostgreSQL's JSON form of the value (read back
 * with `jsonb_populate_record`), `base64` for bytea, `text` for json columns (whose exact text jsonb would
 * normalise).
 */
export const ColumnEncoding = z.enum(['json', 'base64', 'text']);
export type ColumnEncoding = z.infer<typeof ColumnEncoding>;

export const BackupColumn = z.strictObject({ name: z.string().min(1), encoding: ColumnEncoding });
export type BackupColumn = z.infer<typeof BackupColumn>;

const Count = z.number().int().min(0);
const FileKey = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const HeaderLine = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  migrations: z.array(z.string()),
  tables: z.array(z.strictObject({ name: z.string().min(1), rows: Count })),
  files: z.strictObject({ count: Count, bytes: Count }),
});
export type HeaderLine = z.infer<typeof HeaderLine>;

export const TableLine = z.strictObject({
  kind: z.literal('table'),
  name: z.string().min(1),
  columns: z.array(BackupColumn).min(1),
  rows: Count,
});
export type TableLine = z.infer<typeof TableLine>;
export const SequenceLine = z.strictObject({
  kind: z.literal('sequence'),
  name: z.string().min(1),
  value: z
    .string()
    .regex(/^-?\d+$/)
    .nullable(),
});
export type SequenceLine = z.infer<typeof SequenceLine>;
export const FileLine = z.strictObject({ kind: z.literal('file'), key: FileKey, bytes: Count });
export const ChunkLine = z.strictObject({ kind: z.literal('chunk'), data: z.base64() });
export const FileEndLine = z.strictObject({
  kind: z.literal('file-end'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const EndLine = z.strictObject({ kind: z.literal('end'), rows: Count, files: Count });

/** Every line but the header and the rows. */
export const ControlLine = z.discriminatedUnion('kind', [
  TableLine,
  SequenceLine,
  FileLine,
  ChunkLine,
  FileEndLine,
  EndLine,
]);
export type ControlLine = z.infer<typeof ControlLine>;

const ROW_PREFIX = '{"row":';

/** A row line around the JSON text PostgreSQL produced. */
export function rowLine(json: string): string {
  return `${ROW_PREFIX}${json}}`;
}

/** The JSON text of a row line, or null when the line is not one. */
export function rowOf(line: string): string | null {
  return line.startsWith(ROW_PREFIX) && line.endsWith('}') ? line.slice(ROW_PREFIX.length, -1) : null;
}
