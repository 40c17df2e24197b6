import type { CrowdFrames, CrowdResult } from '@pactesur/contracts';
import { ResultMismatch, type JobRecordDefinition } from './record-kind.ts';

/** Crowd simulations: the result, the playback frames and the headline figures. */
export const crowdSimulationRecord: JobRecordDefinition = {
  kind: 'crowd-simulation',
  table: 'crowd_simulations',
  jobKind: 'crowd.simulate',
  nameColumn: 'name',
  settledColumn: 'result',
  async settle(db, id, value) {
    const run = value as { result?: CrowdResult; frames?: CrowdFrames } | null;
    if (!run?.result || !run.frames) throw new ResultMismatch('the simulation has no result or no frames');
    const { evacuationTimeS, agentsOut, agentsTotal, peakDensity } = run.result;
    const summary = { evacuationTimeS, agentsOut, agentsTotal, peakDensity };
    await db
      .updateTable('crowd_simulations')
      .set({ result: JSON.stringify(run.result), frames: JSON.stringify(run.frames), summary: JSON.stringify(summary) })
      .where('id', '=', id)
      .where('result', 'is', null)
      .execute();
    return { crowdSimulationId: id, summary };
  },
};
