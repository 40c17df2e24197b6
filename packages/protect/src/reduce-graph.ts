import type { ClassStateGraph, CutProblem, StateArc } from './cut-problem.ts';
import { optionAllowed } from './lp-format.ts';

/**
 * Shrinks each class's state graph before it is written as a programme, without changing the optimum.
 * In the programme every state has a potential p ∈ [0, 1] (1 at sources, 0 at sinks) and every arc says
 * p(to) ≥ p(from) − Σ x(options on its lines that stop the class). Then:
 *
 * - all sources are one state, and all sinks are one state (their potentials are fixed alike);
 * - a state no source reaches, or that reaches no sink, bounds nothing: it goes, with its arcs;
 * - an arc whose lines have no allowed stopping option is a plain arc (p(to) ≥ p(from));
 * - parallel arcs keep one of each kind, and a plain arc makes the others beside it redundant;
 * - **in-rule**: a state whose only incoming arc is a plain arc from `a` can take p(a) — lowering a
 *   potential only relaxes the arcs leaving it — so it is merged into `a`;
 * - **out-rule**: a state whose only outgoing arc is a plain arc to `b` can take p(b) — raising a
 *   potential only relaxes the arcs entering it — so it is merged into `b`.
 *
 * Each rule holds for all its merges at once (the potentials of a merged chain all become its root's),
 * but the two rules together in one pass do not, so passes alternate between them until they merge little.
 * Lines, options and emergency routes are untouched, so a solution of the reduced problem is read the same.
 */
export function reduceProblem(problem: CutProblem): CutProblem {
  return { ...problem, classes: problem.classes.map((g) => reduceClassGraph(problem, g)) };
}

/** Arcs as parallel arrays, with each arc's lines (only the allowed stopping options) as a shared signature. */
interface ArcTable {
  from: Int32Array;
  to: Int32Array;
  /** Index into `signatures`; 0 is the plain arc (no line can stop the class on it). */
  sig: Int32Array;
  signatures: (StateArc['lines'] | undefined)[];
}

function arcTable(problem: CutProblem, g: ClassStateGraph): ArcTable {
  const n = g.arcs.length;
  const table: ArcTable = { from: new Int32Array(n), to: new Int32Array(n), sig: new Int32Array(n), signatures: [undefined] };
  const ids = new Map<string, number>();
  g.arcs.forEach((arc, i) => {
    table.from[i] = arc.from;
    table.to[i] = arc.to;
    const lines = (arc.lines ?? [])
      .map((line) => ({ index: line.index, stoppedBy: line.stoppedBy.filter((k) => optionAllowed(problem, line.index, k)) }))
      .filter((line) => line.stoppedBy.length > 0);
    if (lines.length === 0) return;
    const key = lines.map((line) => `${line.index}:${line.stoppedBy.join(',')}`).join('|');
    let id = ids.get(key);
    if (id === undefined) {
      id = table.signatures.length;
      ids.set(key, id);
      table.signatures.push(lines);
    }
    table.sig[i] = id;
  });
  return table;
}

const SOURCE = 1;
const SINK = 2;

export function reduceClassGraph(problem: CutProblem, g: ClassStateGraph): ClassStateGraph {
  if (g.sources.length === 0 || g.sinks.length === 0) return { classId: g.classId, states: 0, sources: [], sinks: [], arcs: [] };
  const arcs = arcTable(problem, g);
  const parent = new Int32Array(g.states).map((_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v] as number] as number;
    return v;
  };
  const fixed = new Uint8Array(g.states);
  for (const s of g.sources) fixed[s] = SOURCE;
  for (const s of g.sinks) fixed[s] = (fixed[s] as number) | SINK;
  const join = (child: number, root: number) => {
    parent[child] = root;
    fixed[root] = (fixed[root] as number) | (fixed[child] as number);
  };
  const [firstSource, ...otherSources] = g.sources;
  const [firstSink, ...otherSinks] = g.sinks;
  for (const s of otherSources) if (find(s) !== find(firstSource as number)) join(find(s), find(firstSource as number));
  for (const s of otherSinks) if (find(s) !== find(firstSink as number)) join(find(s), find(firstSink as number));

  let live = collapse(arcs, find, g.states);
  // Most merges come in the first passes; a long tail of a few each is not worth a full pass.
  for (let rule: 'in' | 'out' = 'in', idle = 0; idle < 2; rule = rule === 'in' ? 'out' : 'in') {
    const merged = mergePass(live, rule, fixed, find, join);
    idle = merged * 500 < live.from.length ? idle + 1 : 0;
    if (merged > 0) live = collapse(live, find, g.states);
  }
  return { classId: g.classId, ...renumber(prune(live, g.states, fixed, find), fixed, find) };
}

