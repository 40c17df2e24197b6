import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanResult } from '@pactesur/contracts';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { siteModelFromBytes } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES, parseZones } from '@pactesur/vehicle';
import { describe, expect, it } from 'vitest';
import { highsSolver } from './node/highs-solver.ts';
import { planProtection } from './plan.ts';
import { planResultOf } from './plan-result.ts';
import { runProtectionPlan, type ProtectionRunInput } from './run-protection-plan.ts';
import { stationsFromOsm } from './stations.ts';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const solver = await highsSolver();
const bytes = new Uint8Array(readFileSync(`${DATA}osm/monaco-ville-port-hercule.osm`));
const site = await siteModelFromBytes(bytes);
if (!site.ok) throw new Error(site.problem);
const zone: unknown = JSON.parse(readFileSync(`${DATA}zones/monaco-place-du-palais.geojson`, 'utf8'));
const car = DEFAULT_VEHICLE_CLASSES.filter((c) => c.id === 'car');
const input: ProtectionRunInput = { zone, classes: car, catalogue: DEFAULT_CATALOGUE, osmStations: true, stations: [], locked: [], forbidden: [], budgetEur: null };
const withoutTime = (r: PlanResult) => ({ ...r, solveS: 0 });

describe('runProtectionPlan', () => {
  it('plans as planProtection does, in the stored form, saying how the stations were found', async () => {
    const run = await runProtectionPlan(site, { ...input, osmStations: false }, solver);
    if (!run.ok) throw new Error(run.error.message);
    const stored = PlanResult.parse(run.value);
    expect(stored.feasible && stored.stationSearch).toEqual({ osmAsked: false, osmFound: 0, given: 0 });
    const zones = parseZones(zone);
    if (!zones.ok) throw new Error(zones.error.message);
    const direct = planProtection(site.model, zones.value[0]!, { classes: car, catalogue: DEFAULT_CATALOGUE, stations: [], timeLimitS: 60 }, solver);
    expect(withoutTime(run.value)).toEqual(withoutTime(planResultOf(direct, null, { osmAsked: false, osmFound: 0, given: 0 })));
    expect(stationsFromOsm(site.data)).toHaveLength(5);
  });

  it('refuses a plan over the budget as infeasible, naming both sums', async () => {
    const run = await runProtectionPlan(site, { ...input, osmStations: false, budgetEur: 1 }, solver);
    expect(run.ok && run.value).toMatchObject({ feasible: false, constraint: 'budget' });
    expect(run.ok && !run.value.feasible && run.value.reason).toMatch(/^over budget: \d+€ > 1€$/);
  });

  it('refuses an unreadable extract, an extract without roads and a bad zone, with the reason users see', async () => {
    expect(await runProtectionPlan(new TextEncoder().encode('no map'), input, solver)).toEqual({
      ok: false,
      error: { code: 'extract-unreadable', message: 'the site extract cannot be read' },
    });
    const lonely = new TextEncoder().encode('<osm version="0.6"><node id="1" lon="7.42" lat="43.73"/></osm>');
    expect(await runProtectionPlan(lonely, input, solver)).toEqual({
      ok: false,
      error: { code: 'no-roads', message: 'the site extract has no road or path a vehicle can use' },
    });
    const bad = await runProtectionPlan(site, { ...input, zone: { type: 'Point', coordinates: [7.42, 43.73] } }, solver);
    expect(bad.ok || bad.error.message).toMatch(/\(zone-[a-z-]+\)$/);
  });

  it('reports the reading, then the planning, ending at 1; a throwing callback stops it', async () => {
    const seen: [number, string | undefined][] = [];
    await runProtectionPlan(bytes, { ...input, osmStations: false }, solver, { onProgress: (f, m) => seen.push([f, m]) });
    expect(seen[0]).toEqual([0, 'reading the extract']);
    expect(seen).toContainEqual([0.1, 'planning']);
    expect(seen.at(-1)).toEqual([1, 'done']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    const stop = new Error('cancelled');
    const stopped = runProtectionPlan(site, input, solver, {
      onProgress: (_, m) => {
        if (m === 'planning') throw stop;
      },
    });
    await expect(stopped).rejects.toBe(stop);
  });
});
