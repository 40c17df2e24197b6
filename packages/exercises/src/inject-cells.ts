import {
  Inject,
  InjectStatus,
  MAX_EXERCISE_NOTE_LENGTH,
  MAX_INJECT_ATTACHMENTS,
  MAX_INJECT_LIST,
  MAX_INJECT_NUMBER,
  MAX_MESSAGE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SYNOPSIS_LENGTH,
  PlanItemId,
  type MselFinding,
} from '@pactesur/contracts';
import {
  columnName,
  formatFlag,
  formatScenarioTime,
  joinList,
  parseFlag,
  parseMethod,
  parseScenarioTime,
  splitList,
} from './msel-columns.ts';

/**
 * One inject as the cells of a row, both ways: {@link injectCells} writes them, {@link readInjectCells}
 * reads and checks them. The CSV reader and the check of a list built in the app go through the same
 * reading, so both find the same things.
 */

/** The cells of one row by the field they hold (trimmed, formulas restored); a column left out is absent. */
export type InjectCells = Partial<Record<keyof Inject, string>>;

/** What a row says, read as far as it could be, before it is checked against the other rows. */
export interface InjectDraft {
  /** The row findings name (the file's row, or the inject's number for a list built in the app). */
  readonly row: number;
  /** How a message names this inject to the reader: `row 7` or `inject 12`. */
  readonly label: string;
  readonly number: number | null;
  readonly id: string | null;
  /** Whether the id was given (not made from the number). */
  readonly idGiven: boolean;
  readonly storyline: string;
  readonly act: string;
  readonly timeS: number | null;
  readonly status: InjectStatus | null;
  readonly deliveredAt: string | null;
  readonly objectives: readonly string[];
  /** The dependencies as written: inject numbers in a file, ids in the app. */
  readonly dependsOn: readonly string[];
  /** The inject, its dependencies not yet known (empty), when every cell of the row could be read; else null. */
  readonly inject: Inject | null;
}

export type AddFinding = (f: MselFinding) => void;

/** At most `n` characters of a cell, quoted, for messages that show what was written. */
export function quoted(text: string, n = 40): string {
  return JSON.stringify(text.length > n ? `${text.slice(0, n)}…` : text);
}

const characters = (n: number): string => `${n.toLocaleString('en-US')} characters`;

/** The cells of an inject as they are written; its dependencies are the numbers `dependsOn` gives. */
export function injectCells(inject: Inject, dependsOn: readonly string[]): Record<keyof Inject, string> {
  return {
    id: inject.id,
    number: String(inject.number),
    storyline: inject.storyline,
    act: inject.act,
    scenarioTimeS: formatScenarioTime(inject.scenarioTimeS),
    deliveredAt: inject.deliveredAt ?? '',
    synopsis: inject.synopsis,
    message: inject.message,
    from: inject.from,
    to: joinList(inject.to),
    method: inject.method,
    controller: inject.controller,
    expectedAction: inject.expectedAction,
    objectives: joinList(inject.objectives),
    controlNote: inject.controlNote,
    contingency: formatFlag(inject.contingency),
    status: inject.status,
    dependsOn: joinList(dependsOn),
    attachments: joinList(inject.attachments),
  };
}

/**
 * Reads and checks the cells of one row (each on its own: the rules between rows are `msel-checks.ts`'s).
 * Every problem is a finding through `add`; the draft's `inject` is null when there was one.
 */
