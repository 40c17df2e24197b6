import { inDomain } from '../geometry/region.ts';
import { OUT } from '../sim/agents.ts';
import { Simulation } from '../sim/simulation.ts';
import { wallDistance } from '../world/wall-index.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { runToEnd } from './run-to-end.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 6: 20 persons walk a 2 m wide corridor that turns 90° left; all must go round the corner
 * without crossing a wall (checked every step, centre inside the walkable area).
 * @example
 * rimea6('cfsm').pass; // true
 */
export function rimea6(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const corridor = [
    [0, 0],
    [12, 0],
    [12, 12],
    [10, 12],
    [10, 2],
    [0, 2],
  ] as const;
  const exit = rect(10, 12, 12, 12.6);
  const { world, population } = build(
    kind,
    [corridor],
    [exit],
    [{ count: 20, area: rect(0.3, 0.2, 6, 1.8) }],
    6,
  );
  const region = { walkable: [corridor], obstacles: [], exits: [exit] };
  const sim = new Simulation(world, population, { model: defaults(kind), dt: 0.01, duration: 120, seed: 6 });
  const a = population.agents;
  let outside = 0;
  let minWallGap = Infinity;
  runToEnd(sim, () => {
    if (sim.steps % 5 !== 0) return;
    for (let i = 0; i < a.count; i++) {
      if (a.status[i] === OUT) continue;
      const x = a.x[i] as number,
        y = a.y[i] as number;
      if (!inDomain(region, x, y)) outside++;
      minWallGap = Math.min(minWallGap, wallDistance(world.walls, x, y) / (a.radius[i] as number));
    }
  });
  return {
    test: 6,
    title: '20 persons round a 90° left turn in a 2 m corridor',
    model: kind,
    criterion: 'all go round; nobody crosses a wall',
    figures: {
      agentsOut: sim.out,
      positionsOutsideWalls: outside,
      minWallDistanceOverRadius: Math.round(minWallGap * 100) / 100,
    },
    pass: sim.out === a.count && outside === 0,
  };
}
