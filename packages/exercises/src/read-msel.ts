import { Inject, MAX_INJECTS, type MselFinding } from '@pactesur/contracts';
import { readCsv, restoreFormula, type CsvLimits } from './csv.ts';
import {
  injectCells,
  isInjectField,
  quoted,
  readInjectCells,
  type InjectCells,
  type InjectDraft,
} from './inject-cells.ts';
import { checkAcross, type MselCheckOptions } from './msel-checks.ts';
import {
  MSEL_COLUMNS,
  REQUIRED_MSEL_COLUMNS,
  columnName,
  mselColumn,
  type MselColumn,
} from './msel-columns.ts';

/**
 * Reading an MSEL from CSV, and checking one built in the app, by the same rules: the cells of each row
 * (`inject-cells.ts`, the formats of `msel-columns.ts`) and the rules between rows (`msel-checks.ts`).
 */

export interface ReadMselOptions extends MselCheckOptions {
  /** Limits of the CSV reader (its defaults are `CSV_LIMITS`). */
  readonly limits?: Partial<CsvLimits>;
}

export interface MselRead {
  /**
   * The injects of the rows whose cells could all be read, in the file's order, their dependencies turned
   * from numbers into ids (a number not in the file left out). A row with a finding between rows (a time
   * going back, a dependency on a later inject) still gives its inject; a row with a bad cell does not.
   */
  injects: Inject[];
  /** Every finding, by row, in the order found within a row. */
  findings: MselFinding[];
  /**
   * True when the text could not be read as an MSEL at all (not CSV, no header, an unknown, repeated or
   * missing column, too many rows): the findings say why and there are no injects.
   */
  unreadable: boolean;
}

const byRow = (a: MselFinding, b: MselFinding): number => a.row - b.row;

function unreadable(findings: MselFinding[]): MselRead {
  return { injects: [], findings, unreadable: true };
}

/** The columns a header row names, in its order, or the findings that make it unusable. */
function headerColumns(
  cells: readonly string[],
  row: number,
): { columns: MselColumn[] } | { findings: MselFinding[] } {
  const names = cells.map((c) => c.trim());
  // Trailing empty header cells (a spreadsheet's trailing commas) name no column.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const findings: MselFinding[] = [];
  const columns: MselColumn[] = [];
  const seen = new Set<MselColumn>();
  const expected = `row ${row} must name the columns: ${REQUIRED_MSEL_COLUMNS.join(', ')} and any of ${MSEL_COLUMNS.filter(
    (c) => !c.required,
  )
    .map((c) => c.name)
    .join(', ')}`;
  names.forEach((name, i) => {
    const c = mselColumn(name);
    // The columns expected are listed once, in the first finding.
    const hint = findings.length === 0 ? ` (${expected})` : '';
    if (name === '')
      findings.push({ row, column: '', message: `column ${i + 1} of the header has no name${hint}` });
    else if (!c) findings.push({ row, column: '', message: `unknown column ${quoted(name)}${hint}` });
    else if (seen.has(c))
      findings.push({ row, column: c.name, message: `the column ${quoted(c.name)} is there twice` });
    else seen.add(c);
    if (c) columns.push(c);
  });
  if (findings.length > 0) return { findings: findings.slice(0, 20) };
  const missing = REQUIRED_MSEL_COLUMNS.filter((name) => !columns.some((c) => c.name === name));
  if (missing.length > 0)
    return {
      findings: missing.map((name, i) => ({
        row,
        column: name,
        message: `the required column ${quoted(name)} is missing${i === 0 ? ` (${expected})` : ''}`,
      })),
    };
  return { columns };
}

/**
 * Reads an MSEL's CSV text (see `msel-columns.ts` for its columns and formats) and checks it. Row numbers
 * are a spreadsheet's (1 is the header, empty lines counted); a finding's column is the English header name,
 * or '' for the row or the file as a whole. Never throws.
 */
