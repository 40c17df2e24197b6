import { formatIssues, runCrowdSimulation, type CrowdRun } from '@pactesur/crowd';
import { z } from 'zod';
import { defineJobKind, progressOf } from './job-kind.ts';

export type { CrowdRun } from '@pactesur/crowd';

/** A scenario the simulator refused: the message names the field. */
export class CrowdInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrowdInputError';
  }
}

/**
 * `crowd.simulate`: a crowd simulation of a site, its scenario built by the crowd-simulation service, run
 * by the crowd package's `runCrowdSimulation` on this thread.
 */
export const crowdSimulate = defineJobKind({
  name: 'crowd.simulate',
  internal: true,
  input: z.strictObject({ scenario: z.unknown() }),
  run: ({ scenario }, ctx): Promise<CrowdRun> => {
    const run = runCrowdSimulation(scenario, { onProgress: progressOf(ctx) });
    return run.ok ? Promise.resolve(run.value) : Promise.reject(new CrowdInputError(formatIssues(run.error)));
  },
});
