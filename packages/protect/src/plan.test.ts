import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { lngLat } from '@pactesur/geo';
import { siteModelFromBytes } from '@pactesur/site';
import { compileVehicleGraph, cutZone, DEFAULT_VEHICLE_CLASSES, parseZones, projectHoles, projectZone } from '@pactesur/vehicle';
import { describe, expect, it } from 'vitest';
import { emergencyPath } from './emergency-routes.ts';
import { highsSolver } from './node/highs-solver.ts';
import { planProtection } from './plan.ts';
import { stationsFromOsm } from './stations.ts';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const solver = await highsSolver();
const car = DEFAULT_VEHICLE_CLASSES.filter((c) => c.id === 'car');

async function load(osm: string, zone: string) {
  const read = await siteModelFromBytes(new Uint8Array(readFileSync(`${DATA}${osm}`)));
  if (!read.ok) throw new Error(`${osm}: ${read.problem}`);
  const zones = parseZones(JSON.parse(readFileSync(`${DATA}${zone}`, 'utf8')));
  if (!zones.ok) throw new Error(zones.error.message);
  return { data: read.data, site: read.model, zone: zones.value[0]! };
}

const monaco = await load('osm/monaco-ville-port-hercule.osm', 'zones/monaco-place-du-palais.geojson');

describe('protection plans on real sites, with their emergency stations', () => {
  it('keeps every Monaco station’s route to Place du Palais open, and the verification agrees', () => {
    const stations = stationsFromOsm(monaco.data);
    expect(stations.length).toBe(5);
    const plan = planProtection(monaco.site, monaco.zone, { classes: car, catalogue: DEFAULT_CATALOGUE, stations }, solver);
    expect(plan.feasible).toBe(true);
    if (!plan.feasible) return;
    expect(plan.verification).toMatchObject({ passed: true, unstoppedApproaches: 0, emergencyRoutesOpen: true, stationsChecked: 5, stationsWithoutRoute: [] });
    // Without the stations the plan may close their way in with cheaper passive barriers: the routes cost something.
    const closed = planProtection(monaco.site, monaco.zone, { classes: car, catalogue: DEFAULT_CATALOGUE }, solver);
    expect(closed.feasible && closed.totalCostEur).toBeLessThanOrEqual(plan.totalCostEur);
    expect(plan.measures.some((m) => m.openable)).toBe(true);
  });

  it('drives the shortest way from the station into the zone, edge after edge', () => {
    const vg = compileVehicleGraph(monaco.site);
    const cut = cutZone(vg, projectZone(monaco.zone, monaco.site.projection), projectHoles(monaco.zone, monaco.site.projection));
    const inside = Array.from({ length: vg.graph.nodeCount }, (_, v) => v).find((v) => cut.inside[v] === 1) ?? -1;
    expect(emergencyPath(vg, cut, inside)).toBeNull();
    expect(emergencyPath(vg, cut, -1)).toBeNull();
    const start = vg.source[Array.from({ length: vg.graph.edgeCount }, (_, e) => e).find((e) => !Number.isNaN(cut.crossT[e]) && vg.graph.lengthM[e]! > 5)!]!;
    const far = Array.from({ length: vg.graph.nodeCount }, (_, v) => v).find((v) => !cut.inside[v] && Math.hypot(vg.graph.x[v]! - vg.graph.x[start]!, vg.graph.y[v]! - vg.graph.y[start]!) > 400 && emergencyPath(vg, cut, v) !== null)!;
    const path = emergencyPath(vg, cut, far)!;
    expect(vg.source[path[0]!]).toBe(far);
    for (let i = 1; i < path.length; i++) expect(vg.source[path[i]!]).toBe(vg.graph.targets[path[i - 1]!]);
    expect(path.slice(0, -1).every((e) => Number.isNaN(cut.crossT[e]))).toBe(true);
    expect(Number.isNaN(cut.crossT[path.at(-1)!])).toBe(false);
  });

  it('verifies at Marienplatz with stations placed by hand beyond the extract', async () => {
    const munich = await load('osm/munich-marienplatz.osm', 'zones/munich-marienplatz.geojson');
    const stations = [
      { name: 'Polizeiinspektion 11', at: lngLat(11.5803, 48.1366) },
      { name: 'Feuerwache 1', at: lngLat(11.5672, 48.1322) },
    ];
    const plan = planProtection(munich.site, munich.zone, { classes: car, catalogue: DEFAULT_CATALOGUE, stations }, solver);
    expect(plan.feasible).toBe(true);
    if (!plan.feasible) return;
    expect(plan.verification).toMatchObject({ passed: true, unstoppedApproaches: 0, emergencyRoutesOpen: true, pedestrianLinesPermeable: true, stationsChecked: 2 });
    expect(plan.optimal).toBe(true);
  });
});
