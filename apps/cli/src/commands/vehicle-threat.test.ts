import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';

const shared = (p: string): string =>
  fileURLToPath(new URL(`../../../../data/${p}`, import.meta.url));
const OSM = shared('osm/monaco-ville-port-hercule.osm');
const ZONE = shared('zones/monaco-place-du-palais.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'pactesur-vehicle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Summary {
  classes: {
    class: string;
    maxSpeedKmh: number;
    maxEnergyKJ: number;
    entries: { speedKmh: number; energyKJ: number; runUpM: number; angleDeg: number; at: [number, number] }[];
  }[];
}

describe('pactesur vehicle-threat', () => {
  it('prints every class with its entries sorted by speed and writes the full GeoJSON', async () => {
    const out = join(tmp, 'threat.geojson');
    const r = await runCli(['vehicle-threat', OSM, '--zone', ZONE, '--json', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.classes.map((c) => c.class)).toEqual([
      'car',
      'pickup',
      'van',
      'rigid-7.5t',
      'rigid-18t',
      'artic-40t',
    ]);
    for (const c of s.classes) {
      expect(Object.keys(c)).toEqual(['class', 'maxSpeedKmh', 'maxEnergyKJ', 'entries']);
      expect(c.maxSpeedKmh).toBeGreaterThan(0);
      expect(c.entries[0]?.speedKmh).toBe(c.maxSpeedKmh);
      const speeds = c.entries.map((e) => e.speedKmh);
      expect(speeds).toEqual([...speeds].sort((a, b) => b - a));
      for (const e of c.entries) {
        expect(Object.keys(e)).toEqual(['speedKmh', 'energyKJ', 'runUpM', 'angleDeg', 'at']);
        expect(e.at[0]).toBeCloseTo(7.421, 2);
        expect(e.at[1]).toBeCloseTo(43.731, 2);
      }
    }
    const geo = JSON.parse(readFileSync(out, 'utf8')) as { features: { geometry: { type: string } }[] };
    const kinds = new Set(geo.features.map((f) => f.geometry.type));
    expect(kinds).toEqual(new Set(['Point', 'LineString']));
  });

  it('runs one class and refuses bad input with a one-line message and a non-zero exit', async () => {
    const one = await runCli(['vehicle-threat', OSM, '--zone', ZONE, '--class', 'artic-40t', '--json']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as Summary).classes.map((c) => c.class)).toEqual(['artic-40t']);
    const banded = await runCli([
      'vehicle-threat',
      OSM,
      '--zone',
      ZONE,
      '--class',
      'artic-40t',
      '--json',
      '--sensitivity',
    ]);
    const b = (
      JSON.parse(banded.stdout) as {
        classes: { maxSpeedKmh: number; band: { lowKmh: number; highKmh: number } }[];
      }
    ).classes[0];
    expect(b?.maxSpeedKmh).toBe((JSON.parse(one.stdout) as Summary).classes[0]?.maxSpeedKmh);
    expect(b?.band.lowKmh).toBeLessThanOrEqual(b?.maxSpeedKmh ?? 0);
    expect(b?.band.highKmh).toBeGreaterThanOrEqual(b?.maxSpeedKmh ?? Infinity);
    const badStart = await runCli(['vehicle-threat', OSM, '--zone', ZONE, '--start-speed', 'fast']);
    expect(badStart.code).toBe(2);

    const open = join(tmp, 'open.geojson');
    writeFileSync(
      open,
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [7.42, 43.73],
            [7.421, 43.73],
            [7.421, 43.731],
          ],
        ],
      }),
    );
    const far = join(tmp, 'far.geojson');
    writeFileSync(
      far,
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [2, 48],
            [2.001, 48],
            [2.001, 48.001],
            [2, 48],
          ],
        ],
      }),
    );
    for (const [args, text] of [
      [['--zone', open], 'zone-not-closed'],
      [['--zone', far], 'zone-outside-data'],
      [['--zone', ZONE, '--class', 'tank'], 'no vehicle class tank'],
      [['--zone', join(tmp, 'missing.geojson')], 'no such file'],
    ] as const) {
      const r = await runCli(['vehicle-threat', OSM, ...args, '--json']);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(text);
    }
  });
});
