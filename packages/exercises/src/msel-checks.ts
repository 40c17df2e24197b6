import type { Objective, Storyline } from '@pactesur/contracts';
import { columnName, formatScenarioTime } from './msel-columns.ts';
import { quoted, type AddFinding, type InjectDraft } from './inject-cells.ts';

/**
 * The rules between the rows of an MSEL, the same for a file and for a list built in the app:
 *
 * - a number is used once, and so is an id;
 * - within a storyline, scenario times never go back: each inject is due at the same time as the one
 *   before it in the list or later (several injects may go at once: a radio call and a news post in the
 *   same minute);
 * - a dependency names an inject of the list, not the inject itself, not one due later than itself, and
 *   dependencies never go round in a circle;
 * - given the exercise's storylines, an inject names one of them, and one of its acts when it has acts;
 *   given its objectives, an inject names only those.
 */

export interface MselCheckOptions {
  /** The exercise's objectives: an inject's objectives must be among them. */
  readonly objectives?: readonly Objective[];
  /** The exercise's storylines: an inject names one of them, and one of its acts when it has any. */
  readonly storylines?: readonly Storyline[];
}

const DEPENDS_ON = columnName('dependsOn');
const time = (s: number | null): string => (s === null ? '?' : formatScenarioTime(s));
const storylineOf = (name: string): string =>
  name === '' ? 'the injects without a storyline' : `storyline ${quoted(name)}`;
const injectName = (d: InjectDraft): string => (d.number === null ? d.label : `inject ${d.number}`);

/**
 * Checks the rules above on the drafts, in their order; `dependencies` holds each draft's dependencies
 * found in the list (those not found were reported by the caller).
 */
export function checkAcross(
  drafts: readonly InjectDraft[],
  dependencies: ReadonlyMap<InjectDraft, readonly InjectDraft[]>,
  options: MselCheckOptions,
  add: AddFinding,
): void {
  duplicates(drafts, add);
  timeOrder(drafts, add);
  for (const d of drafts) {
    for (const dep of dependencies.get(d) ?? []) {
      if (dep === d) add({ row: d.row, column: DEPENDS_ON, message: 'depends on itself' });
      else if (dep.timeS !== null && d.timeS !== null && dep.timeS > d.timeS)
        add({
          row: d.row,
          column: DEPENDS_ON,
          message: `depends on ${injectName(dep)}, due later (at ${time(dep.timeS)}; this one is due at ${time(d.timeS)})`,
        });
    }
  }
  circles(drafts, dependencies, add);
  structure(drafts, options, add);
}

function duplicates(drafts: readonly InjectDraft[], add: AddFinding): void {
  const numbers = new Map<number, InjectDraft>();
  const ids = new Map<string, InjectDraft>();
  for (const d of drafts) {
    if (d.number !== null) {
      const first = numbers.get(d.number);
      if (first)
        add({
          row: d.row,
          column: columnName('number'),
          message: `number ${d.number} is used twice: ${first.label} has it too`,
        });
      else numbers.set(d.number, d);
    }
    if (d.id !== null) {
      const first = ids.get(d.id);
      // Two ids made from the same number: the number is the finding.
      if (first && (first.idGiven || d.idGiven))
        add({
          row: d.row,
          column: columnName('id'),
          message: `id ${quoted(d.id)}${d.idGiven ? '' : ' (made from its number)'} is used twice: ${first.label} has it too`,
        });
      else if (!first) ids.set(d.id, d);
    }
  }
}

function timeOrder(drafts: readonly InjectDraft[], add: AddFinding): void {
  const latest = new Map<string, InjectDraft>();
  for (const d of drafts) {
    if (d.timeS === null) continue;
    const before = latest.get(d.storyline);
    if (before && before.timeS !== null && d.timeS < before.timeS) {
      add({
        row: d.row,
        column: columnName('scenarioTimeS'),
        message: `${time(d.timeS)} comes after ${before.label} at ${time(before.timeS)} in ${storylineOf(d.storyline)}: times may stay the same but never go back`,
      });
    } else latest.set(d.storyline, d);
  }
}

/** Reports each circle of dependencies once, on the inject that closes it. */
function circles(
  drafts: readonly InjectDraft[],
  dependencies: ReadonlyMap<InjectDraft, readonly InjectDraft[]>,
  add: AddFinding,
): void {
  const state = new Map<InjectDraft, 'open' | 'done'>();
  for (const start of drafts) {
    if (state.has(start)) continue;
    state.set(start, 'open');
    const stack: { node: InjectDraft; next: number }[] = [{ node: start, next: 0 }];
    const path: InjectDraft[] = [start];
    while (stack.length > 0) {
      const top = stack.at(-1);
      if (!top) break;
      const dep = (dependencies.get(top.node) ?? [])[top.next++];
      if (dep === undefined) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
      } else if (dep !== top.node) {
        const s = state.get(dep);
        if (s === undefined) {
          state.set(dep, 'open');
          stack.push({ node: dep, next: 0 });
          path.push(dep);
        } else if (s === 'open') {
          const circle = [...path.slice(path.indexOf(dep)), dep].map(injectName).join(' → ');
          add({
            row: top.node.row,
            column: DEPENDS_ON,
            message: `its dependencies go round in a circle: ${circle}`,
          });
        }
      }
    }
  }
}

function structure(drafts: readonly InjectDraft[], options: MselCheckOptions, add: AddFinding): void {
  const { storylines, objectives } = options;
  if (storylines) {
    const byName = new Map(storylines.map((s) => [s.name, s]));
    for (const d of drafts) {
      const s = byName.get(d.storyline);
      if (!s) {
        add({
          row: d.row,
          column: columnName('storyline'),
          message:
            d.storyline === ''
              ? 'is empty: name one of the exercise’s storylines'
              : `${quoted(d.storyline)} is not a storyline of the exercise`,
        });
      } else if (s.acts.length > 0 && !s.acts.some((a) => a.name === d.act)) {
        add({
          row: d.row,
          column: columnName('act'),
          message:
            d.act === ''
              ? `is empty: name one of the acts of ${storylineOf(s.name)}`
              : `${quoted(d.act)} is not an act of ${storylineOf(s.name)}`,
        });
      } else if (s.acts.length === 0 && d.act !== '') {
        add({ row: d.row, column: columnName('act'), message: `${storylineOf(s.name)} has no acts` });
      }
    }
  }
  if (objectives) {
    const ids = new Set(objectives.map((o) => o.id));
    for (const d of drafts)
      for (const o of d.objectives)
        if (!ids.has(o))
          add({
            row: d.row,
            column: columnName('objectives'),
            message: `${quoted(o)} is not an objective of the exercise`,
          });
  }
}
