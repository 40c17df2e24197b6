import { describe, expect, it } from 'vitest';
import { annuityFactor, type CutProblem, type LineOption } from './cut-problem.ts';
import { highsSolver } from './node/highs-solver.ts';
import { solveCut } from './solve-cut.ts';

const solver = await highsSolver();

const option = (id: string, costEur: number, extra: Partial<LineOption> = {}): LineOption => ({
  id,
  costEur,
  maintenancePerYearEur: 0,
  emergencyPassable: false,
  permeable: true,
  visibleSecurity: false,
  ...extra,
});

/**
 * A street into the zone with two places for barriers: `far` (upstream) and `near` (on the perimeter).
 * States: 0 a car at 60 km/h before `far`, 1 a car at 30 km/h before `far` (it may always go slower),
 * 2 at 60 between the lines, 3 at 40 between the lines, 4 a car starting between the lines (25 km/h at
 * `near`), 5 inside the zone. Options: B48 (rated 48 km/h), B64 (64 km/h), a chicane at `far` that lets
 * nothing through faster than 30 km/h.
 */
function street(overrides: { near?: LineOption[]; far?: LineOption[]; emergency?: boolean; nearPedestrian?: boolean } = {}): CutProblem {
  const far = overrides.far ?? [option('B48', 6500), option('B64', 20_000), option('chicane', 3000, { emergencyPassable: true })];
  const near = overrides.near ?? [option('B48', 6500), option('B64', 20_000)];
  const stops = (line: LineOption[], speed: number) =>
    line.flatMap((o, k) => {
      const rated = o.id.includes('64') ? 64 : o.id.includes('48') ? 48 : o.id === 'chicane' ? -30 : Infinity;
      if (rated < 0) return speed > -rated ? [k] : [];
      return speed <= rated ? [k] : [];
    });
  return {
    lines: [
      { id: 'far', options: far, pedestrian: false },
      { id: 'near', options: near, pedestrian: overrides.nearPedestrian ?? false },
    ],
    classes: [
      {
        classId: 'car',
        states: 6,
        sources: [0, 1, 4],
        sinks: [5],
        arcs: [
          { from: 0, to: 2, lines: [{ index: 0, stoppedBy: stops(far, 60) }] },
          { from: 1, to: 3, lines: [{ index: 0, stoppedBy: stops(far, 30) }] },
          { from: 2, to: 5, lines: [{ index: 1, stoppedBy: stops(near, 60) }] },
          { from: 3, to: 5, lines: [{ index: 1, stoppedBy: stops(near, 40) }] },
          { from: 4, to: 5, lines: [{ index: 1, stoppedBy: stops(near, 25) }] },
        ],
      },
    ],
    emergency: overrides.emergency
      ? [{ id: 'fire station → square', nodes: 3, from: 0, to: 2, links: [{ a: 0, b: 1, lines: [0] }, { a: 1, b: 2, lines: [1] }] }]
      : [],
  };
}

describe('the protection programme on small networks solved by hand', () => {
  it('slows the approach upstream with a chicane and puts the cheaper rating on the perimeter', () => {
    // Plans: B64 at near (20 000); chicane + B48 (9 500); B64 at far + B48 at near (26 500). Best: 9 500.
    const r = solveCut(street(), solver);
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    expect(r.objective).toBeCloseTo(9500, 6);
    expect(r.chosen).toEqual([{ line: 0, option: 2 }, { line: 1, option: 0 }]);
    expect(r.optimal).toBe(true);
  });

  it('takes the single stronger barrier when it is cheaper than slowing the approach', () => {
    const r = solveCut(street({ near: [option('B48', 6500), option('B64', 8000)] }), solver);
    expect(r.feasible && r.objective).toBeCloseTo(8000, 6);
    expect(r.feasible && r.chosen).toEqual([{ line: 1, option: 1 }]);
  });

  it('keeps the emergency route open with an openable barrier, its maintenance counted', () => {
    const auto = option('auto-B48', 40_000, { emergencyPassable: true, maintenancePerYearEur: 3000 });
    const r = solveCut(street({ near: [option('B48', 6500), option('B64', 20_000), auto], emergency: true }), solver);
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    expect(r.chosen).toEqual([{ line: 0, option: 2 }, { line: 1, option: 2 }]);
    expect(r.objective).toBeCloseTo(3000 + 40_000 + 3000 * annuityFactor(10, 0.04), 4);
  });

  it('reports an emergency route that only a passive barrier could close as infeasible, naming it', () => {
    const r = solveCut(street({ emergency: true }), solver);
    expect(r).toMatchObject({ feasible: false, constraint: 'emergency' });
    expect(!r.feasible && r.reason).toMatch(/fire station → square/);
  });

  it('never puts a continuous barrier across a pedestrian line, and names a class nothing can stop', () => {
    const wall = option('planter-line', 1000, { permeable: false });
    const r = solveCut(street({ near: [wall, option('B64', 20_000)], nearPedestrian: true }), solver);
    expect(r.feasible && r.chosen.map((c) => c.option)).toEqual([1]);
    const blocked = solveCut(street({ near: [wall], nearPedestrian: true }), solver);
    expect(blocked).toMatchObject({ feasible: false, constraint: 'class' });
    expect(!blocked.feasible && blocked.reason).toMatch(/car/);
    // The class and the places on its way travel as data; the words name no internal line id.
    expect(blocked).toMatchObject({ classId: 'car', lines: [1] });
    expect(!blocked.feasible && blocked.reason).toBe('no allowed barrier stops car on one of its approaches (its way crosses 1 place where a barrier could go)');
    expect(!blocked.feasible && blocked.reason).not.toMatch(/\b(far|near)\b/);
  });

  it('honours a locked and a forbidden place', () => {
    const p = street();
    const locked = solveCut({ ...p, lines: [{ ...p.lines[0]!, locked: 'B64' }, p.lines[1]!] }, solver);
    expect(locked.feasible && locked.chosen).toEqual([{ line: 0, option: 1 }, { line: 1, option: 0 }]);
    const forbidden = solveCut({ ...p, lines: [{ ...p.lines[0]!, forbidden: true }, p.lines[1]!] }, solver);
    expect(forbidden.feasible && forbidden.chosen).toEqual([{ line: 1, option: 1 }]);
  });
});
