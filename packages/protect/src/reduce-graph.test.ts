import { describe, expect, it } from 'vitest';
import type { ClassStateGraph, CutProblem, LineOption, StateArc } from './cut-problem.ts';
import { toLp } from './lp-format.ts';
import { highsSolver } from './node/highs-solver.ts';
import { reduceClassGraph, reduceProblem } from './reduce-graph.ts';

const solver = await highsSolver();
const settings = { timeLimitS: 30, relativeGap: 0 };

const option = (id: string, costEur: number): LineOption => ({ id, costEur, maintenancePerYearEur: 0, emergencyPassable: false, permeable: true, visibleSecurity: false });

/** A small deterministic generator (the tests must replay the same graphs). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random problem: three lines of two or three options, one or two classes over a dozen states. */
function randomProblem(seed: number): CutProblem {
  const r = rng(seed);
  const lines = [0, 1, 2].map((l) => ({
    id: `line-${l}`,
    options: [option('cheap', 1000 + Math.floor(r() * 9) * 500), option('strong', 6000 + Math.floor(r() * 9) * 500), ...(r() < 0.5 ? [option('layout', 2500)] : [])],
    pedestrian: false,
  }));
  const classes: ClassStateGraph[] = [];
  for (let c = 0; c < 1 + Math.floor(r() * 2); c++) {
    const states = 12;
    const arcs: StateArc[] = [];
    // A path from the source (0) to the sink (11) so that every class has something to stop, then noise.
    for (let s = 0; s < 11; s++) arcs.push(r() < 0.3 ? lineArc(r, s, s + 1, lines) : { from: s, to: s + 1 });
    for (let k = 0; k < 18; k++) {
      const from = Math.floor(r() * 11);
      const to = 1 + Math.floor(r() * 11);
      if (from !== to) arcs.push(r() < 0.5 ? lineArc(r, from, to, lines) : { from, to });
    }
    classes.push({ classId: `class-${c}`, states, sources: r() < 0.5 ? [0] : [0, 5], sinks: [11], arcs });
  }
  return { lines, classes, emergency: [] };
}

function lineArc(r: () => number, from: number, to: number, lines: CutProblem['lines']): StateArc {
  const index = Math.floor(r() * lines.length);
  const n = lines[index]?.options.length ?? 0;
  // Faster crossings are stopped by fewer options: the strong one always, the others sometimes.
  const stoppedBy = Array.from({ length: n }, (_, k) => k).filter((k) => k === 1 || r() < 0.4);
  return { from, to, lines: [{ index, stoppedBy }] };
}

const optimum = (p: CutProblem) => {
  const s = solver(toLp(p), settings);
  return s.status === 'optimal' ? s.objective : s.status;
};

describe('reducing the state graphs before the programme is written', () => {
  it('merges a plain chain into its ends and keeps the stopping arcs', () => {
    // 0 → 1 → 2 ─line→ 3 → 4 → 5 (sink); 6 is a dead end off 1, 7 is never reached.
    const g: ClassStateGraph = {
      classId: 'car',
      states: 8,
      sources: [0],
      sinks: [5],
      arcs: [
        { from: 0, to: 1 },
        { from: 1, to: 2 },
        { from: 2, to: 3, lines: [{ index: 0, stoppedBy: [0] }] },
        { from: 3, to: 4 },
        { from: 4, to: 5 },
        { from: 1, to: 6 },
        { from: 7, to: 3 },
      ],
    };
    const p: CutProblem = { lines: [{ id: 'l', options: [option('B48', 5000)], pedestrian: false }], classes: [g], emergency: [] };
    const reduced = reduceClassGraph(p, g);
    expect(reduced).toEqual({ classId: 'car', states: 2, sources: [0], sinks: [1], arcs: [{ from: 0, to: 1, lines: [{ index: 0, stoppedBy: [0] }] }] });
  });

  it('treats an arc whose stopping options are all disallowed as a plain arc', () => {
    const g: ClassStateGraph = { classId: 'car', states: 3, sources: [0], sinks: [2], arcs: [{ from: 0, to: 1, lines: [{ index: 0, stoppedBy: [0] }] }, { from: 1, to: 2, lines: [{ index: 1, stoppedBy: [0] }] }] };
    const p: CutProblem = {
      lines: [
        { id: 'forbidden', options: [option('B48', 5000)], pedestrian: false, forbidden: true },
        { id: 'open', options: [option('B48', 5000)], pedestrian: false },
      ],
      classes: [g],
      emergency: [],
    };
    expect(reduceClassGraph(p, g).arcs).toEqual([{ from: 0, to: 1, lines: [{ index: 1, stoppedBy: [0] }] }]);
  });

  it('never changes the optimum (60 random problems solved both ways)', () => {
    let shrunk = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const p = randomProblem(seed);
      const reduced = reduceProblem(p);
      expect(optimum(reduced), `seed ${seed}`).toEqual(optimum(p));
      shrunk += p.classes.reduce((s, g) => s + g.states, 0) - reduced.classes.reduce((s, g) => s + g.states, 0);
    }
    expect(shrunk).toBeGreaterThan(0);
  });
});
