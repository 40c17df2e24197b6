import type { Simulation } from '../sim/simulation.ts';

/**
 * Steps a simulation to its end, calling `watch` after every step.
 * @example
 * runToEnd(sim, () => checkWalls(sim));
 */
export function runToEnd(sim: Simulation, watch?: () => void): void {
  while (!sim.done()) {
    sim.prepare();
    sim.kernelAll();
    sim.commit();
    watch?.();
  }
}
