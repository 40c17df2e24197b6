import type { Ring } from '../geometry/vec.ts';
import { runSimulation } from '../sim/run-simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 15: persons leave a 10 m × 10 m room through a 2 m corridor that is long (20 m), short
 * (10 m) or turns 90° after 10 m (20 m along its axis). The corner's evacuation time must lie between
 * the short and the long one. 100 persons rather than RiMEA's 500: enough for a queue at the corridor.
 * @example
 * rimea15('cfsm').pass; // true
 */
export function rimea15(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const persons = 100;
  const room = rect(0, 0, 10, 10);
  const area = rect(0.5, 0.5, 9.5, 9.5);
  const run = (walkable: Ring[], exit: Ring) => {
    const { world, population } = build(kind, walkable, [exit], [{ count: persons, area }], 15);
    return runSimulation(world, population, { model: defaults(kind), dt: 0.01, duration: 600, seed: 15 })
      .result.evacuationTimeS;
  };
  const long = run([room, rect(10, 4, 30, 6)], rect(30, 4, 30.6, 6));
  const short = run([room, rect(10, 4, 20, 6)], rect(20, 4, 20.6, 6));
  const corner = run(
    [
      room,
      [
        [10, 4],
        [21, 4],
        [21, 15],
        [19, 15],
        [19, 6],
        [10, 6],
      ],
    ],
    rect(19, 15, 21, 15.6),
  );
  const ok = long !== null && short !== null && corner !== null && corner > short && corner < long;
  return {
    test: 15,
    title: `${persons} persons through a long, a short and a cornered corridor`,
    model: kind,
    criterion: 'short < corner < long (evacuation times)',
    figures: { shortS: short, cornerS: corner, longS: long },
    pass: ok,
  };
}
