import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteModelFromBytes } from '@pactesur/site';
import { analyseThreat } from './analyse-threat.ts';
import { parseZones } from './zone.ts';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('../test/golden/', import.meta.url));
const REGEN = process.env.REGEN === '1';

/** Compares `actual` with the checked-in file, or rewrites the file when REGEN=1. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (REGEN || !existsSync(path)) {
    if (!REGEN) throw new Error(`golden file ${name} is missing; run with REGEN=1 to create it`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

describe.each([
  ['monaco-place-du-palais', 'monaco-ville-port-hercule.osm'],
  ['munich-marienplatz', 'munich-marienplatz.osm'],
  ['paris-place-de-la-republique', 'paris-republique-marais.osm'],
])(
  'golden vehicle threat: %s',
  (zoneName, osmFile) => {
    it('speeds, energies and entries of every class match the checked-in results', async () => {
      const r = await siteModelFromBytes(readFileSync(join(DATA, 'osm', osmFile)));
      if (!r.ok) throw new Error(r.problem);
      const site = r.model;
      const zones = parseZones(JSON.parse(readFileSync(join(DATA, 'zones', `${zoneName}.geojson`), 'utf8')));
      if (!zones.ok) throw new Error(zones.error.message);
      const result = analyseThreat(site, zones.value);
      if (!result.ok) throw new Error(result.error.message);
      const zone = result.value[0];
      expect(zone?.classes).toHaveLength(6);
      const summary = {
        source: osmFile,
        zone: zone?.zone,
        perimeterM: r1(zone?.perimeterM ?? 0),
        classes: zone?.classes.map((c) => ({
          class: c.class,
          maxSpeedKmh: r1(c.maxSpeedKmh),
          maxEnergyKJ: r1(c.maxEnergyKJ),
          pointsReached: c.points.filter((p) => p.hit).length,
          points: c.points.length,
          entries: c.entries.map(
            (e) =>
              `${r1(e.speedKmh)} km/h ${r1(e.energyKJ)} kJ run-up ${r1(e.runUpM)} m ${r1(e.angleDeg)}° at ${e.at[0].toFixed(6)},${e.at[1].toFixed(6)} from ${e.origin[0].toFixed(6)},${e.origin[1].toFixed(6)}`,
          ),
        })),
      };
      golden(`${zoneName}.threat.golden.json`, `${JSON.stringify(summary, null, 2)}\n`);
    });
  },
);
