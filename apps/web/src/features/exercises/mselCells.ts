import type { Inject } from '@pactesur/contracts';

/**
 * The cells of the MSEL's table that hold lists — recipients, objectives, the injects an inject waits for —
 * written as the CSV writes them: items separated by `;`.
 */

/** `local-police; fire-brigade` → both; empty items left out. */
export function listOfCell(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const cellOfList = (items: readonly string[]): string => items.join('; ');

/** The numbers of the injects `inject` waits for, as its cell shows them (an id no inject has, as it is). */
export function dependsOnCell(inject: Inject, msel: readonly Inject[]): string {
  return cellOfList(inject.dependsOn.map((id) => String(msel.find((i) => i.id === id)?.number ?? id)));
}

/** The ids of the injects a cell's numbers name; null when one names no inject of the list. */
export function dependsOnIds(cell: string, msel: readonly Inject[]): string[] | null {
  const ids: string[] = [];
  for (const item of listOfCell(cell)) {
    const found = msel.find((i) => String(i.number) === item);
    if (!found) return null;
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}

/** Whether two lists hold the same items in the same order. */
export const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * A new inject at the end of the list: the next number, an id no other inject has, due when the last one
 * is, waiting to be written (its synopsis, sender and recipients are the planner's to fill in).
 */
export function newInject(msel: readonly Inject[]): Inject {
  const number = msel.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  const ids = new Set(msel.map((i) => i.id));
  let n = number;
  while (ids.has(`inject-${n}`)) n += 1;
  const last = msel.at(-1);
  return {
    id: `inject-${n}`,
    number,
    storyline: last?.storyline ?? '',
    act: last?.act ?? '',
    scenarioTimeS: last?.scenarioTimeS ?? 0,
    deliveredAt: null,
    synopsis: '',
    message: '',
    from: '',
    to: [],
    method: 'in-app',
    controller: '',
    expectedAction: '',
    objectives: [],
    controlNote: '',
    contingency: false,
    status: 'pending',
    dependsOn: [],
    attachments: [],
  };
}

/** The list without one inject, and without the dependencies others had on it. */
export function withoutInject(msel: readonly Inject[], id: string): Inject[] {
  return msel
    .filter((i) => i.id !== id)
    .map((i) => (i.dependsOn.includes(id) ? { ...i, dependsOn: i.dependsOn.filter((d) => d !== id) } : i));
}
