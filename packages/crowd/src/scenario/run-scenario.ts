import { populate, type Populated } from '../population/populate.ts';
import { err, ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { runSimulation } from '../sim/run-simulation.ts';
import type { SimulationOutput } from '../sim/simulation-result.ts';
import { exitDistance } from '../sim/exit-choice.ts';
import { compileScenario, type CompiledScenario } from './compile-scenario.ts';

/** Options of a scenario run. */
export interface RunOptions {
  /** Record trajectory frames at this interval, seconds. */
  readonly trajectoryEveryS?: number;
}

/** A compiled scenario with its agents placed, ready for a runner. */
export interface PreparedScenario {
  readonly compiled: CompiledScenario;
  readonly population: Populated;
}

/**
 * Compiles a scenario and places its agents; refuses agents that cannot reach any exit.
 * @example
 * const r = prepareScenario(JSON.parse(text));
 */
export function prepareScenario(
  input: unknown,
  options: { readonly onProgress?: (fraction: number, phase: string) => void } = {},
): Result<PreparedScenario, readonly Issue[]> {
  // Compiling the world (a floor field per exit) is most of the work; placing the people the rest.
  const report = options.onProgress;
  const compiled = compileScenario(input, { onProgress: report && ((f, phase) => report(0.9 * f, phase)) });
  if (!compiled.ok) return compiled;
  const { world, groups, config } = compiled.value;
  const population = populate(world, groups, config.seed);
  if (!population.ok) return population;
  const issues: Issue[] = [];
  let next = 0;
  groups.forEach((g, gi) => {
    let stuck = 0;
    for (let i = next; i < next + g.count; i++) {
      const a = population.value.agents;
      const fields = g.exit.kind === 'assigned' ? [g.exit.exit] : world.exits.map((_, k) => k);
      if (!fields.some((k) => Number.isFinite(exitDistance(world, k, a.x[i] as number, a.y[i] as number))))
        stuck++;
    }
    if (stuck > 0)
      issues.push({
        path: `agents[${gi}].area`,
        message: `${stuck} agents cannot reach ${g.exit.kind === 'assigned' ? 'their exit' : 'any exit'}`,
      });
    next += g.count;
  });
  // An exit no one can walk to is a drawing mistake (it lies on a wall, or a building closes it), never
  // an exit that quietly stays empty.
  const { agents } = population.value;
  world.exits.forEach((e, k) => {
    for (let i = 0; i < agents.count; i++)
      if (Number.isFinite(exitDistance(world, k, agents.x[i] as number, agents.y[i] as number))) return;
    if (agents.count > 0)
      issues.push({
        path: `exits[${k}]`,
        message: `exit "${e.id}" cannot be reached from where the people are (a wall or a building closes it)`,
        exitProblem: 'closed',
      });
  });
  if (issues.length > 0) return err(issues);
  report?.(1, 'people placed');
  return ok({ compiled: compiled.value, population: population.value });
}

/**
 * Runs a scenario (parsed JSON) on the calling thread: the single entry point of the pure core.
 * @example
 * const r = runScenario(JSON.parse(text));
 * if (r.ok) console.log(r.value.result.evacuationTimeS);
 */
export function runScenario(input: unknown, options: RunOptions = {}): Result<SimulationOutput, readonly Issue[]> {
  const prepared = prepareScenario(input);
  if (!prepared.ok) return prepared;
  const { compiled, population } = prepared.value;
  return ok(
    runSimulation(compiled.world, population, {
      ...compiled.config,
      trajectoryEveryS: options.trajectoryEveryS,
    }),
  );
}
