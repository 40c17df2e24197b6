// Scenario benchmark of protection planning (HVM.md §5): size of the programme, HiGHS solve time and
// optimality gap, and the verification, for Place du Palais (Monaco-Ville) and Marienplatz (Munich), per
// design basis. Target of the issue: optimal in under 10 s.
// Run: npx tsx bench/protect.ts. Writes bench/results/protect.json and protect.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { lngLat } from '@pactesur/geo';
import { runProtectionPlan } from '@pactesur/protect';
import { highsSolver } from '@pactesur/protect/node';
import { siteModelFromBytes } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import { writeResults } from './results.ts';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
// The Munich extract maps no station: the nearest ones are placed by hand at their street addresses
// (positions approximate, as a planner would place them), as the platform lets a user do.
const MUNICH_STATIONS = [
  { name: 'Polizeiinspektion 11 (Hochbrückenstraße 7)', at: lngLat(11.5803, 48.1366) },
  { name: 'Polizeipräsidium München (Ettstraße 2)', at: lngLat(11.5705, 48.139) },
  { name: 'Feuerwache 1 (An der Hauptfeuerwache 8)', at: lngLat(11.5672, 48.1322) },
];
const SITES = [
  { name: 'Place du Palais', osm: 'osm/monaco-ville-port-hercule.osm', zone: 'zones/monaco-place-du-palais.geojson', stations: null },
  { name: 'Marienplatz', osm: 'osm/munich-marienplatz.osm', zone: 'zones/munich-marienplatz.geojson', stations: MUNICH_STATIONS },
];
const BASES = [
  { name: 'car', classes: ['car'], stations: false },
  { name: 'car + emergency routes', classes: ['car'], stations: true },
  { name: 'car … rigid-18t + emergency routes', classes: ['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t'], stations: true },
  { name: 'car … rigid-18t + emergency routes, wider search', classes: ['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t'], stations: true, reach: { linesM: 60, graphM: 80 } },
  { name: 'all six classes', classes: DEFAULT_VEHICLE_CLASSES.map((c) => c.id), stations: true },
];

const solver = await highsSolver();
const rows: Record<string, unknown>[] = [];
for (const s of SITES) {
  // Read once per site: every design basis plans on the same site model.
  const site = await siteModelFromBytes(new Uint8Array(readFileSync(`${DATA}${s.osm}`)));
  if (!site.ok) throw new Error(`${s.osm}: ${site.problem}`);
  const zone: unknown = JSON.parse(readFileSync(`${DATA}${s.zone}`, 'utf8'));
  for (const b of BASES) {
    const classes = DEFAULT_VEHICLE_CLASSES.filter((c) => b.classes.includes(c.id));
    const t0 = performance.now();
    const run = await runProtectionPlan(
      site,
      { zone, classes, catalogue: DEFAULT_CATALOGUE, osmStations: b.stations && !s.stations, stations: b.stations ? (s.stations ?? []) : [], locked: [], forbidden: [], budgetEur: null },
      solver,
      { timeLimitS: 120, ...('reach' in b ? { reach: b.reach } : {}) },
    );
    const totalS = (performance.now() - t0) / 1000;
    if (!run.ok) throw new Error(`${s.name}: ${run.error.message}`);
    const plan = run.value;
    const row = plan.feasible
      ? { site: s.name, basis: b.name, feasible: true, lines: plan.size.lines, states: plan.size.states, arcs: plan.size.arcs, solveS: plan.solveS, totalS, gap: plan.gap, optimal: plan.optimal, costEur: plan.totalCostEur, measures: plan.measures.length, verified: plan.verification.passed, emergencyOpen: plan.verification.emergencyRoutesOpen, stations: plan.verification.stationsChecked }
      : { site: s.name, basis: b.name, feasible: false, totalS, reason: plan.reason };
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
}
const f = (v: unknown): string =>
  typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(2)) : typeof v === 'string' || typeof v === 'boolean' ? String(v) : '';
const md = [
  '# Protection planning: programme size, solve time (HiGHS), gap and verification',
  '',
  'Default planning catalogue, 5 km/h speed bands, lines within 40 m of the zone (and across every way into it), state graph within 60 m (the wider search: 60 m and 80 m); vehicles start at rest on roads only (ADR 0403); each station keeps its shortest route in open (ADR 0404). Stations: OSM for Place du Palais; placed by hand at their addresses for Marienplatz (the extract maps none).',
  '`solve` is the reduction of the state graphs, writing the programme and HiGHS (and the infeasibility diagnosis when there is one); `total` adds building',
  'the state graphs, and the verification.',
  '',
  '| site | design basis | feasible | lines | states | arcs | solve s | total s | gap | cost € | measures | stations | emergency open | verified / reason |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${[r.site, r.basis, r.feasible, r.lines, r.states, r.arcs, r.solveS, r.totalS, r.gap, r.costEur, r.measures, r.stations, r.emergencyOpen, r.feasible ? r.verified : r.reason].map(f).join(' | ')} |`),
  '',
].join('\n');
writeResults('protect', { rows }, md);
