import type { Ring } from '../geometry/vec.ts';
import type { Block } from './setup.ts';
import { Simulation } from '../sim/simulation.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { runToEnd } from './run-to-end.ts';
import { build, defaults, rect } from './setup.ts';

/**
 * RiMEA test 10: a 2 m corridor with twelve 5 m × 4.8 m side rooms (six on each side, 1 m doors) and 23
 * persons, each room's persons assigned to the main exit (east end) or the secondary exit (west end);
 * everyone must leave by the assigned exit.
 * @example
 * rimea10('cfsm').pass; // true
 */
export function rimea10(kind: 'cfsm' | 'sfm'): RimeaOutcome {
  const walkable: Ring[] = [rect(0, 5, 30, 7)];
  const blocks: Block[] = [];
  let placed = 0;
  for (let k = 0; k < 12; k++) {
    const col = k % 6;
    const below = k < 6;
    const x0 = 5 * col + 0.1;
    const room = below ? rect(x0, 0, x0 + 4.8, 4.8) : rect(x0, 7.2, x0 + 4.8, 12);
    walkable.push(room, below ? rect(x0 + 1.9, 4.8, x0 + 2.9, 5) : rect(x0 + 1.9, 7, x0 + 2.9, 7.2));
    const count = k === 11 ? 1 : 2;
    placed += count;
    // Rooms 1, 2, 5, 6, 7, 8, 11, 12 (1-based) to the main exit, the others to the secondary one.
    const exit = [0, 1, 4, 5, 6, 7, 10, 11].includes(k) ? 0 : 1;
    const area = below ? rect(x0 + 0.5, 0.5, x0 + 4.3, 4.3) : rect(x0 + 0.5, 7.7, x0 + 4.3, 11.5);
    blocks.push({ count, area, exit: { kind: 'assigned', exit } });
  }
  const exits = [rect(30, 5, 30.6, 7), rect(-0.6, 5, 0, 7)];
  const { world, population } = build(kind, walkable, exits, blocks, 10);
  const sim = new Simulation(world, population, { model: defaults(kind), dt: 0.01, duration: 300, seed: 10 });
  runToEnd(sim);
  let wrong = 0;
  for (let i = 0; i < population.agents.count; i++)
    if (sim.exitUsed[i] !== population.agents.field[i]) wrong++;
  return {
    test: 10,
    title: `corridor with 12 side rooms, ${placed} persons with assigned exits`,
    model: kind,
    criterion: 'everyone uses the assigned exit',
    figures: {
      persons: placed,
      out: sim.out,
      mainExit: sim.exitCounts[0] ?? 0,
      secondaryExit: sim.exitCounts[1] ?? 0,
      wrongExit: wrong,
    },
    pass: sim.out === placed && wrong === 0,
  };
}
