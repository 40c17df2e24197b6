import type { Inject } from '@pactesur/contracts';
import { writeCsv } from './csv.ts';
import { injectCells } from './inject-cells.ts';
import { MSEL_COLUMNS } from './msel-columns.ts';

/**
 * An MSEL as CSV: the header row with every column of `MSEL_COLUMNS`, then one row per inject in the list's
 * order; dependencies written as the numbers of the injects they name (an id not in the list is written as
 * it is, and reading it back reports it). `readMsel` reads the text back to the same injects. A byte order
 * mark goes first unless `bom` is false: spreadsheets then read the file as UTF-8.
 */
export function writeMsel(injects: readonly Inject[], options: { bom?: boolean } = {}): string {
  const numbers = new Map<string, number>();
  for (const i of injects) if (!numbers.has(i.id)) numbers.set(i.id, i.number);
  const rows = [MSEL_COLUMNS.map((c) => c.name)];
  for (const inject of injects) {
    const dependsOn = inject.dependsOn.map((id) => String(numbers.get(id) ?? id));
    const cells = injectCells(inject, dependsOn);
    rows.push(MSEL_COLUMNS.map((c) => cells[c.field]));
  }
  return writeCsv(rows, { bom: options.bom ?? true });
}
