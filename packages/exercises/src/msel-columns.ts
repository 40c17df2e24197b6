import { DeliveryMethod, MAX_SCENARIO_TIME_S, type Inject } from '@pactesur/contracts';

/**
 * The columns of an MSEL as CSV (EXERCISES.md), named in English, one per field of an inject.
 *
 * - The header row names the columns, in any order; names are matched without regard to case or repeated
 *   spaces (`scenario time` is `Scenario time`). A column not listed here is refused, and so is a file
 *   without one of the required columns. Optional columns left out take their defaults.
 * - **Scenario time** is the time after the exercise's start on the simulation clock, written `H:MM` or
 *   `H:MM:SS` (hours from 0 to 168, minutes and seconds two digits from 00 to 59): `00:45` is forty-five
 *   minutes in, `26:00:30` a day, two hours and thirty seconds in. It is written back `HH:MM`, with `:SS`
 *   only when the seconds are not 0.
 * - **Delivered at** is an ISO 8601 time with its offset (`2026-07-14T22:41:00+02:00`), empty until then.
 * - **To**, **Objectives**, **Depends on** and **Attachments** hold lists separated by `;` (`local-police;
 *   fire-brigade`). **Depends on** names injects by their **Number**; **Objectives** by the objectives' ids.
 * - **Contingency** is `yes` or `no` (also `y`/`n`, `true`/`false`, `1`/`0`, `x` for yes; empty is no).
 * - **Method** is one of `in-app`, `phone`, `radio`, `email`, `news`, `social`, `cap-alert`, in any case,
 *   spaces or `_` taken for `-`; a few other names are understood (`phone script`, `news item`, `social
 *   post`, `cap`, `e-mail`, `app`).
 * - **Status** is `pending` (the default), `delivered`, `skipped` or `cancelled`.
 * - **Id** is the inject's short id in the app; a file typed by hand leaves it out and the injects are given
 *   `inject-<number>`.
 */

export interface MselColumn {
  /** The English header name. */
  readonly name: string;
  /** The inject's field it holds. */
  readonly field: keyof Inject;
  /** Whether the header must have it (its cells must then be filled too). */
  readonly required: boolean;
}

const column = (name: string, field: keyof Inject, required = false): MselColumn =>
  Object.freeze({ name, field, required });

/** Every column, in the order `writeMsel` writes them. */
export const MSEL_COLUMNS: readonly MselColumn[] = Object.freeze([
  column('Number', 'number', true),
  column('Storyline', 'storyline'),
  column('Act', 'act'),
  column('Scenario time', 'scenarioTimeS', true),
  column('Delivered at', 'deliveredAt'),
  column('Synopsis', 'synopsis', true),
  column('Message', 'message'),
  column('From', 'from', true),
  column('To', 'to', true),
  column('Method', 'method', true),
  column('Controller', 'controller'),
  column('Expected action', 'expectedAction'),
  column('Objectives', 'objectives'),
  column('Control note', 'controlNote'),
  column('Contingency', 'contingency'),
  column('Status', 'status'),
  column('Depends on', 'dependsOn'),
  column('Attachments', 'attachments'),
  column('Id', 'id'),
]);

export const REQUIRED_MSEL_COLUMNS: readonly string[] = MSEL_COLUMNS.filter((c) => c.required).map(
  (c) => c.name,
);

const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
const BY_NAME = new Map(MSEL_COLUMNS.map((c) => [key(c.name), c]));
const BY_FIELD = new Map(MSEL_COLUMNS.map((c) => [c.field, c]));

/** The column a header cell names, or undefined. */
export function mselColumn(header: string): MselColumn | undefined {
  return BY_NAME.get(key(header));
}

/** The header name of an inject's field. */
export function columnName(field: keyof Inject): string {
  return BY_FIELD.get(field)?.name ?? '';
}

// ---------------------------------------------------------------------------------------------------------
// Scenario times

const TIME = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

/** `01:30` → 5400; null for anything else than `H:MM` or `H:MM:SS` up to {@link MAX_SCENARIO_TIME_S}. */
export function parseScenarioTime(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const s = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  return s <= MAX_SCENARIO_TIME_S ? s : null;
}

/** 5400 → `01:30`; 5405 → `01:30:05`. Seconds are whole: a fraction is dropped. */
export function formatScenarioTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number): string => String(n).padStart(2, '0');
  const hm = `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}`;
  return s % 60 === 0 ? hm : `${hm}:${two(s % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Lists, flags and methods

export const LIST_SEPARATOR = ';';

/** The items of a list cell: split at `;`, trimmed, empty ones left out. */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Items as one cell: `a; b`. */
export function joinList(items: readonly string[]): string {
  return items.join(`${LIST_SEPARATOR} `);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** A contingency flag: true, false, or null when the cell says neither. */
export function parseFlag(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

export const formatFlag = (flag: boolean): string => (flag ? 'yes' : 'no');

const METHOD_ALIASES: Readonly<Record<string, DeliveryMethod>> = {
  app: 'in-app',
  'phone-script': 'phone',
  'phone-call': 'phone',
  'e-mail': 'email',
  'news-item': 'news',
  'simulated-news': 'news',
  'social-post': 'social',
  'simulated-social': 'social',
  'social-media': 'social',
  cap: 'cap-alert',
};

/** A delivery method as a cell may write it, or null when it is none of them. */
export function parseMethod(cell: string): DeliveryMethod | null {
  const v = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const known = DeliveryMethod.safeParse(v);
  if (known.success) return known.data;
  return Object.prototype.hasOwnProperty.call(METHOD_ALIASES, v) ? (METHOD_ALIASES[v] ?? null) : null;
}
