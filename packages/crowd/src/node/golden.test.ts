import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../scenario/run-scenario.ts';
import type { SimulationResult } from '../sim/simulation-result.ts';
import { runScenarioParallel } from './run-scenario-parallel.ts';

const input = JSON.parse(
  readFileSync(new URL('./golden/small-room.scenario.json', import.meta.url), 'utf8'),
) as unknown;
const goldenFile = new URL('./golden/small-room.result.golden.json', import.meta.url);

/** The result without the figures of the run itself (wall time, speed, threads). */
function stable(r: SimulationResult): Omit<SimulationResult, 'wallS' | 'agentStepsPerS' | 'threads'> {
  const { wallS: _w, agentStepsPerS: _a, threads: _t, ...rest } = r;
  return rest;
}

describe('golden results of a small scenario', () => {
  it('are identical across runs, for 1 and 2 threads, and match the checked-in file', async () => {
    const a = runScenario(input);
    const b = runScenario(input);
    const c = await runScenarioParallel(input, 2);
    if (!a.ok || !b.ok || !c.ok) throw new Error('the golden scenario must be valid');
    expect(c.value.result.threads).toBe(2);
    const one = stable(a.value.result);
    expect(stable(b.value.result)).toEqual(one);
    expect(stable(c.value.result)).toEqual(one);
    expect(one.agentsOut).toBeGreaterThan(0);
    if (process.env.REGEN === '1') writeFileSync(goldenFile, `${JSON.stringify(one, null, 1)}\n`);
    expect(one).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });

  it('refuses a bad thread count', async () => {
    const r = await runScenarioParallel(input, 0);
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(['threads']);
  });
});
