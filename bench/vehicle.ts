// Scenario benchmark of the vehicle threat analysis (HVM.md §3): per vehicle class, the time of the state
// search and result building, states settled per second, and the time of the sensitivity re-runs (the
// variants of HVM.md §3 on the same compiled graph), for all of Monaco (whole-city graph, Place du Palais)
// and for dense centres (Monaco-Ville, Marienplatz, Place de la République).
// Run: npx tsx bench/vehicle.ts [--runs 5]. Writes bench/results/vehicle.json and vehicle.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteModelFromBytes } from '@pactesur/site';
import {
  allowedEdges,
  blockedNodes,
  classThreat,
  compileVehicleGraph,
  cutZone,
  DEFAULT_VEHICLE_CLASSES,
  kmh,
  networkEntryEdges,
  parseZones,
  projectHoles,
  projectZone,
  searchThreat,
  sensitivityVariants,
  SpeedTable,
  variantClass,
  worstCrossings,
  type SearchStarts,
} from '@pactesur/vehicle';
import { parseFlags, writeResults } from './results.ts';

const flags = parseFlags(process.argv.slice(2), { runs: 5 });
const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

const scenarios = [
  { name: 'all of Monaco', osm: 'monaco-2026-03-10.osm.pbf', zone: 'monaco-place-du-palais' },
  { name: 'Monaco-Ville', osm: 'monaco-ville-port-hercule.osm', zone: 'monaco-place-du-palais' },
  { name: 'Marienplatz', osm: 'munich-marienplatz.osm', zone: 'munich-marienplatz' },
  { name: 'République', osm: 'paris-republique-marais.osm', zone: 'paris-place-de-la-republique' },
];

interface Row {
  scenario: string;
  edges: number;
  compileMs: number;
  class: string;
  searchMs: number;
  resultMs: number;
  states: number;
  statesPerS: number;
  maxSpeedKmh: number;
  /** All sensitivity variants of the class (searches and per-point worst speeds). */
  bandsMs: number;
  bandLowKmh: number;
  bandHighKmh: number;
}

const rows: Row[] = [];
const variants = sensitivityVariants({}, 0);
for (const s of scenarios) {
  const r = await siteModelFromBytes(readFileSync(`${DATA}osm/${s.osm}`));
  if (!r.ok) throw new Error(`${s.osm}: ${r.problem}`);
  const site = r.model;
  const zones = parseZones(JSON.parse(readFileSync(`${DATA}zones/${s.zone}.geojson`, 'utf8')));
  if (!zones.ok || !zones.value[0]) throw new Error(`${s.zone}: bad zone`);
  const zone = zones.value[0];
  let t = performance.now();
  const vg = compileVehicleGraph(site);
  const cut = cutZone(vg, projectZone(zone, site.projection), projectHoles(zone, site.projection));
  const starts: SearchStarts = { edgeEntries: networkEntryEdges(site.graph, site.clip), edgeSpeed: kmh(50) };
  const compileMs = performance.now() - t;
  for (const c of DEFAULT_VEHICLE_CLASSES) {
    const allowed = allowedEdges(vg, c);
    const blocked = blockedNodes(vg, c);
    const table = SpeedTable.build(c);
    const search: number[] = [];
    const result: number[] = [];
    const bands: number[] = [];
    let states = 0;
    let maxSpeedKmh = 0;
    let bandLowKmh = Infinity;
    let bandHighKmh = 0;
    for (let i = 0; i <= flags.runs; i++) {
      t = performance.now();
      const labels = searchThreat(vg, cut, c, allowed, blocked, table, starts);
      const ms = performance.now() - t;
      t = performance.now();
      const res = classThreat(vg, cut, c, labels, site.projection, 3);
      const rms = performance.now() - t;
      if (i > 0) {
        search.push(ms);
        result.push(rms);
      }
      states = labels.states;
      maxSpeedKmh = res.maxSpeedKmh;
      t = performance.now();
      bandLowKmh = maxSpeedKmh;
      bandHighKmh = maxSpeedKmh;
      for (const v of variants) {
        const vc = variantClass(c, v);
        const l = searchThreat(vg, cut, vc, allowed, blocked, SpeedTable.build(vc), {
          ...starts,
          startSpeed: kmh(v.startSpeedKmh),
        });
        let top = 0;
        for (const e of worstCrossings(cut, l, 3))
          if (e >= 0) top = Math.max(top, (l.impact[e] as number) * 3.6);
        bandLowKmh = Math.min(bandLowKmh, top);
        bandHighKmh = Math.max(bandHighKmh, top);
      }
      if (i > 0) bands.push(performance.now() - t);
    }
    const searchMs = median(search);
    rows.push({
      scenario: s.name,
      edges: site.graph.edgeCount,
      compileMs: Math.round(compileMs),
      class: c.id,
      searchMs: Math.round(searchMs * 10) / 10,
      resultMs: Math.round(median(result) * 10) / 10,
      states,
      statesPerS: Math.round(states / (searchMs / 1000)),
      maxSpeedKmh: Math.round(maxSpeedKmh * 10) / 10,
      bandsMs: Math.round(median(bands)),
      bandLowKmh: Math.round(bandLowKmh * 10) / 10,
      bandHighKmh: Math.round(bandHighKmh * 10) / 10,
    });
    console.log(JSON.stringify(rows[rows.length - 1]));
  }
}

const md = [
  '# Vehicle threat benchmark',
  '',
  `Median of ${flags.runs} warm runs, one core. "compile" = vehicle graph (corridors, gaps, turning-radius windows) + zone cut (windows near the zone recomputed), once per site; "search" = the label-correcting state search of one class (network-edge entries at 50 km/h, the default); "result" = perimeter points, paths and entries; "bands" = the ${variants.length} sensitivity re-runs of the class (${variants.map((v) => v.id).join(', ')}) on the same compiled graph, and the band of the worst speed. Target: under 1 s per class for a city centre.`,
  '',
  '| scenario | edges | compile ms | class | search ms | result ms | states | states/s | max km/h | bands ms | band km/h |',
  '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.edges} | ${r.compileMs} | ${r.class} | ${r.searchMs} | ${r.resultMs} | ${r.states} | ${r.statesPerS} | ${r.maxSpeedKmh} | ${r.bandsMs} | ${r.bandLowKmh}–${r.bandHighKmh} |`,
  ),
  '',
].join('\n');
writeResults('vehicle', { runs: flags.runs, rows }, md);
