import { CrowdFrames, CrowdResult } from '@pactesur/contracts';
import { createLocalProjection, lngLat, xy } from '@pactesur/geo';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from './example-scenario.ts';
import { runCrowdSimulation } from './run-crowd-simulation.ts';
import type { ScenarioInput } from './schema.ts';

const CENTRE = lngLat(7.2620, 43.6960);
const projection = createLocalProjection(CENTRE);
const toLL = ([x, y]: readonly [number, number]): [number, number] => {
  const [lon, lat] = projection.toLngLat(xy(x, y));
  return [lon, lat];
};

/** The example square (30 × 20 m, one exit) placed in Nice, as the platform's scenarios come. */
function inNice(count: number, duration: number): ScenarioInput {
  const local = exampleScenario(count, duration);
  return {
    ...local,
    geometry: { crs: 'wgs84', walkable: local.geometry.walkable.map((r) => r.map(toLL)), obstacles: [] },
    exits: local.exits.map((e) => ({ ...e, polygon: e.polygon?.map(toLL) })),
    agents: local.agents.map((a) => ({ ...a, area: a.area.map(toLL) })),
    measure: { lines: [], areas: [], sampleEveryS: 1 },
  };
}

/** Positions of one packed frame, in degrees. */
function positions(lonLatE7: string): [number, number][] {
  const bytes = Buffer.from(lonLatE7, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: [number, number][] = [];
  for (let i = 0; i + 8 <= bytes.length; i += 8) out.push([view.getInt32(i, true) / 1e7, view.getInt32(i + 4, true) / 1e7]);
  return out;
}

describe('runCrowdSimulation', () => {
  it('runs a WGS84 scenario to its end: the stored result and the playback in degrees', () => {
    const run = runCrowdSimulation(inNice(20, 60));
    if (!run.ok) throw new Error(run.error.map((i) => i.message).join('; '));
    const result = CrowdResult.parse(run.value.result);
    const frames = CrowdFrames.parse(run.value.frames);
    expect(result.agentsOut).toBe(20);
    expect(result.evacuationTimeS).not.toBeNull();
    expect(result.walkableAreaM2).toBe(600);
    expect(result.exits.map((e) => [e.id, e.agentsOut])).toEqual([['north', 20]]);
    expect(result.exits[0]?.flowSeries).toHaveLength(result.curve.t.length);
    expect(result.peakDensity).toBeGreaterThan(0);
    expect(frames.everyS).toBe(1);
    const first = frames.frames[0]!;
    expect(first.n).toBe(20);
    // Everyone starts inside the agents' area, 2 m within the square: back in degrees through the same projection.
    const [west, south] = toLL([2, 2]);
    const [east, north] = toLL([28, 18]);
    for (const [lon, lat] of positions(first.lonLatE7)) {
      expect(lon).toBeGreaterThan(west - 1e-6);
      expect(lon).toBeLessThan(east + 1e-6);
      expect(lat).toBeGreaterThan(south - 1e-6);
      expect(lat).toBeLessThan(north + 1e-6);
    }
  });

  it('places a local scenario at 0°, 0°', () => {
    const run = runCrowdSimulation(exampleScenario(5, 20));
    if (!run.ok) throw new Error('refused');
    const all = positions(run.value.frames.frames[0]!.lonLatE7);
    expect(all).toHaveLength(5);
    for (const [lon, lat] of all) expect(Math.max(Math.abs(lon), Math.abs(lat))).toBeLessThan(0.001);
  });

  it('refuses a scenario the simulator will not run, with its issues', () => {
    const bad = { ...exampleScenario(5, 20), exits: [{ id: 'nowhere', line: [[100, 100], [101, 100]] }] };
    const run = runCrowdSimulation(bad);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.error[0]).toMatchObject({ path: 'exits[0].line', exitProblem: 'off-edge' });
  });

  it('reports the preparation, then the run, ending at 1 with everyone out', () => {
    const seen: [number, string | undefined][] = [];
    const run = runCrowdSimulation(inNice(10, 40), { onProgress: (f, m) => seen.push([f, m]) });
    expect(run.ok).toBe(true);
    expect(seen[0]![0]).toBeLessThanOrEqual(0.05);
    expect(seen.at(-1)).toEqual([1, '10 of 10 out']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });
});
