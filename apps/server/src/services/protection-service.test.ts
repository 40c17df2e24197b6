import { readFileSync } from 'node:fs';
import type { PactesurClient } from '@pactesur/api-client';
import {
  DesignBasis,
  PlanComparison,
  PlanResult as PlanResultSchema,
  ProtectionPlan as ProtectionPlanSchema,
  type PlanResult,
  type Polygon,
  type ProtectionPlan,
  type Site,
} from '@pactesur/contracts';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { apiError } from '../../test/api-error.ts';
import { importExtract } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';

const DATA = new URL('../../../../data/', import.meta.url);
const palais = (JSON.parse(readFileSync(new URL('zones/monaco-place-du-palais.geojson', DATA), 'utf8')) as { geometry: Polygon }).geometry;

let platform: TestPlatform;
let editor: PactesurClient;
let admin: PactesurClient;
let analyst: PactesurClient;
let viewer: PactesurClient;
let liege: PactesurClient;
let police: PactesurClient;
let policeId: string;
let site: Site;
/** The one plan this file solves first: Place du Palais against cars, no stations. */
let plan: ProtectionPlan;
let result: Extract<PlanResult, { feasible: true }>;

const finished = (id: string) => waitFor(() => editor.getProtectionPlan(id), (p) => p.status !== 'processing', ANALYSIS_WAIT_MS);

const metres = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 111_320);

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, admin, analyst, viewer, liege, police] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('analyst@nice.example.org'),
    platform.signedIn('viewer@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
    platform.signedIn('commander@police.nice.example.org'),
  ]);
  policeId = (await police.me()).memberships[0]!.orgId;
  const extract = await importExtract(editor, 'monaco-ville-port-hercule.osm');
  site = await editor.createSite({ extractId: extract.id, name: 'Place du Palais', category: 'square', outline: { type: 'MultiPolygon', coordinates: [palais.coordinates] } });
  const started = await editor.startProtectionPlan(site.id, { classes: ['car'], osmStations: false, name: 'Palais — cars' });
  plan = await finished(started.id);
  const r = await editor.protectionPlanResult(plan.id);
  if (!r.feasible) throw new Error(`no plan: ${r.reason}`);
  result = r;
}, 300_000);
afterAll(() => platform.close());

