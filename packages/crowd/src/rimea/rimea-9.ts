import { runSimulation } from '../sim/run-simulation.ts';
import type { Ring } from '../geometry/vec.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/** Options to shrink the test for quick runs (RiMEA: 1000 persons). */
export interface Rimea9Options {
  readonly persons?: number;
}

/**
 * RiMEA test 9: a 30 m × 20 m hall with four 1 m exits (two on each long wall, near the corners) and
 * 1000 persons spread evenly; then the two exits of one wall are closed. The evacuation time with two
 * exits must be about twice that with four (ratio 1.6–2.4), and the hall must empty both times.
 * @example
 * rimea9('cfsm').figures.ratio; // ≈ 2
 */
export function rimea9(kind: 'cfsm' | 'sfm', options: Rimea9Options = {}): RimeaOutcome {
  const persons = options.persons ?? 1000;
  const hall = rect(0, 0, 30, 20);
  const north: Ring[] = [rect(1.5, 20, 2.5, 20.6), rect(27.5, 20, 28.5, 20.6)];
  const south: Ring[] = [rect(1.5, -0.6, 2.5, 0), rect(27.5, -0.6, 28.5, 0)];
  const run = (exits: Ring[]) => {
    const { world, population } = build(
      kind,
      [hall],
      exits,
      [{ count: persons, area: rect(0.3, 0.3, 29.7, 19.7) }],
      9,
    );
    return runSimulation(world, population, { model: defaults(kind), dt: 0.01, duration: 1200, seed: 9 })
      .result;
  };
  const four = run([...north, ...south]);
  const two = run(north);
  const ratio =
    four.evacuationTimeS && two.evacuationTimeS ? two.evacuationTimeS / four.evacuationTimeS : null;
  return {
    test: 9,
    title: `hall 30 m × 20 m, ${persons} persons, four then two 1 m exits`,
    model: kind,
    criterion: 'everyone out both times; time with two exits / time with four in 1.6–2.4',
    figures: {
      persons,
      fourExitsS: four.evacuationTimeS,
      twoExitsS: two.evacuationTimeS,
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      outWithFour: four.agentsOut,
      outWithTwo: two.agentsOut,
    },
    pass: ratio !== null && ratio >= 1.6 && ratio <= 2.4,
  };
}
