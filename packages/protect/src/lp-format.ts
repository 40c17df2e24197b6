import { optionWeight, type CutProblem } from './cut-problem.ts';

/** Variable names of the programme: x (line, option), p (class, state), f (route, link, direction). */
export const xName = (line: number, option: number) => `x_${line}_${option}`;
const pName = (c: number, s: number) => `p_${c}_${s}`;
const fName = (r: number, link: number, dir: 0 | 1) => `f_${r}_${link}_${dir}`;

/** Which parts of the problem to state (the reason-finder leaves some out). */
export interface LpParts {
  readonly classes?: readonly number[];
  readonly routes?: readonly number[];
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(6));

/** Whether option `k` may go on line `l` at all (forbidden lines, locks, pedestrian lines). */
export function optionAllowed(problem: CutProblem, l: number, k: number): boolean {
  const line = problem.lines[l];
  const option = line?.options[k];
  if (!line || !option || line.forbidden) return false;
  if (line.locked !== undefined) return option.id === line.locked;
  return !line.pedestrian || option.permeable;
}

/**
 * The problem in CPLEX LP format (what HiGHS reads):
 * - at most one option per line; locked options fixed to 1, disallowed ones to 0;
 * - per class, potentials p ∈ [0, 1] with p = 1 at sources and 0 at sinks, and per arc
 *   p(to) ≥ p(from) − Σ x(stopping options of its line): every source→sink path crosses a stopping option
 *   (a set of several stopping options on one line is one variable s ≤ Σ x, shared by the arcs that cross it);
 * - per emergency route, one unit of flow from station to access point, through a link only if no option
 *   that would shut it (not openable, or too narrow) is installed on its line;
 * - minimise installation + discounted maintenance + visibility penalty.
 */
export function toLp(problem: CutProblem, parts: LpParts = {}): string {
  const out: string[] = ['Minimize', ' obj:'];
  const objective: string[] = [];
  problem.lines.forEach((line, l) =>
    line.options.forEach((o, k) => objective.push(`${objective.length === 0 ? '' : '+ '}${num(optionWeight(problem, o))} ${xName(l, k)}`)),
  );
  out.push(objective.length > 0 ? `  ${objective.join(' ')}` : '  0 x_dummy');
  out.push('Subject To');
  problem.lines.forEach((line, l) => {
    if (line.options.length > 1) out.push(` one_${l}: ${line.options.map((_, k) => xName(l, k)).join(' + ')} <= 1`);
  });
  const classes = parts.classes ?? problem.classes.map((_, i) => i);
  // Many arcs cross the same line with the same stopping options: each such set gets one variable
  // s ≤ Σ x(set), so that an arc's row has a term per line rather than per option.
  const sets = new Map<string, string>();
  const term = (line: { index: number; stoppedBy: readonly number[] }): string => {
    const allowed = line.stoppedBy.filter((k) => optionAllowed(problem, line.index, k));
    if (allowed.length === 0) return '';
    if (allowed.length === 1) return ` + ${xName(line.index, allowed[0] as number)}`;
    const key = `${line.index}:${allowed.join(',')}`;
    let name = sets.get(key);
    if (name === undefined) {
      name = `s_${sets.size}`;
      sets.set(key, name);
      out.push(` d_${name}: ${name}${allowed.map((k) => ` - ${xName(line.index, k)}`).join('')} <= 0`);
    }
    return ` + ${name}`;
  };
  for (const c of classes) {
    const g = problem.classes[c];
    if (!g) continue;
    g.arcs.forEach((arc, i) => {
      const cuts = (arc.lines ?? []).map(term).join('');
      out.push(` a_${c}_${i}: ${pName(c, arc.to)} - ${pName(c, arc.from)}${cuts} >= 0`);
    });
  }
  const routes = parts.routes ?? problem.emergency.map((_, i) => i);
  for (const r of routes) {
    const route = problem.emergency[r];
    if (!route) continue;
    const termsOf = new Map<number, string[]>();
    const add = (n: number, ...terms: string[]) => termsOf.set(n, [...(termsOf.get(n) ?? []), ...terms]);
    route.links.forEach((link, i) => {
      add(link.a, `+ ${fName(r, i, 0)}`, `- ${fName(r, i, 1)}`);
      add(link.b, `- ${fName(r, i, 0)}`, `+ ${fName(r, i, 1)}`);
    });
    for (const [n, terms] of [...termsOf].sort((p, q) => p[0] - q[0])) {
      const rhs = n === route.from ? 1 : n === route.to ? -1 : 0;
      out.push(` e_${r}_${n}: ${terms.join(' ').replace(/^\+ /, '')} = ${rhs}`);
    }
    route.links.forEach((link, i) => {
      const shut = (link.lines ?? [])
        .flatMap((l) => (problem.lines[l]?.options ?? []).flatMap((o, k) => (o.emergencyPassable ? [] : [` + ${xName(l, k)}`])))
        .join('');
      if (shut) out.push(` c_${r}_${i}: ${fName(r, i, 0)} + ${fName(r, i, 1)}${shut} <= 1`);
    });
  }
  out.push('Bounds');
  for (const c of classes) {
    const g = problem.classes[c];
    if (!g) continue;
    const fixed = new Map<number, number>();
    for (const s of g.sinks) fixed.set(s, 0);
    for (const s of g.sources) fixed.set(s, 1);
    for (let s = 0; s < g.states; s++) {
      const v = fixed.get(s);
      out.push(v === undefined ? ` 0 <= ${pName(c, s)} <= 1` : ` ${pName(c, s)} = ${v}`);
    }
  }
  for (const r of routes) problem.emergency[r]?.links.forEach((_, i) => out.push(` 0 <= ${fName(r, i, 0)} <= 1`, ` 0 <= ${fName(r, i, 1)} <= 1`));
  for (const name of sets.values()) out.push(` 0 <= ${name} <= 1`);
  const binaries: string[] = [];
  problem.lines.forEach((line, l) =>
    line.options.forEach((o, k) => {
      if (!optionAllowed(problem, l, k)) out.push(` ${xName(l, k)} = 0`);
      else if (line.locked === o.id) out.push(` ${xName(l, k)} = 1`);
      binaries.push(xName(l, k));
    }),
  );
  if (binaries.length > 0) out.push('Binary', ...chunk(binaries, 12).map((names) => ` ${names.join(' ')}`));
  out.push('End');
  return `${out.join('\n')}\n`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
