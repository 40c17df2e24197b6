import type { ProgressCallback } from '@pactesur/geo';
import type { CutProblem } from './cut-problem.ts';
import { optionAllowed, toLp, xName, type LpParts } from './lp-format.ts';
import { reduceProblem } from './reduce-graph.ts';

/** What a MIP solver reports (the node adapter wraps HiGHS; tests may use it directly). */
export interface MipSolution {
  readonly status: 'optimal' | 'infeasible' | 'limit' | 'error';
  readonly objective: number;
  readonly values: ReadonlyMap<string, number>;
  /** Relative gap between the best plan and the best bound (0 when proven optimal). */
  readonly gap: number | null;
  readonly message?: string;
}

export interface MipOptions {
  readonly timeLimitS: number;
  readonly relativeGap: number;
  /** Called at the solver's own checkpoints during a solve, with its running time (s): progress from inside a long solve. */
  readonly onCheckpoint?: (runningS: number) => void;
}

export type MipSolver = (lp: string, options: MipOptions) => MipSolution;

export type CutSolution =
  | {
      readonly feasible: true;
      readonly objective: number;
      /** The option installed on each line that gets one. */
      readonly chosen: readonly { readonly line: number; readonly option: number }[];
      readonly gap: number | null;
      readonly optimal: boolean;
    }
  | {
      readonly feasible: false;
      /** The constraint that cannot hold, in words: which class or route, where. */
      readonly reason: string;
      readonly constraint: 'class' | 'emergency' | 'solver';
      /** The class that cannot be stopped (`constraint: 'class'`). */
      readonly classId?: string;
      /** The candidate lines on that class's unstoppable way, in order (the map shows where they are). */
      readonly lines?: readonly number[];
    };

/**
 * A source→sink path of a class on which no allowed option stops it (so no plan can): the lines it
 * crosses, or null when every path can be cut.
 */
export function uncuttablePath(problem: CutProblem, c: number): { lines: number[] } | null {
  const g = problem.classes[c];
  if (!g) return null;
  const out: { to: number; line?: number; cuttable: boolean }[][] = Array.from({ length: g.states }, () => []);
  for (const arc of g.arcs) {
    const lines = arc.lines ?? [];
    const cuttable = lines.some((line) => line.stoppedBy.some((k) => optionAllowed(problem, line.index, k)));
    out[arc.from]?.push({ to: arc.to, line: lines[0]?.index, cuttable });
  }
  const sinks = new Set(g.sinks);
  const prev = new Map<number, { from: number; line?: number }>();
  const queue: number[] = [];
  for (const s of g.sources) {
    if (!prev.has(s)) prev.set(s, { from: -1 });
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] as number;
    if (sinks.has(s)) {
      const lines: number[] = [];
      for (let at = s; at >= 0; ) {
        const p = prev.get(at);
        if (!p) break;
        if (p.line !== undefined) lines.unshift(p.line);
        at = p.from;
      }
      return { lines };
    }
    for (const e of out[s] ?? []) {
      if (e.cuttable || prev.has(e.to)) continue;
      prev.set(e.to, { from: s, line: e.line });
      queue.push(e.to);
    }
  }
  return null;
}

/**
 * Solves the protection programme; when it has no solution, says which constraint breaks it: a class
 * that no allowed option can stop somewhere on its way, or the first emergency route that cannot stay open
 * once the classes are stopped.
 */
export function solveCut(
  problem: CutProblem,
  solver: MipSolver,
  options: { timeLimitS?: number; relativeGap?: number; onProgress?: ProgressCallback } = {},
): CutSolution {
  const timeLimitS = options.timeLimitS ?? 60;
  // A solve's share of the progress grows with its running time against the time limit (the most it may
  // take); each solve after the first (finding the broken constraint) gets the next share.
  const solves = 1 + problem.emergency.length;
  let solveIndex = 0;
  const report = options.onProgress;
  const settings = (phase: string) => {
    const index = solveIndex++;
    report?.(index / solves, phase);
    return {
      timeLimitS,
      relativeGap: options.relativeGap ?? 1e-4,
      onCheckpoint: report ? (runningS: number) => report((index + Math.min(0.99, runningS / timeLimitS)) / solves, phase) : undefined,
    };
  };
  for (const [c, g] of problem.classes.entries()) {
    const path = uncuttablePath(problem, c);
    if (path) {
      // Places are counted, not named: their ids are the programme's own, meaningless to a reader.
      const n = path.lines.length;
      const where = n > 0 ? ` (its way crosses ${n} place${n === 1 ? '' : 's'} where a barrier could go)` : ' without crossing any place where a barrier can go';
      return { feasible: false, constraint: 'class', reason: `no allowed barrier stops ${g.classId} on one of its approaches${where}`, classId: g.classId, lines: path.lines };
    }
  }
  report?.(0, 'reducing the programme');
  const reduced = reduceProblem(problem);
  const run = (phase: string, parts?: LpParts) => {
    const s = settings(phase);
    const lp = toLp(reduced, parts);
    s.onCheckpoint?.(0);
    return solver(lp, s);
  };
  const full = run('solving');
  if (full.status === 'optimal' || (full.status === 'limit' && full.values.size > 0)) {
    const chosen: { line: number; option: number }[] = [];
    problem.lines.forEach((line, l) =>
      line.options.forEach((_, k) => {
        if ((full.values.get(xName(l, k)) ?? 0) > 0.5) chosen.push({ line: l, option: k });
      }),
    );
    report?.(1, 'solved');
    return { feasible: true, objective: full.objective, chosen, gap: full.gap, optimal: full.status === 'optimal' };
  }
  if (full.status !== 'infeasible') return { feasible: false, constraint: 'solver', reason: full.message ?? `the solver stopped (${full.status})` };
  const classes = problem.classes.map((_, i) => i);
  for (const [r, route] of problem.emergency.entries()) {
    const partial = run('finding the broken constraint', { classes, routes: problem.emergency.slice(0, r + 1).map((_, i) => i) });
    if (partial.status === 'infeasible')
      return {
        feasible: false,
        constraint: 'emergency',
        reason: `emergency route ${route.id} cannot stay open: every way to the zone crosses a place that only a barrier that does not open (or is too narrow when open) can close`,
      };
  }
  return { feasible: false, constraint: 'solver', reason: 'the classes cannot all be stopped together with the locked and forbidden places' };
}
