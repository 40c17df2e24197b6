import type { Populated } from '../population/populate.ts';
import type { World } from '../world/world.ts';
import { Simulation } from './simulation.ts';
import { StepClock } from './step-clock.ts';
import type { SimulationConfig } from './simulation-config.ts';
import { summarise, type SimulationOutput } from './simulation-result.ts';

/**
 * Runs a simulation to its end on the calling thread.
 * @example
 * const { result } = runSimulation(world, populated, { model: CFSM_DEFAULTS, dt: 0.01, duration: 60, seed: 1 });
 */
export function runSimulation(
  world: World,
  population: Populated,
  config: SimulationConfig,
): SimulationOutput {
  const sim = new Simulation(world, population, config);
  const clock = new StepClock(config.measureFromS);
  while (!sim.done()) {
    sim.prepare();
    sim.kernelAll();
    sim.commit();
    clock.tick(sim);
  }
  return { result: summarise(sim, clock.finish(sim), 1), frames: sim.frames };
}