export function readMsel(text: string, options: ReadMselOptions = {}): MselRead {
  const csv = readCsv(text, options.limits);
  if (!csv.ok)
    return unreadable([{ row: csv.error.row, column: '', message: `not CSV: ${csv.error.message}` }]);
  const [header, ...records] = csv.records;
  if (!header)
    return unreadable([
      { row: 1, column: '', message: 'the file is empty: its first row must name the columns' },
    ]);
  const head = headerColumns(header.fields, header.row);
  if ('findings' in head) return unreadable(head.findings);
  const { columns } = head;

  const rows = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (rows.length > MAX_INJECTS) {
    return unreadable([
      {
        row: rows[MAX_INJECTS]?.row ?? 1,
        column: '',
        message: `over ${MAX_INJECTS.toLocaleString('en-US')} injects`,
      },
    ]);
  }

  const findings: MselFinding[] = [];
  const add = (f: MselFinding): void => void findings.push(f);
  const drafts: InjectDraft[] = [];
  for (const record of rows) {
    const cells: InjectCells = {};
    columns.forEach((c, i) => {
      cells[c.field] = restoreFormula((record.fields[i] ?? '').trim());
    });
    const extra = record.fields.slice(columns.length).filter((f) => f.trim() !== '').length;
    if (extra > 0)
      add({
        row: record.row,
        column: '',
        message: `${extra} ${extra === 1 ? 'cell' : 'cells'} beyond the ${columns.length} columns of the header`,
      });
    drafts.push(readInjectCells(cells, record.row, `row ${record.row}`, add));
  }

  // Dependencies name injects by their number.
  const byNumber = new Map<number, InjectDraft>();
  for (const d of drafts) if (d.number !== null && !byNumber.has(d.number)) byNumber.set(d.number, d);
  const dependencies = new Map<InjectDraft, InjectDraft[]>();
  for (const d of drafts) {
    const found: InjectDraft[] = [];
    for (const ref of d.dependsOn) {
      const n = /^\d{1,9}$/.test(ref) ? Number(ref) : null;
      const target = n === null ? undefined : byNumber.get(n);
      if (n === null)
        add({
          row: d.row,
          column: columnName('dependsOn'),
          message: `${quoted(ref)} is not an inject number`,
        });
      else if (!target)
        add({
          row: d.row,
          column: columnName('dependsOn'),
          message: `depends on inject ${n}, which is not in the list`,
        });
      else found.push(target);
    }
    dependencies.set(d, found);
  }
  checkAcross(drafts, dependencies, options, add);

  const injects: Inject[] = [];
  for (const d of drafts) {
    if (!d.inject) continue;
    // Only on injects read: a row with a bad cell gives none to depend on.
    const dependsOn = (dependencies.get(d) ?? []).flatMap((t) => (t.inject ? [t.inject.id] : []));
    injects.push({ ...d.inject, dependsOn });
  }
  return { injects, findings: findings.sort(byRow), unreadable: false };
}

/**
 * Checks a list built in the app by the same rules as a file, in the list's order; a finding's row is the
 * inject's number (its place in the list, from 1, when the number is not a positive whole number).
 */
export function validateMsel(injects: readonly Inject[], options: MselCheckOptions = {}): MselFinding[] {
  const findings: MselFinding[] = [];
  const add = (f: MselFinding): void => void findings.push(f);
  const drafts: InjectDraft[] = [];
  if (injects.length > MAX_INJECTS)
    add({ row: 1, column: '', message: `over ${MAX_INJECTS.toLocaleString('en-US')} injects` });
  injects.forEach((inject, i) => {
    const row = Number.isSafeInteger(inject.number) && inject.number >= 1 ? inject.number : i + 1;
    const count = findings.length;
    const cells: InjectCells = injectCells(inject, []);
    delete cells.dependsOn;
    const draft = readInjectCells(cells, row, `inject ${row}`, add);
    // What the cells cannot show (a `;` inside a recipient, an id of a dependency) the contract says.
    if (findings.length === count) {
      const r = Inject.safeParse(inject);
      if (!r.success)
        for (const issue of r.error.issues.slice(0, 5)) {
          const field = issue.path[0];
          add({ row, column: isInjectField(field) ? columnName(field) : '', message: issue.message });
        }
    }
    drafts.push({ ...draft, dependsOn: inject.dependsOn });
  });

  const byId = new Map<string, InjectDraft>();
  for (const d of drafts) if (d.id !== null && !byId.has(d.id)) byId.set(d.id, d);
  const dependencies = new Map<InjectDraft, InjectDraft[]>();
  for (const d of drafts) {
    const found: InjectDraft[] = [];
    for (const ref of d.dependsOn) {
      const target = byId.get(ref);
      if (target) found.push(target);
      else
        add({
          row: d.row,
          column: columnName('dependsOn'),
          message: `depends on the inject ${quoted(ref)}, which is not in the list`,
        });
    }
    dependencies.set(d, found);
  }
  checkAcross(drafts, dependencies, options, add);
  return findings.sort(byRow);
}
