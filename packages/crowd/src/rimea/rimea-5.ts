import { Simulation } from '../sim/simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 5: 10 persons in an 8 m × 5 m room with a 1 m exit in the middle of a 5 m wall and a
 * premovement time uniform in 10–100 s; each must start moving at its own premovement time.
 * @example
 * rimea5('cfsm').pass; // true
 */
export function rimea5(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const { world, population } = build(
    kind,
    [rect(0, 0, 8, 5)],
    [rect(8, 2, 8.5, 3)],
    [{ count: 10, area: rect(0.5, 0.5, 7, 4.5), premovement: { dist: 'uniform', min: 10, max: 100 } }],
    5,
  );
  const sim = new Simulation(world, population, { model: defaults(kind), dt: 0.01, duration: 160, seed: 5 });
  const a = population.agents;
  const firstMove = new Float64Array(a.count).fill(Number.NaN);
  while (!sim.done()) {
    const t = sim.time;
    sim.prepare();
    sim.kernelAll();
    for (let i = 0; i < a.count; i++) {
      if (Number.isNaN(firstMove[i]) && (a.nx[i] !== a.x[i] || a.ny[i] !== a.y[i])) firstMove[i] = t;
    }
    sim.commit();
  }
  let worst = 0;
  for (let i = 0; i < a.count; i++)
    worst = Math.max(worst, Math.abs((firstMove[i] as number) - (a.start[i] as number)));
  const starts = Array.from(a.start, (s) => Math.round(s * 10) / 10);
  return {
    test: 5,
    title: 'premovement times, 10 persons in an 8 m × 5 m room',
    model: kind,
    criterion: 'each starts moving at its own premovement time (within one step)',
    figures: {
      premovementS: starts,
      worstStartErrorS: Number.isNaN(worst) ? null : round(worst),
      allOut: sim.out === a.count,
    },
    pass: !Number.isNaN(worst) && worst <= 0.0100001 && sim.out === a.count,
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
