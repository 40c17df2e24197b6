import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ThreatResult } from '@pactesur/contracts';
import { siteModelFromBytes } from '@pactesur/site';
import { describe, expect, it } from 'vitest';
import { analyseThreat } from './analyse-threat.ts';
import { runThreatAnalysis } from './run-threat-analysis.ts';
import { classView } from './threat-view.ts';
import { DEFAULT_VEHICLE_CLASSES } from './vehicle-class.ts';
import { parseZones } from './zone.ts';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const bytes = new Uint8Array(readFileSync(`${DATA}osm/breda-grote-markt.osm`));
const zone: unknown = JSON.parse(readFileSync(`${DATA}zones/breda-grote-markt.geojson`, 'utf8'));
const classes = DEFAULT_VEHICLE_CLASSES.filter((c) => c.id === 'car' || c.id === 'van');
const input = { zone, classes, spacingM: 3, sensitivity: false };

describe('runThreatAnalysis', () => {
  it('gives each class as analyseThreat finds it, in the stored form, from bytes or an extract already read', async () => {
    const fromBytes = await runThreatAnalysis(bytes, input);
    if (!fromBytes.ok) throw new Error(fromBytes.error.message);
    const stored = ThreatResult.parse(fromBytes.value);
    expect(stored.classes.map((c) => c.class)).toEqual(['car', 'van']);
    expect(stored.variants).toEqual([]);

    const site = await siteModelFromBytes(bytes);
    if (!site.ok) throw new Error(site.problem);
    const zones = parseZones(zone);
    if (!zones.ok) throw new Error(zones.error.message);
    const direct = analyseThreat(site.model, zones.value, { classes: [classes[0]!], spacingM: 3 });
    if (!direct.ok) throw new Error(direct.error.message);
    expect(stored.classes[0]).toEqual(classView(direct.value[0]!.classes[0]!, classes[0]!));
    expect(stored.perimeterM).toBe(Math.round(direct.value[0]!.perimeterM * 10) / 10);
    expect(await runThreatAnalysis(site, input)).toEqual(fromBytes);
  });

  it('adds the variants and bands with sensitivity', async () => {
    const r = await runThreatAnalysis(bytes, { ...input, classes: [classes[0]!], sensitivity: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.variants.length).toBeGreaterThan(0);
    const band = r.value.classes[0]?.band;
    expect(band && band.lowKmh <= r.value.classes[0]!.maxSpeedKmh && r.value.classes[0]!.maxSpeedKmh <= band.highKmh).toBe(true);
  });

  it('refuses a bad zone, an unreadable extract and a zone away from the roads, with the reason users see', async () => {
    const open = await runThreatAnalysis(bytes, { ...input, zone: { type: 'Polygon', coordinates: [[[4.77, 51.58], [4.78, 51.58], [4.78, 51.59]]] } });
    expect(open.ok || open.error.message).toMatch(/\((zone-[a-z-]+)\)$/);
    expect(await runThreatAnalysis(new TextEncoder().encode('no map'), input)).toEqual({
      ok: false,
      error: { code: 'extract-unreadable', message: 'the site extract cannot be read' },
    });
    const far = { type: 'Polygon', coordinates: [[[5, 52], [5.001, 52], [5.001, 52.001], [5, 52.001], [5, 52]]] };
    const outside = await runThreatAnalysis(bytes, { ...input, zone: far });
    expect(outside.ok || outside.error.code).toBe('zone-outside-data');
  });

  it('reports progress from the reading to the end, never going back, and stops when the callback throws', async () => {
    const seen: [number, string | undefined][] = [];
    await runThreatAnalysis(bytes, input, { onProgress: (f, m) => seen.push([f, m]) });
    expect(seen[0]).toEqual([0.02, 'reading the extract']);
    expect(seen.map(([, m]) => m)).toContain('N1 van 3.5 t');
    expect(seen.at(-1)).toEqual([1, 'done']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    const stop = new Error('cancelled');
    const stopped = runThreatAnalysis(bytes, input, {
      onProgress: (f) => {
        if (f >= 0.15) throw stop;
      },
    });
    await expect(stopped).rejects.toBe(stop);
  });
});
