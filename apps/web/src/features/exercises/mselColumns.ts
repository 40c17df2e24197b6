import type { MessageKey } from '../../i18n/messages.ts';

/** The columns of the MSEL's table, in order: the CSV's, but for those the run fills in. */
export const MSEL_TABLE_COLUMNS = [
  'number',
  'time',
  'storyline',
  'act',
  'synopsis',
  'message',
  'from',
  'to',
  'method',
  'controller',
  'expectedAction',
  'objectives',
  'controlNote',
  'contingency',
  'dependsOn',
] as const;
export type MselTableColumn = (typeof MSEL_TABLE_COLUMNS)[number];

/** The CSV's English header names of the table's columns (the server's findings name columns so). */
const CSV_HEADERS: Readonly<Record<string, MselTableColumn>> = {
  number: 'number',
  'scenario time': 'time',
  storyline: 'storyline',
  act: 'act',
  synopsis: 'synopsis',
  message: 'message',
  from: 'from',
  to: 'to',
  method: 'method',
  controller: 'controller',
  'expected action': 'expectedAction',
  objectives: 'objectives',
  'control note': 'controlNote',
  contingency: 'contingency',
  'depends on': 'dependsOn',
};

/** The words of a column of the table. */
export const columnKey = (column: MselTableColumn): MessageKey => `msel.col.${column}`;

/** The words of a column of the CSV named in a finding, when it is one of the table's; null otherwise. */
export function csvColumnKey(header: string): MessageKey | null {
  const column = CSV_HEADERS[header.trim().replace(/\s+/g, ' ').toLowerCase()];
  return column ? columnKey(column) : null;
}