describe('protection plans of a site', () => {
  it('solves as a job on the site outline and keeps a verified plan', async () => {
    expect(ProtectionPlanSchema.parse(plan)).toMatchObject({ siteId: site.id, parentId: null, status: 'ready', error: null, access: 'owner', classIds: ['car'] });
    expect(plan.zone).toEqual(palais);
    expect(plan.request).toMatchObject({ classes: ['car'], osmStations: false, stations: [], locked: [], forbidden: [] });
    expect(PlanResultSchema.parse(result).feasible).toBe(true);
    expect(result.verification).toMatchObject({ passed: true, unstoppedApproaches: 0, emergencyRoutesOpen: true, pedestrianLinesPermeable: true });
    expect(result.measures.length).toBeGreaterThan(0);
    expect(result.totalCostEur).toBe(result.measures.reduce((s, m) => s + m.costEur, 0));
    for (const m of result.measures) expect(metres(m.at, palais.coordinates[0]![0]!)).toBeLessThan(400);
    expect(plan.summary).toEqual({
      feasible: true,
      totalCostEur: result.totalCostEur,
      maintenancePerYearEur: result.maintenancePerYearEur,
      measures: result.measures.length,
      verified: true,
      unstoppedApproaches: 0,
      emergencyRoutesOpen: true,
      pedestrianLinesPermeable: true,
      residualExposureKJ: result.exposure.afterKJ,
      reason: null,
    });
    // The job keeps the summary only.
    const job = await editor.getJob(plan.jobId!);
    expect(job.result).toEqual({ protectionPlanId: plan.id, summary: plan.summary });
    // The job read the extract's file without a copy of it, and names it no more once done.
    const stored = await platform.database.db.selectFrom('jobs').select('attachment_key').where('id', '=', plan.jobId!).executeTakeFirstOrThrow();
    expect(stored.attachment_key).toBeNull();
    expect(await platform.repositories.storedFiles.sweepUnreferenced(0)).toBe(0);
    expect((await analyst.listProtectionPlans(site.id)).map((p) => p.id)).toEqual([plan.id]);
  });

  it('exports GeoJSON (zone, measure lines), a bill of quantities and a PDF report', async () => {
    const geo = JSON.parse(await editor.protectionExport(plan.id, 'geojson')) as {
      attribution: string;
      features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
    };
    expect(geo.attribution).toBe('© OpenStreetMap contributors (ODbL)');
    const layer = (name: string) => geo.features.filter((f) => f.properties.layer === name);
    expect(geo.features).toHaveLength(1 + result.measures.length + result.verification.unstopped.length + result.stations.length);
    expect(layer('zone').map((f) => f.geometry)).toEqual([palais]);
    const lines = layer('measure');
    expect(lines).toHaveLength(result.measures.length);
    for (const [i, f] of lines.entries()) {
      const m = result.measures[i]!;
      expect(f.geometry).toEqual({ type: 'LineString', coordinates: m.line });
      expect(f.properties).toMatchObject({ product: m.product, name: m.name, rating: m.rating, costEur: m.costEur, openable: m.openable, permeable: m.permeable, kind: m.kind, locked: m.locked });
    }

    const csv = (await editor.protectionExport(plan.id, 'csv')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('product,name,rating,lines,units,total_width_m,install_eur,maintenance_eur_per_year');
    const products = new Set(result.measures.map((m) => m.product));
    expect(csv).toHaveLength(1 + products.size + 1);
    const total = csv.at(-1)!.split(',');
    expect(total[0]).toBe('total');
    expect(Number(total[3])).toBe(result.measures.length);
    expect(Number(total[4])).toBe(result.measures.reduce((s, m) => s + m.units, 0));
    expect(Number(total[6])).toBe(result.totalCostEur);
    expect(Number(total[7])).toBe(result.maintenancePerYearEur);
    // Names holding commas are quoted: the last three fields of each row stay numbers.
    for (const row of csv.slice(1, -1)) expect(row).toMatch(/,\d+,\d+,[\d.]+,\d+,\d+$/);

    const response = await editor.transport.request('GET', editor.protectionExportPath(plan.id, 'pdf'));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Palais-cars.pdf"');
    const pdf = await editor.protectionExport(plan.id, 'pdf');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThan(0);
    expect(text).toMatch(/%%EOF\s*$/);
  });

  let child: ProtectionPlan;

  it('re-optimises with a forbidden place into a child plan that avoids it, and compares the two', async () => {
    const banned = result.measures[0]!;
    const started = await editor.reoptimiseProtectionPlan(plan.id, { forbidden: [banned.at], name: 'Palais — without line 1' });
    expect(started).toMatchObject({ parentId: plan.id, name: 'Palais — without line 1', status: 'processing', siteId: site.id, zone: palais });
    expect(started.request).toMatchObject({ classes: ['car'], osmStations: false, forbidden: [banned.at], parentId: plan.id });
    // Not ready yet: every export answers 409.
    for (const format of ['geojson', 'csv', 'pdf'] as const) {
      const early = await apiError(editor.protectionExport(started.id, format));
      expect([early.status, early.code]).toEqual([409, 'plan_not_ready']);
    }
    const early = await apiError(editor.protectionPlanResult(started.id));
    expect(early.code).toBe('plan_not_ready');

    child = await finished(started.id);
    expect(child.status).toBe('ready');
    const r = await editor.protectionPlanResult(child.id);
    if (!r.feasible) throw new Error(`no plan: ${r.reason}`);
    expect(r.verification.passed).toBe(true);
    for (const m of r.measures) expect(metres(m.at, banned.at)).toBeGreaterThan(0.5);
    expect(r.totalCostEur).toBeGreaterThanOrEqual(result.totalCostEur);

    const compared = PlanComparison.parse(await editor.compareProtectionPlans([plan.id, child.id]));
    expect(compared.plans.map((p) => [p.id, p.parentId])).toEqual([[plan.id, null], [child.id, plan.id]]);
    expect(compared.plans.map((p) => p.summary?.totalCostEur)).toEqual([result.totalCostEur, r.totalCostEur]);
    expect(compared.plans.every((p) => p.summary?.verified === true && p.summary.emergencyRoutesOpen === true)).toBe(true);
    expect(compared.plans[0]!.summary).toMatchObject({ maintenancePerYearEur: result.maintenancePerYearEur, residualExposureKJ: result.exposure.afterKJ, pedestrianLinesPermeable: true });
    expect((await editor.listProtectionPlans(site.id)).map((p) => p.id)).toEqual([child.id, plan.id]);
  });

  it('tells every signed-in user which default classes the catalogue can stop at all', async () => {
    const basis = DesignBasis.parse(await analyst.protectionClasses());
    expect(basis.classes.map((c) => c.id)).toEqual(['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t', 'artic-40t']);
    expect(basis.classes.filter((c) => !c.stoppable)).toEqual([
      { id: 'artic-40t', name: 'N3 articulated 40 t', massKg: 40_000, stoppable: false, heaviestTestedKg: 30_000 },
    ]);
  });

  it('refuses a bad zone, unknown classes, a broken catalogue, an unknown lock and a role too low', async () => {
    const bow: [number, number][] = [[7.4204, 43.7308], [7.4212, 43.7313], [7.4212, 43.7308], [7.4204, 43.7313], [7.4204, 43.7308]];
    const crossing = await apiError(editor.startProtectionPlan(site.id, { zone: { type: 'Polygon', coordinates: [bow] } }));
    expect([crossing.status, crossing.code]).toEqual([400, 'zone_invalid']);
    const faraway: [number, number][] = [[2.35, 48.85], [2.351, 48.85], [2.351, 48.851], [2.35, 48.85]];
    const outside = await apiError(editor.startProtectionPlan(site.id, { zone: { type: 'Polygon', coordinates: [faraway] } }));
    expect([outside.status, outside.code]).toEqual([400, 'zone_invalid']);
    const tank = await apiError(editor.startProtectionPlan(site.id, { classes: ['tank'] }));
    expect([tank.status, tank.code]).toEqual([400, 'class_invalid']);

    const good = DEFAULT_CATALOGUE.map((p) => ({ ...p, rating: 'V/7200[N3C]/48/90:0.0' }));
    const broken = [good[0]!, { ...good[1]!, unitWidthM: -1 }];
    const catalogue = await apiError(editor.startProtectionPlan(site.id, { classes: ['car'], catalogue: broken }));
    expect([catalogue.status, catalogue.code]).toEqual([400, 'catalogue_invalid']);
    expect(catalogue.message).toMatch(/product 2 .*unitWidthM/);
    expect(catalogue.details).toEqual([expect.objectContaining({ path: 'catalogue.1.unitWidthM' })]);
    const rating = await apiError(editor.startProtectionPlan(site.id, { classes: ['car'], catalogue: [{ ...good[0]!, rating: 'V/9[N3C]/48/90:0.0' }] }));
    expect(rating.code).toBe('catalogue_invalid');
    expect(rating.details).toEqual([expect.objectContaining({ path: 'catalogue.0.rating' })]);

    const lock = await apiError(editor.startProtectionPlan(site.id, { classes: ['car'], locked: [{ at: palais.coordinates[0]![0]!, product: 'moat' }] }));
    expect([lock.status, lock.code]).toEqual([400, 'validation_failed']);
    const shape = await apiError(editor.startProtectionPlan(site.id, { classes: ['car'], budgetEur: -5 }));
    expect(shape.code).toBe('validation_failed');
    expect((await apiError(editor.reoptimiseProtectionPlan(plan.id, { classes: ['tank'] }))).code).toBe('class_invalid');
    const orphan = await apiError(editor.startProtectionPlan(site.id, { classes: ['car'], parentId: '00000000-0000-4000-8000-000000000000' }));
    expect([orphan.status, orphan.code]).toEqual([404, 'not_found']);

    expect((await apiError(analyst.startProtectionPlan(site.id, { classes: ['car'] }))).status).toBe(403);
    expect((await apiError(viewer.reoptimiseProtectionPlan(plan.id, {}))).status).toBe(403);
    expect((await apiError(analyst.deleteProtectionPlan(plan.id))).status).toBe(403);
    // Nothing was started by the refused requests.
    expect((await editor.listProtectionPlans(site.id)).map((p) => p.id)).toEqual([child.id, plan.id]);
  });

  it('compares only plans the caller may read, two to six of them', async () => {
    const unknown = await apiError(editor.compareProtectionPlans([plan.id, '00000000-0000-4000-8000-000000000000']));
    expect([unknown.status, unknown.code]).toEqual([404, 'not_found']);
    expect((await apiError(editor.compareProtectionPlans([plan.id, 'not-an-id']))).status).toBe(404);
    expect((await apiError(liege.compareProtectionPlans([plan.id, child.id]))).status).toBe(404);
    expect((await apiError(editor.compareProtectionPlans([plan.id]))).code).toBe('validation_failed');
    expect((await apiError(editor.compareProtectionPlans([plan.id, plan.id]))).code).toBe('validation_failed');
  });

  it('stays with its owner: hidden from others, shared read-only on purpose, every read and export audited', async () => {
    // One request at a time: a rejection is awaited as soon as it happens.
    for (const attempt of [
      () => liege.getProtectionPlan(plan.id),
      () => liege.protectionPlanResult(plan.id),
      () => liege.protectionExport(plan.id, 'geojson'),
      () => liege.protectionExport(plan.id, 'pdf'),
      () => liege.reoptimiseProtectionPlan(plan.id, {}),
      () => liege.deleteProtectionPlan(plan.id),
      () => police.getProtectionPlan(plan.id),
    ])
      expect((await apiError(attempt())).status).toBe(404);

    await admin.share('protection-plan', plan.id, policeId, 'read');
    expect((await police.getProtectionPlan(plan.id)).access).toBe('read');
    expect((await police.protectionPlanResult(plan.id)).feasible).toBe(true);
    expect((await police.protectionExport(plan.id, 'csv')).split('\r\n')[0]).toMatch(/^product,/);
    // The child was not shared: comparing needs both.
    expect((await apiError(police.compareProtectionPlans([plan.id, child.id]))).status).toBe(404);
    expect((await apiError(police.reoptimiseProtectionPlan(plan.id, {}))).status).toBe(403);
    expect((await apiError(police.deleteProtectionPlan(plan.id))).status).toBe(403);

    const { entries } = await admin.audit({ limit: 500 });
    const of = (action: string, id = plan.id) => entries.filter((e) => e.recordKind === 'protection-plan' && e.recordId === id && e.action === action);
    expect(of('create')).toHaveLength(1);
    expect(of('create', child.id)[0]?.detail).toContain(`re-optimised from ${plan.id}`);
    expect(of('read').some((e) => e.userEmail === 'commander@police.nice.example.org')).toBe(true);
    expect(of('export').map((e) => e.detail)).toEqual(expect.arrayContaining(['geojson', 'csv', 'pdf']));
    expect(of('export').some((e) => e.userEmail === 'commander@police.nice.example.org' && e.detail === 'csv')).toBe(true);
    expect(of('access-denied').some((e) => e.userEmail === 'commander@police.nice.example.org')).toBe(true);
    expect(entries.some((e) => e.recordKind === 'protection-plan' && e.action === 'read' && e.detail?.startsWith('list of'))).toBe(true);
  });

  it('deletes a plan (its scenarios stay, without a parent), and goes with its site', async () => {
    await editor.deleteProtectionPlan(plan.id);
    expect((await apiError(editor.getProtectionPlan(plan.id))).status).toBe(404);
    expect((await apiError(police.getProtectionPlan(plan.id))).status).toBe(404);
    expect((await editor.getProtectionPlan(child.id)).parentId).toBeNull();
    const shares = await platform.database.db.selectFrom('record_shares').select('record_id').where('record_id', '=', plan.id).execute();
    expect(shares).toEqual([]);

    await admin.share('protection-plan', child.id, policeId, 'read');
    await editor.deleteSite(site.id);
    expect((await apiError(editor.getProtectionPlan(child.id))).status).toBe(404);
    const left = await platform.database.db.selectFrom('record_shares').select('record_id').where('record_id', '=', child.id).execute();
    expect(left).toEqual([]);
  });
});

