import type { PactesurClient } from '@pactesur/api-client';
import { CrowdFrames, CrowdResult, CrowdSimulation as CrowdSimulationSchema, type CrowdExit, type Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { apiError } from '../../test/api-error.ts';
import { doorOnOutline, exitAlongOutline } from '../../test/door-on-outline.ts';
import { registerSite } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';

let platform: TestPlatform;
let analyst: PactesurClient;
let admin: PactesurClient;
let liege: PactesurClient;
let site: Site;

beforeAll(async () => {
  platform = await startTestPlatform();
  [analyst, admin, liege] = await Promise.all([
    platform.signedIn('analyst@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  const editor = await platform.signedIn('editor@nice.example.org');
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
});
afterAll(() => platform.close());

describe('crowd simulations of a site', () => {
  let simulationId: string;

  it('empties the square through a door drawn on its edge, with the curve, the exit flow and playback frames', async () => {
    // Coordinates rounded to 1e-6° (about 10 cm), as a client may send them: the door is snapped onto the edge.
    const exact = doorOnOutline(site.outline, 3, 'Kerkplein');
    const round6 = (p: [number, number]): [number, number] => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
    const door: CrowdExit = { id: exact.id, line: [round6(exact.line[0]), round6(exact.line[1])] };
    const started = await analyst.startCrowdSimulation(site.id, { exits: [door], count: 150, premovementS: [0, 5], durationS: 300 });
    expect(CrowdSimulationSchema.parse(started)).toMatchObject({ status: 'processing', agents: 150, model: 'cfsm', access: 'owner' });
    simulationId = started.id;
    const early = await apiError(analyst.crowdResult(started.id));
    expect([early.status, early.code]).toEqual([409, 'simulation_not_ready']);

    const done = await waitFor(() => analyst.getCrowdSimulation(started.id), (s) => s.status !== 'processing', ANALYSIS_WAIT_MS);
    expect(done.error).toBeNull();
    expect(done.status).toBe('ready');
    const result = CrowdResult.parse(await analyst.crowdResult(done.id));
    expect(result.agentsOut).toBe(150);
    expect(result.evacuationTimeS).toBeGreaterThan(10);
    expect(result.evacuationTimeS).toBeLessThan(300);
    expect(done.summary).toEqual({ evacuationTimeS: result.evacuationTimeS, agentsOut: 150, agentsTotal: 150, peakDensity: result.peakDensity });
    // The people arrive spread out, so the door runs below its capacity (about 2 persons/(m·s) at most).
    const exit = result.exits[0]!;
    expect(exit).toMatchObject({ id: 'Kerkplein', agentsOut: 150 });
    expect(exit.widthM).toBeGreaterThan(2.5);
    expect(exit.flowPerS).toBeCloseTo(150 / (exit.lastS! - exit.firstS!), 1);
    expect(exit.flowPerS / exit.widthM).toBeLessThan(2.5);
    // The evacuation curve falls from everyone to no one; the flow series adds up to the people out.
    expect(result.curve.remaining[0]).toBe(150);
    expect(result.curve.remaining.at(-1)).toBe(0);
    expect(exit.flowSeries.reduce((s, f) => s + f, 0)).toBeCloseTo(150, 5);
    expect(result.peakDensity).toBeGreaterThan(1);

    const frames = CrowdFrames.parse(await analyst.crowdFrames(done.id));
    expect(frames.everyS).toBe(1);
    const first = frames.frames[0]!;
    expect(first.n).toBe(150);
    const lonLat = new Int32Array(new Uint8Array(Buffer.from(first.lonLatE7, 'base64')).buffer);
    const lon = lonLat[0]! / 1e7;
    const lat = lonLat[1]! / 1e7;
    const ring = site.outline.coordinates[0]![0]!;
    expect(lon).toBeGreaterThan(Math.min(...ring.map((p) => p[0])));
    expect(lon).toBeLessThan(Math.max(...ring.map((p) => p[0])));
    expect(lat).toBeGreaterThan(Math.min(...ring.map((p) => p[1])));
    expect(lat).toBeLessThan(Math.max(...ring.map((p) => p[1])));
    expect(frames.frames.at(-1)!.n).toBeLessThan(150);
  });

  it('opens the whole stretch of edge an exit is drawn over, round the corners of the outline', async () => {
    // 13.2 m of the outline's edge over several corners: the straight line between the two clicks runs
    // partly inside and partly outside the square, and once opened a 0.27 m gap that no one used.
    const drawn = exitAlongOutline(site.outline, 204, 13.2, 'Corner');
    const started = await analyst.startCrowdSimulation(site.id, { exits: [drawn], count: 60, premovementS: [0, 2], durationS: 300 });
    const done = await waitFor(() => analyst.getCrowdSimulation(started.id), (s) => s.status !== 'processing', ANALYSIS_WAIT_MS);
    expect(done.error).toBeNull();
    const result = CrowdResult.parse(await analyst.crowdResult(done.id));
    expect(result.exits[0]!.widthM).toBeGreaterThan(13);
    expect(result.exits[0]!.widthM).toBeLessThan(13.4);
    expect(result.exits[0]!.agentsOut).toBe(60);
    await admin.deleteCrowdSimulation(started.id);
  });

  it('refuses an exit off the edge, two exits with one name, no people, and too many', async () => {
    const door = doorOnOutline(site.outline, 3, 'A');
    const inside: CrowdExit = { id: 'inside', line: [[4.77583, 51.58905], [4.77587, 51.58905]] };
    const off = await apiError(analyst.startCrowdSimulation(site.id, { exits: [inside], count: 10 }));
    expect([off.status, off.code]).toEqual([400, 'exit_unusable']);
    expect(off.message).toMatch(/^Exit "inside" cannot be used: it is not on the boundary/);
    expect(off.details).toEqual([expect.objectContaining({ path: 'exits.0.line', exit: 'inside' })]);
    const twice = await apiError(analyst.startCrowdSimulation(site.id, { exits: [door, door], count: 10 }));
    expect(twice.code).toBe('scenario_invalid');
    const neither = await apiError(analyst.startCrowdSimulation(site.id, { exits: [door] }));
    expect([neither.status, neither.code]).toEqual([400, 'validation_failed']);
    const both = await apiError(analyst.startCrowdSimulation(site.id, { exits: [door], count: 5, density: 1 }));
    expect(both.code).toBe('validation_failed');
    const crowded = await apiError(analyst.startCrowdSimulation(site.id, { exits: [door], density: 6 }));
    expect(crowded.code).toBe('scenario_invalid');
    expect(crowded.message).toMatch(/people/);
    expect((await analyst.listCrowdSimulations(site.id)).map((s) => s.id)).toEqual([simulationId]);
  });

  it('refuses an exit named like a way of choosing exits as an invalid scenario, never as an exit off the edge', async () => {
    for (const id of ['nearest', 'congestion']) {
      const reserved = await apiError(analyst.startCrowdSimulation(site.id, { exits: [doorOnOutline(site.outline, 3, id)], count: 10 }));
      expect([reserved.status, reserved.code]).toEqual([400, 'scenario_invalid']);
      expect(reserved.details).toEqual([{ path: 'exits.0.id', message: `"${id}" is reserved for exit choice` }]);
      expect(reserved.message).toContain(`exits.0.id: "${id}" is reserved`);
    }
    // Reserved and off the edge at once: both said, the exit's problem with its name and why.
    const inside: CrowdExit = { id: 'nearest', line: [[4.77583, 51.58905], [4.77587, 51.58905]] };
    const both = await apiError(analyst.startCrowdSimulation(site.id, { exits: [inside], count: 10 }));
    expect(both.code).toBe('scenario_invalid');
    expect(both.details).toEqual([
      { path: 'exits.0.id', message: '"nearest" is reserved for exit choice' },
      expect.objectContaining({ path: 'exits.0.line', exit: 'nearest', problem: 'off-edge' }),
    ]);
    expect((await analyst.listCrowdSimulations(site.id)).map((s) => s.id)).toEqual([simulationId]);
  });

  it('says every problem when an unusable exit comes with people placed outside the square', async () => {
    const slit = doorOnOutline(site.outline, 0.3, 'Slit');
    const alone = await apiError(analyst.startCrowdSimulation(site.id, { exits: [slit], count: 10 }));
    expect(alone.code).toBe('exit_unusable');
    expect(alone.details).toEqual([expect.objectContaining({ path: 'exits.0.line', exit: 'Slit', problem: 'narrow' })]);
    // The start area follows the outline, but one corner lies some 900 m away from the square.
    const ring = site.outline.coordinates[0]![0]!.map((p): [number, number] => [p[0], p[1]]);
    ring[1] = [ring[1]![0] + 0.01, ring[1]![1] + 0.005];
    const area = { type: 'Polygon' as const, coordinates: [ring] };
    const mixed = await apiError(analyst.startCrowdSimulation(site.id, { exits: [slit], count: 10, area }));
    expect([mixed.status, mixed.code]).toEqual([400, 'scenario_invalid']);
    expect(mixed.details).toEqual([
      expect.objectContaining({ path: 'exits.0.line', exit: 'Slit', problem: 'narrow' }),
      expect.objectContaining({ path: 'area' }),
    ]);
    expect(mixed.message).toMatch(/exits\.0\.line: exit "Slit" opens only .*; area: point .* lies outside the walkable area/);
    expect((await analyst.listCrowdSimulations(site.id)).map((s) => s.id)).toEqual([simulationId]);
  });

  it('stays with its owner: another organisation gets 404, an editor deletes it', async () => {
    expect((await apiError(liege.getCrowdSimulation(simulationId))).status).toBe(404);
    expect((await apiError(liege.crowdFrames(simulationId))).status).toBe(404);
    expect((await apiError(liege.listCrowdSimulations(site.id))).status).toBe(404);
    expect((await apiError(analyst.deleteCrowdSimulation(simulationId))).code).toBe('forbidden');
    await admin.deleteCrowdSimulation(simulationId);
    expect((await apiError(analyst.getCrowdSimulation(simulationId))).status).toBe(404);
  });
});
