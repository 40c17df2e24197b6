import type { PactesurClient } from '@pactesur/api-client';
import { ThreatAnalysis as ThreatAnalysisSchema, ThreatResult as ThreatResultSchema, type Site, type ThreatAnalysis } from '@pactesur/contracts';
import { siteModelFromBytes } from '@pactesur/site';
import { analyseThreat, DEFAULT_VEHICLE_CLASSES, parseZones } from '@pactesur/vehicle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { apiError } from '../../test/api-error.ts';
import { osmExtract, registerSite } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';

const breda = osmExtract('breda-grote-markt.osm');

let platform: TestPlatform;
let analyst: PactesurClient;
let admin: PactesurClient;
let viewer: PactesurClient;
let liege: PactesurClient;
let police: PactesurClient;
let site: Site;

const finished = (id: string) => waitFor(() => analyst.getThreatAnalysis(id), (t) => t.status !== 'processing', ANALYSIS_WAIT_MS);

beforeAll(async () => {
  platform = await startTestPlatform();
  [analyst, admin, viewer, liege, police] = await Promise.all([
    platform.signedIn('analyst@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('viewer@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
    platform.signedIn('commander@police.nice.example.org'),
  ]);
  const editor = await platform.signedIn('editor@nice.example.org');
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
});
afterAll(() => platform.close());

describe('vehicle threat analyses of a site', () => {
  let analysis: ThreatAnalysis;

  it('runs on the site outline as a job, and keeps the very result the vehicle analysis computes', async () => {
    const started = await analyst.startThreatAnalysis(site.id, { sensitivity: false });
    expect(ThreatAnalysisSchema.parse(started)).toMatchObject({ siteId: site.id, status: 'processing', error: null, access: 'owner', spacingM: 3 });
    expect(started.classIds).toEqual(DEFAULT_VEHICLE_CLASSES.map((c) => c.id));
    expect(started.zone.coordinates[0]!.length).toBeGreaterThan(10);
    const early = await apiError(analyst.threatResult(started.id));
    expect([early.status, early.code]).toEqual([409, 'analysis_not_ready']);

    analysis = await finished(started.id);
    expect(analysis.error).toBeNull();
    expect(analysis.status).toBe('ready');
    const result = ThreatResultSchema.parse(await analyst.threatResult(analysis.id));

    // The same analysis, computed here directly on the same file and zone.
    const read = await siteModelFromBytes(new Uint8Array(breda));
    if (!read.ok) throw new Error(read.problem);
    const zones = parseZones(analysis.zone);
    if (!zones.ok) throw new Error(zones.error.message);
    const direct = analyseThreat(read.model, zones.value, { spacingM: 3 });
    if (!direct.ok) throw new Error(direct.error.message);
    const expected = direct.value[0]!.classes;
    expect(result.classes.map((c) => c.class)).toEqual(expected.map((c) => c.class));
    for (const [i, c] of result.classes.entries()) {
      const d = expected[i]!;
      expect(c.maxSpeedKmh).toBeCloseTo(d.maxSpeedKmh, 1);
      expect(c.entries).toHaveLength(d.entries.length);
      expect(c.points).toHaveLength(d.points.length);
      expect(c.points.filter((p) => p.speedKmh > 0)).toHaveLength(d.points.filter((p) => p.hit).length);
      // Entries most dangerous first; each reached point names an entry whose stretch holds it.
      expect(c.entries.map((e) => e.speedKmh)).toEqual([...c.entries.map((e) => e.speedKmh)].sort((a, b) => b - a));
      for (const p of c.points.filter((q) => q.entry !== null)) {
        const e = c.entries[p.entry!]!;
        expect(p.atM).toBeGreaterThanOrEqual(e.fromM - 0.11);
        expect(p.atM).toBeLessThanOrEqual(e.toM + 0.11);
      }
    }
    const car = result.classes.find((c) => c.class === 'car')!;
    expect(car.maxSpeedKmh).toBeGreaterThan(20);
    expect(car.entries[0]!.path.length).toBeGreaterThan(1);
    expect(analysis.summary).toEqual(result.classes.map((c) => ({ class: c.class, maxSpeedKmh: c.maxSpeedKmh, maxEnergyKJ: c.maxEnergyKJ, entries: c.entries.length })));

    // The job keeps a short summary only.
    const job = await analyst.getJob(analysis.jobId!);
    expect(job.result).toEqual({ threatAnalysisId: analysis.id, summary: analysis.summary });
    // The job read the extract's file without a copy of it, and names it no more once done.
    const stored = await platform.database.db.selectFrom('jobs').select('attachment_key').where('id', '=', analysis.jobId!).executeTakeFirstOrThrow();
    expect(stored.attachment_key).toBeNull();
    expect(await platform.repositories.storedFiles.sweepUnreferenced(0)).toBe(0);
  });

  it('exports GeoJSON (zone, perimeter points, worst paths) and CSV (one row per entry), whole or per class', async () => {
    const result = await analyst.threatResult(analysis.id);
    const geo = JSON.parse(await analyst.threatExport(analysis.id, 'geojson')) as { attribution: string; features: { properties: { layer: string; class?: string }; geometry: { type: string } }[] };
    expect(geo.attribution).toMatch(/OpenStreetMap contributors/);
    const layers = (layer: string) => geo.features.filter((f) => f.properties.layer === layer);
    expect(layers('zone')).toHaveLength(1);
    expect(layers('perimeter-point')).toHaveLength(result.classes.reduce((n, c) => n + c.points.length, 0));
    expect(layers('worst-path')).toHaveLength(result.classes.reduce((n, c) => n + c.entries.length, 0));
    expect(layers('worst-path').every((f) => f.geometry.type === 'LineString')).toBe(true);

    const carGeo = JSON.parse(await analyst.threatExport(analysis.id, 'geojson', 'car')) as typeof geo;
    expect(new Set(carGeo.features.filter((f) => f.properties.class).map((f) => f.properties.class))).toEqual(new Set(['car']));

    const csv = (await analyst.threatExport(analysis.id, 'csv', 'car')).trim().split('\r\n');
    const car = result.classes.find((c) => c.class === 'car')!;
    expect(csv[0]).toMatch(/^analysis,class,class_name,rank,speed_kmh,energy_kj/);
    expect(csv).toHaveLength(1 + car.entries.length);
    expect(csv[1]!.split(',')[4]).toBe(String(car.entries[0]!.speedKmh));
  });

  it('refuses a bad zone, unknown or impossible classes, and a viewer', async () => {
    const bow: [number, number][] = [[4.7757, 51.5892], [4.7767, 51.5897], [4.7767, 51.5892], [4.7757, 51.5897], [4.7757, 51.5892]];
    const crossing = await apiError(analyst.startThreatAnalysis(site.id, { zone: { type: 'Polygon', coordinates: [bow] } }));
    expect([crossing.status, crossing.code]).toEqual([400, 'zone_invalid']);
    const open = await apiError(analyst.startThreatAnalysis(site.id, { zone: { type: 'Polygon', coordinates: [bow.slice(0, 4)] } }));
    expect([open.status, open.code]).toEqual([400, 'zone_invalid']);
    const faraway: [number, number][] = [[2.35, 48.85], [2.351, 48.85], [2.351, 48.851], [2.35, 48.85]];
    const outside = await apiError(analyst.startThreatAnalysis(site.id, { zone: { type: 'Polygon', coordinates: [faraway] } }));
    expect([outside.status, outside.code]).toEqual([400, 'zone_invalid']);
    const unknown = await apiError(analyst.startThreatAnalysis(site.id, { classes: ['tank'] }));
    expect([unknown.status, unknown.code]).toEqual([400, 'class_invalid']);
    const car = DEFAULT_VEHICLE_CLASSES[0]!;
    const absurd = await apiError(analyst.startThreatAnalysis(site.id, { classes: [{ ...car, id: 'rocket', massKg: -5 }] }));
    expect([absurd.status, absurd.code]).toEqual([400, 'class_invalid']);
    expect(JSON.stringify(absurd.details)).toContain('classes.0');
    const twice = await apiError(analyst.startThreatAnalysis(site.id, { classes: ['car', 'car'] }));
    expect(twice.code).toBe('class_invalid');
    const spacing = await apiError(analyst.startThreatAnalysis(site.id, { spacingM: 50 }));
    expect([spacing.status, spacing.code]).toEqual([400, 'validation_failed']);
    const role = await apiError(viewer.startThreatAnalysis(site.id));
    expect([role.status, role.code]).toEqual([403, 'forbidden']);
    expect((await analyst.listThreatAnalyses(site.id)).map((t) => t.id)).toEqual([analysis.id]);
  });

  it('runs a class of the city’s own, edited from a default', async () => {
    const car = DEFAULT_VEHICLE_CLASSES[0]!;
    const tuned = { ...car, id: 'car-tuned', name: 'Tuned car', powerKw: 250, lateralG: 0.9 };
    const started = await analyst.startThreatAnalysis(site.id, { classes: ['car', tuned], sensitivity: false, name: 'Tuned car check' });
    const done = await finished(started.id);
    expect(done.status).toBe('ready');
    const [plain, fast] = done.summary!;
    expect(fast!.class).toBe('car-tuned');
    expect(fast!.maxSpeedKmh).toBeGreaterThanOrEqual(plain!.maxSpeedKmh);
    expect((await apiError(analyst.deleteThreatAnalysis(done.id))).code).toBe('forbidden');
    await admin.deleteThreatAnalysis(done.id);
    expect((await apiError(analyst.getThreatAnalysis(done.id))).status).toBe(404);
  });

  it('stays with its owner: hidden from others, shared on purpose read-only, every read audited', async () => {
    expect((await apiError(liege.getThreatAnalysis(analysis.id))).status).toBe(404);
    expect((await apiError(liege.threatResult(analysis.id))).status).toBe(404);
    expect((await apiError(police.getThreatAnalysis(analysis.id))).status).toBe(404);

    const policeId = (await police.me()).memberships[0]!.orgId;
    await admin.share('threat-analysis', analysis.id, policeId, 'read');
    expect((await police.getThreatAnalysis(analysis.id)).access).toBe('read');
    expect((await police.threatResult(analysis.id)).classes.length).toBe(6);
    // The map under it comes with the analysis, though the site itself was not shared.
    expect((await apiError(police.getSite(site.id))).status).toBe(404);
    expect((await police.threatLayers(analysis.id)).attribution).toMatch(/OpenStreetMap/);
    expect((await apiError(police.deleteThreatAnalysis(analysis.id))).status).toBe(403);

    const { entries } = await admin.audit({ limit: 200 });
    const reads = entries.filter((e) => e.recordKind === 'threat-analysis' && e.recordId === analysis.id && e.action === 'read');
    expect(reads.some((e) => e.userEmail === 'commander@police.nice.example.org')).toBe(true);
    expect(entries.some((e) => e.recordKind === 'threat-analysis' && e.action === 'create')).toBe(true);
  });

  it('goes with its site, and its shares with it', async () => {
    const editor = await platform.signedIn('editor@nice.example.org');
    await editor.deleteSite(site.id);
    expect((await apiError(analyst.getThreatAnalysis(analysis.id))).status).toBe(404);
    const shares = await platform.database.db.selectFrom('record_shares').select('record_id').where('record_id', '=', analysis.id).execute();
    expect(shares).toEqual([]);
  });
});
