import { runSimulation } from '../sim/run-simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 11: a 20 m × 10 m space with two 1 m exits on its east wall and persons packed on the side
 * of exit 1 (200 rather than RiMEA's 1000: the criterion is about choice, not size). With
 * congestion-aware exit choice most must use exit 1 and queue there, and some must use exit 2.
 * @example
 * rimea11('cfsm').pass; // true
 */
export function rimea11(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const persons = 200;
  const front = rect(18, 7, 20, 10);
  const { world, population } = build(
    kind,
    [rect(0, 0, 20, 10)],
    [rect(20, 8, 20.6, 9), rect(20, 1, 20.6, 2)],
    [{ count: persons, area: rect(8, 4, 19.7, 9.7), exit: { kind: 'congestion' } }],
    11,
  );
  const { result } = runSimulation(world, population, {
    model: defaults(kind),
    dt: 0.01,
    duration: 600,
    seed: 11,
    areas: [{ id: 'front', polygon: front }],
  });
  const one = result.exits[0]?.agentsOut ?? 0;
  const two = result.exits[1]?.agentsOut ?? 0;
  const peak = Math.max(...(result.areas[0]?.density ?? [0]));
  return {
    test: 11,
    title: `${persons} persons packed beside exit 1 of two`,
    model: kind,
    criterion: 'most use exit 1 and queue there (density ≥ 2 /m²); some use exit 2; everyone out',
    figures: {
      exit1: one,
      exit2: two,
      peakDensityAtExit1: Math.round(peak * 100) / 100,
      evacuationTimeS: result.evacuationTimeS,
    },
    pass: one > persons / 2 && two > 0 && peak >= 2 && result.agentsOut === persons,
  };
}
