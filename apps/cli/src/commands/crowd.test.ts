import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';

const GOLDEN = fileURLToPath(
  new URL('../../../../packages/crowd/src/node/golden/small-room.scenario.json', import.meta.url),
);
const tmp = mkdtempSync(join(tmpdir(), 'pactesur-crowd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pactesur crowd', () => {
  it('simulates a scenario file on two threads, prints the result and writes trajectories', async () => {
    const traj = join(tmp, 'traj.json');
    const r = await runCli(['crowd', 'simulate', GOLDEN, '--json', '--threads', '2', '--trajectories', traj]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      agentsOut: number;
      agentsTotal: number;
      evacuationTimeS: number;
      exits: { id: string }[];
      lines: { crossings: number }[];
      threads: number;
      agentStepsPerS: number;
    };
    expect(result.agentsOut).toBe(result.agentsTotal);
    expect(result.evacuationTimeS).toBeGreaterThan(0);
    expect(result.exits.map((e) => e.id)).toEqual(['east', 'north']);
    expect(result.lines[0]?.crossings).toBeGreaterThan(0);
    expect(result.threads).toBe(2);
    expect(result.agentStepsPerS).toBeGreaterThan(0);
    const frames = (
      JSON.parse(readFileSync(traj, 'utf8')) as { frames: { t: number; ids: number[]; xy: number[] }[] }
    ).frames;
    expect(frames[0]?.ids.length).toBe(result.agentsTotal);
    expect(frames[0]?.xy.length).toBe(2 * result.agentsTotal);
  });

  it('refuses a bad scenario with a message naming the field and exit code 1', async () => {
    const bad = join(tmp, 'bad.json');
    const scenario = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { agents: { area: number[][] }[] };
    scenario.agents[0]!.area = [
      [-5, 0.5],
      [4.5, 0.5],
      [4.5, 7.5],
      [0.5, 7.5],
    ];
    writeFileSync(bad, JSON.stringify(scenario));
    const r = await runCli(['crowd', 'simulate', bad, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/agents\[0\]\.area\[0\]: point \(-5, 0\.5\) lies outside the walkable area/);
    expect(r.stderr).not.toMatch(/at .*\.ts:/);
  });

  it('refuses an unreadable file and bad flags without a stack', async () => {
    const missing = await runCli(['crowd', 'simulate', join(tmp, 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read scenario file/);
    const threads = await runCli(['crowd', 'simulate', GOLDEN, '--threads', 'many']);
    expect(threads.code).not.toBe(0);
    expect(threads.stderr).toMatch(/positive integer/);
    const scenario = await runCli(['crowd', 'bench', '--scenario', 'stadium']);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/room or corridor/);
  });

  it('runs one RiMEA test and prints its figures next to the criterion', async () => {
    const r = await runCli(['crowd', 'rimea', '--test', '1', '--json']);
    expect(r.code).toBe(0);
    const [o] = JSON.parse(r.stdout) as {
      test: number;
      criterion: string;
      figures: { travelTimeS: number };
      pass: boolean;
    }[];
    expect(o?.test).toBe(1);
    expect(o?.criterion).toMatch(/26–34 s/);
    expect(o?.figures.travelTimeS).toBeGreaterThan(26);
    expect(o?.pass).toBe(true);
  });

  it('benchmarks the room scenario and compares with JuPedSim', async () => {
    const r = await runCli([
      'crowd',
      'bench',
      '--scenario',
      'room',
      '--agents',
      '1000',
      '--sim-seconds',
      '1',
      '--dt',
      '0.01',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout) as {
      steps: number;
      agentStepsPerS: number;
      jupedsimAgentStepsPerS: number;
      ratioToJupedsim: number;
    };
    expect(f.steps).toBe(100);
    expect(f.agentStepsPerS).toBeGreaterThan(0);
    expect(f.jupedsimAgentStepsPerS).toBe(190000);
    expect(f.ratioToJupedsim).toBeCloseTo(f.agentStepsPerS / 190000, 1);
  });
});
