/**
 * CSV as RFC 4180 writes it, read strictly and written safely.
 *
 * Reading: cells separated by `,`; a cell in double quotes may hold commas, line breaks and quotes doubled
 * (`""`); records end with CRLF, LF or a lone CR (outside quotes); a byte order mark at the start is dropped;
 * empty lines are skipped but keep their place in the row count, as a spreadsheet shows them. A quote in an
 * unquoted cell, text after a closing quote and a quote never closed are errors naming their line. The
 * limits (characters, records, cells per record, characters per cell) are checked as the text is read, so a
 * hostile file costs no more than its own size. {@link readCsv} never throws.
 *
 * Writing: every cell that holds a comma, a quote, a line break or spaces at either end is quoted, and a
 * cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * after any apostrophes) gets an apostrophe in front ({@link defuseFormula}); {@link restoreFormula} takes
 * exactly that apostrophe off again, so what is written reads back the same.
 */

export interface CsvLimits {
  /** Characters of the whole text. */
  readonly maxChars: number;
  /** Records (rows that are not empty lines), the header included. */
  readonly maxRecords: number;
  /** Cells of one record. */
  readonly maxFields: number;
  /** Characters of one cell. */
  readonly maxFieldLength: number;
}

export const CSV_LIMITS: CsvLimits = Object.freeze({
  maxChars: 4 * 1024 * 1024,
  maxRecords: 20_000,
  maxFields: 64,
  maxFieldLength: 20_000,
});

/** One record: its cells, the row a spreadsheet shows it on (empty lines counted) and its first line. */
export interface CsvRecord {
  readonly row: number;
  readonly line: number;
  readonly fields: string[];
}

/** Why a text is not CSV: the line and row where reading stopped, and a sentence saying why. */
export interface CsvError {
  readonly line: number;
  readonly row: number;
  readonly message: string;
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvError };

const BOM = '\ufeff';
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** A refusal inside the reader, caught by {@link readCsv}. */
class NotCsv extends Error {
  constructor(readonly error: CsvError) {
    super(error.message);
  }
}

/** The line breaks (CRLF, LF or a lone CR) in `text` between `from` and `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Reads CSV text into records (see the file's comment); an error names the line where reading stopped. */
export function readCsv(text: string, limits: Partial<CsvLimits> = {}): CsvResult {
  const { maxChars, maxRecords, maxFields, maxFieldLength } = { ...CSV_LIMITS, ...limits };
  if (text.length > maxChars) {
    return {
      ok: false,
      error: { line: 1, row: 1, message: `the file is over ${plural(maxChars, 'character')}` },
    };
  }
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  let row = 0;
  function fail(message: string, at: number = line): never {
    throw new NotCsv({ line: at, row, message: `line ${at}: ${message}` });
  }
  try {
    while (i < n) {
      const first = text.charCodeAt(i);
      row++;
      if (first === LF || first === CR) {
        // An empty line: skipped, counted as a row.
        i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        continue;
      }
      const startLine = line;
      const fields: string[] = [];
      for (;;) {
        let cell: string;
        if (text.charCodeAt(i) === QUOTE) {
          const opened = line;
          let value = '';
          let from = i + 1;
          for (;;) {
            const close = text.indexOf('"', from);
            if (close < 0) fail(`a quoted cell is never closed (its quote opens on line ${opened})`, opened);
            line += lineBreaks(text, from, close);
            value += text.slice(from, close);
            if (value.length > maxFieldLength)
              fail(`a cell is over ${plural(maxFieldLength, 'character')}`, opened);
            if (text.charCodeAt(close + 1) === QUOTE) {
              value += '"';
              from = close + 2;
            } else {
              i = close + 1;
              break;
            }
          }
          cell = value;
          const next = text.charCodeAt(i);
          if (i < n && next !== COMMA && next !== LF && next !== CR) {
            fail('text after the closing quote of a cell (a quote inside a cell is written twice: "")');
          }
        } else {
          const start = i;
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === COMMA || c === LF || c === CR) break;
            if (c === QUOTE)
              fail(
                'a quote inside a cell that does not start with one (quote the cell and write the quote twice: "")',
              );
            i++;
          }
          if (i - start > maxFieldLength) fail(`a cell is over ${plural(maxFieldLength, 'character')}`);
          cell = text.slice(start, i);
        }
        fields.push(cell);
        if (fields.length > maxFields) fail(`a row of over ${plural(maxFields, 'cell')}`, startLine);
        const c = text.charCodeAt(i);
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === CR || c === LF) {
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
        }
        break;
      }
      records.push({ row, line: startLine, fields });
      if (records.length > maxRecords) fail(`over ${plural(maxRecords, 'row')}`, startLine);
    }
  } catch (e) {
    if (e instanceof NotCsv) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, records };
}

/** What a spreadsheet runs as a formula, after any apostrophes already in front. */
const FORMULA = /^'*[=+\-@\t\r]/;
const DEFUSED = /^'+[=+\-@\t\r]/;

/** An apostrophe in front of a value a spreadsheet would run as a formula; other values as they are. */
export function defuseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** The value {@link defuseFormula} was given: the one apostrophe it added taken off. */
export function restoreFormula(cell: string): string {
  return DEFUSED.test(cell) ? cell.slice(1) : cell;
}

/** One cell as written: defused, then quoted (quotes doubled) when it needs to be. */
export function csvCell(value: string): string {
  const safe = defuseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text: cells through {@link csvCell}, each row ended by CRLF; `bom` puts a byte order mark first. */
export function writeCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  // A row of one empty cell is written `""`: an empty line would be read as no row at all.
  const line = (cells: readonly string[]): string =>
    cells.length === 1 && cells[0] === '' ? '""' : cells.map(csvCell).join(',');
  const body = rows.map((cells) => `${line(cells)}\r\n`).join('');
  return options.bom ? `${BOM}${body}` : body;
}