export function readInjectCells(
  cells: InjectCells,
  row: number,
  label: string,
  add: AddFinding,
): InjectDraft {
  let ok = true;
  const problem = (field: keyof Inject, message: string): null => {
    ok = false;
    add({ row, column: columnName(field), message });
    return null;
  };
  const cell = (field: keyof Inject): string => cells[field] ?? '';

  const text = (field: keyof Inject, max: number, required: boolean): string => {
    const v = cell(field);
    if (required && v === '') problem(field, 'is empty');
    else if (v.length > max)
      problem(field, `is over ${characters(max)} (${v.length.toLocaleString('en-US')})`);
    return v;
  };

  const list = (field: keyof Inject, max: number, item: (v: string) => string | null): string[] => {
    const items = splitList(cell(field));
    if (items.length > max) {
      problem(field, `lists ${items.length} items, over the ${max} allowed`);
      return items;
    }
    for (const v of items) {
      const message = item(v);
      if (message !== null) problem(field, message);
    }
    return items;
  };
  const name = (v: string): string | null => {
    if (v.length > MAX_NAME_LENGTH) return `${quoted(v)} is over ${characters(MAX_NAME_LENGTH)}`;
    if (/[\r\n]/.test(v)) return `${quoted(v)} holds a line break: entries are separated by ;`;
    return null;
  };
  const shortId =
    (what: string) =>
    (v: string): string | null =>
      PlanItemId.safeParse(v).success
        ? null
        : `${quoted(v)} is not ${what} (letters, digits, - and _, up to 64)`;

  // Number
  const numberCell = cell('number');
  let number: number | null = null;
  if (numberCell === '') problem('number', 'is empty: every inject has a number');
  else if (!/^\d{1,9}$/.test(numberCell) || Number(numberCell) < 1 || Number(numberCell) > MAX_INJECT_NUMBER)
    problem(
      'number',
      `${quoted(numberCell)} is not an inject number (a whole number from 1 to ${MAX_INJECT_NUMBER})`,
    );
  else number = Number(numberCell);

  // Id
  const idCell = cell('id');
  let id: string | null = null;
  if (idCell !== '') {
    if (PlanItemId.safeParse(idCell).success) id = idCell;
    else problem('id', `${quoted(idCell)} is not an id (letters, digits, - and _, up to 64)`);
  } else if (number !== null) id = `inject-${number}`;

  const storyline = text('storyline', MAX_NAME_LENGTH, false);
  const act = text('act', MAX_NAME_LENGTH, false);

  // Scenario time
  const timeCell = cell('scenarioTimeS');
  const timeS = timeCell === '' ? null : parseScenarioTime(timeCell);
  if (timeCell === '') problem('scenarioTimeS', 'is empty: every inject has its time after the start');
  else if (timeS === null)
    problem(
      'scenarioTimeS',
      `${quoted(timeCell)} is not a scenario time: write H:MM or H:MM:SS after the start (such as 01:30), up to 168:00`,
    );

  // Delivered at
  const deliveredCell = cell('deliveredAt');
  let deliveredAt: string | null = null;
  if (deliveredCell !== '') {
    if (Inject.shape.deliveredAt.safeParse(deliveredCell).success) deliveredAt = deliveredCell;
    else
      problem(
        'deliveredAt',
        `${quoted(deliveredCell)} is not an ISO time with its offset (such as 2026-07-14T22:41:00+02:00)`,
      );
  }

  const synopsis = text('synopsis', MAX_SYNOPSIS_LENGTH, true);
  const message = text('message', MAX_MESSAGE_LENGTH, false);
  const from = text('from', MAX_NAME_LENGTH, true);

  // To
  const to = list('to', MAX_INJECT_LIST, name);
  if (to.length === 0 && cell('to') === '')
    problem('to', 'no recipient: name at least one player, agency or role');
  else if (to.length === 0) problem('to', 'no recipient: the list is empty');

  // Method
  const methodCell = cell('method');
  const method = methodCell === '' ? null : parseMethod(methodCell);
  if (methodCell === '') problem('method', 'is empty: say how the inject is delivered');
  else if (method === null)
    problem('method', `unknown delivery method ${quoted(methodCell)}: one of ${parseableMethods()}`);

  const controller = text('controller', MAX_NAME_LENGTH, false);
  const expectedAction = text('expectedAction', MAX_EXERCISE_NOTE_LENGTH, false);
  const objectives = list('objectives', MAX_INJECT_LIST, shortId('an objective id'));
  const controlNote = text('controlNote', MAX_EXERCISE_NOTE_LENGTH, false);

  // Contingency
  const contingency = parseFlag(cell('contingency'));
  if (contingency === null) problem('contingency', `${quoted(cell('contingency'))} is not yes or no`);

  // Status
  const statusCell = cell('status');
  let status: InjectStatus | null = 'pending';
  if (statusCell !== '') {
    const r = InjectStatus.safeParse(statusCell.toLowerCase());
    status = r.success ? r.data : null;
    if (!r.success)
      problem('status', `unknown status ${quoted(statusCell)}: one of ${InjectStatus.options.join(', ')}`);
  }

  if (status === 'delivered' && deliveredCell === '')
    add({
      row,
      column: columnName('deliveredAt'),
      message: 'is empty: a delivered inject has the time it was delivered',
    });
  else if (status !== null && status !== 'delivered' && deliveredAt !== null)
    add({
      row,
      column: columnName('deliveredAt'),
      message: `an inject ${status}, not delivered, has no delivery time`,
    });

  const dependsOn = list('dependsOn', MAX_INJECT_LIST, () => null);
  const attachments = list('attachments', MAX_INJECT_ATTACHMENTS, name);

  let inject: Inject | null = null;
  if (ok && number !== null && id !== null && timeS !== null && method !== null && status !== null) {
    const r = Inject.safeParse({
      id,
      number,
      storyline,
      act,
      scenarioTimeS: timeS,
      deliveredAt,
      synopsis,
      message,
      from,
      to,
      method,
      controller,
      expectedAction,
      objectives,
      controlNote,
      contingency: contingency ?? false,
      status,
      dependsOn: [],
      attachments,
    });
    if (r.success) inject = r.data;
    else
      for (const issue of r.error.issues.slice(0, 5)) {
        const field = issue.path[0];
        add({ row, column: isInjectField(field) ? columnName(field) : '', message: issue.message });
      }
  }
  return {
    row,
    label,
    number,
    id,
    idGiven: idCell !== '',
    storyline,
    act,
    timeS,
    status,
    deliveredAt,
    objectives,
    dependsOn,
    inject,
  };
}

const parseableMethods = (): string => Inject.shape.method.options.join(', ');

/** Whether a key (of a schema issue's path) is a field of an inject. */
export function isInjectField(key: unknown): key is keyof Inject {
  return typeof key === 'string' && Object.hasOwn(Inject.shape, key);
}
