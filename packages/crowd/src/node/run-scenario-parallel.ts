import { err, ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { prepareScenario, type RunOptions } from '../scenario/run-scenario.ts';
import type { SimulationOutput } from '../sim/simulation-result.ts';
import { runParallel } from './parallel-runner.ts';

/**
 * Runs a scenario (parsed JSON) on `threads` threads; the result is the same as with one thread.
 * @example
 * const r = await runScenarioParallel(JSON.parse(text), 2);
 */
export async function runScenarioParallel(
  input: unknown,
  threads: number,
  options: RunOptions = {},
): Promise<Result<SimulationOutput, readonly Issue[]>> {
  if (!Number.isInteger(threads) || threads < 1 || threads > 64)
    return err([{ path: 'threads', message: 'must be a whole number from 1 to 64' }]);
  const prepared = prepareScenario(input);
  if (!prepared.ok) return prepared;
  const { compiled, population } = prepared.value;
  return ok(
    await runParallel(
      compiled.world,
      population,
      { ...compiled.config, trajectoryEveryS: options.trajectoryEveryS },
      threads,
    ),
  );
}