/** Arcs between representatives: no self-loops, one of each (from, to, lines), none beside a plain arc. */
function collapse(arcs: ArcTable, find: (v: number) => number, states: number): ArcTable {
  const n = arcs.from.length;
  const kinds = arcs.signatures.length;
  // Numeric keys (states² × kinds stays far below 2^53 for any site).
  const seen = new Set<number>();
  const plain = new Set<number>();
  const ends = (i: number) => find(arcs.from[i] as number) * states + find(arcs.to[i] as number);
  for (let i = 0; i < n; i++) if (arcs.sig[i] === 0) plain.add(ends(i));
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = find(arcs.from[i] as number);
    const b = find(arcs.to[i] as number);
    if (a === b) continue;
    const pair = a * states + b;
    if (arcs.sig[i] !== 0 && plain.has(pair)) continue;
    const key = pair * kinds + (arcs.sig[i] as number);
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(i);
  }
  return {
    from: Int32Array.from(keep, (i) => find(arcs.from[i] as number)),
    to: Int32Array.from(keep, (i) => find(arcs.to[i] as number)),
    sig: Int32Array.from(keep, (i) => arcs.sig[i] as number),
    signatures: arcs.signatures,
  };
}

/** One pass of the in-rule or the out-rule over the current arcs; returns how many states merged. */
function mergePass(arcs: ArcTable, rule: 'in' | 'out', fixed: Uint8Array, find: (v: number) => number, join: (child: number, root: number) => void): number {
  const n = arcs.from.length;
  const [near, far] = rule === 'in' ? [arcs.to, arcs.from] : [arcs.from, arcs.to];
  // The state that may merge is `near` (entered, or left, by one arc only); it merges into `far`.
  const degree = new Map<number, number>();
  for (let i = 0; i < n; i++) degree.set(near[i] as number, (degree.get(near[i] as number) ?? 0) + 1);
  // A source keeps p = 1, so it cannot take a lower potential (in-rule); a sink keeps 0 (out-rule).
  const pinned = rule === 'in' ? SOURCE : SINK;
  let merged = 0;
  for (let i = 0; i < n; i++) {
    const v = near[i] as number;
    if (arcs.sig[i] !== 0 || degree.get(v) !== 1 || (fixed[v] as number) & pinned) continue;
    const root = find(far[i] as number);
    const child = find(v);
    if (root === child || ((fixed[root] as number) | (fixed[child] as number)) === (SOURCE | SINK)) continue;
    join(child, root);
    merged++;
  }
  return merged;
}

/** Arcs on some source→sink path only. */
function prune(arcs: ArcTable, states: number, fixed: Uint8Array, find: (v: number) => number): ArcTable {
  const n = arcs.from.length;
  const reach = (start: number, from: Int32Array, to: Int32Array): Uint8Array => {
    const out = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const list = out.get(from[i] as number);
      if (list) list.push(to[i] as number);
      else out.set(from[i] as number, [to[i] as number]);
    }
    const seen = new Uint8Array(states);
    const queue: number[] = [];
    for (let v = 0; v < states; v++)
      if (find(v) === v && (fixed[v] as number) & start) {
        seen[v] = 1;
        queue.push(v);
      }
    for (let head = 0; head < queue.length; head++)
      for (const w of out.get(queue[head] as number) ?? [])
        if (!seen[w]) {
          seen[w] = 1;
          queue.push(w);
        }
    return seen;
  };
  const forward = reach(SOURCE, arcs.from, arcs.to);
  const backward = reach(SINK, arcs.to, arcs.from);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (forward[arcs.from[i] as number] && backward[arcs.to[i] as number]) keep.push(i);
  return {
    from: Int32Array.from(keep, (i) => arcs.from[i] as number),
    to: Int32Array.from(keep, (i) => arcs.to[i] as number),
    sig: Int32Array.from(keep, (i) => arcs.sig[i] as number),
    signatures: arcs.signatures,
  };
}

/** The reduced graph with its states numbered 0…n−1 (the merged source and sink first). */
function renumber(arcs: ArcTable, fixed: Uint8Array, find: (v: number) => number): Omit<ClassStateGraph, 'classId'> {
  const index = new Map<number, number>();
  const id = (v: number) => {
    let k = index.get(v);
    if (k === undefined) {
      k = index.size;
      index.set(v, k);
    }
    return k;
  };
  const sources = new Set<number>();
  const sinks = new Set<number>();
  const out: StateArc[] = [];
  for (let i = 0; i < arcs.from.length; i++) {
    const a = arcs.from[i] as number;
    const b = arcs.to[i] as number;
    const lines = arcs.signatures[arcs.sig[i] as number];
    out.push(lines ? { from: id(a), to: id(b), lines } : { from: id(a), to: id(b) });
    for (const v of [a, b]) {
      if ((fixed[find(v)] as number) & SOURCE) sources.add(id(v));
      if ((fixed[find(v)] as number) & SINK) sinks.add(id(v));
    }
  }
  return { states: index.size, sources: [...sources], sinks: [...sinks], arcs: out };
}
