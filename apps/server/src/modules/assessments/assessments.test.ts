import { readFileSync } from 'node:fs';
import type { PactesurClient } from '@pactesur/api-client';
import type { Assessment, Site, ThreatAnalysis } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../../test/wait-for.ts';
import { hasLocation } from '../../files/photo-metadata.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { StoredMessage } from '../../realtime/message-repository.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let liege: PactesurClient;
let site: Site;
let first: ThreatAnalysis;

const analysed = (client: PactesurClient, id: string) =>
  waitFor(
    () => client.getThreatAnalysis(id),
    (a) => a.status !== 'processing',
    ANALYSIS_WAIT_MS,
  );

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, liege] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
  await editor.updateSite(site.id, { typicalOccupancy: 400, eventOccupancy: 6000 });
  first = await analysed(
    editor,
    (await editor.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false })).id,
  );
  expect(first.status).toBe('ready');
}, 240_000);
afterAll(() => platform.close());

/** The hand-worked example of packages/assessment: three scenarios scored, three measures. */
async function scored(a: Assessment): Promise<Assessment> {
  return editor.updateAssessment(a.id, {
    revision: a.revision,
    step: 'measures',
    content: {
      scenarios: [
        {
          threat: 'vehicle-ramming',
          likelihood: 4,
          impact: 5,
          when: 'event',
          likelihoodWhy: 'Open approach from the ring road',
        },
        { threat: 'firearms', likelihood: 2, impact: 5 },
        { threat: 'arson', likelihood: 3, impact: 2 },
        { threat: 'drone' },
      ],
      measures: [
        {
          id: 'm1',
          title: 'Rated bollards on the north approach',
          costEur: 120_000,
          owner: 'Roads department',
          dueDate: '2027-06-30',
          changes: [{ threat: 'vehicle-ramming', likelihood: 2 }],
        },
        {
          id: 'm2',
          title: 'Remove the bins by the arcade',
          costEur: 0,
          changes: [{ threat: 'arson', impact: 1 }],
        },
        {
          id: 'm3',
          title: 'Armed patrol and gates',
          costEur: 500_000,
          changes: [
            { threat: 'firearms', likelihood: 1 },
            { threat: 'vehicle-ramming', impact: 4 },
          ],
        },
      ],
    },
  });
}

describe('vulnerability assessments', () => {
  it('computes the register and ranks the measures by risk reduced per euro', async () => {
    const created = await editor.createAssessment({ siteId: site.id });
    expect(created).toMatchObject({
      version: 1,
      parentId: null,
      status: 'draft',
      step: 'scope',
      title: 'Grote Markt',
      access: 'owner',
    });
    expect(created.content.scenarios.map((s) => s.threat)).toHaveLength(10);
    const a = await scored(created);
    expect(a.revision).toBe(created.revision + 1);
    expect(a.step).toBe('measures');
    // 4×5 = 20 very high, 2×5 = 10 high, 3×2 = 6 medium; the drone scenario is not scored.
    expect(a.register.map((r) => [r.threat, r.risk, r.band])).toEqual([
      ['vehicle-ramming', 20, 'very-high'],
      ['firearms', 10, 'high'],
      ['arson', 6, 'medium'],
    ]);
    // Summed risk 36. m1: 2×5 + 10 + 6 = 26 → 10 for 0.12 M€; m2: 20 + 10 + 3 = 33 → 3 for nothing;
    // m3: 4×4 + 1×5 + 6 = 27 → 9 for 0.5 M€. Free first, then 83.3 and 18 points per M€.
    expect(a.rankedMeasures.map((m) => [m.id, m.riskReduced])).toEqual([
      ['m2', 3],
      ['m1', 10],
      ['m3', 9],
    ]);
    expect(a.rankedMeasures[1]?.riskReducedPerMEur).toBeCloseTo(83.33, 2);
    expect(a.rankedMeasures[2]?.riskReducedPerMEur).toBeCloseTo(18, 6);
    expect(a.headline).toMatchObject({
      scored: 3,
      highestRisk: 20,
      highestBand: 'very-high',
      totalRisk: 36,
      measures: 3,
      measuresCostEur: 620_000,
    });
    // Another organisation does not know it exists.
    expect((await apiError(liege.getAssessment(a.id))).code).toBe('not_found');
    expect((await liege.listAssessments()).map((x) => x.id)).not.toContain(a.id);
  });

  it('refuses a save made on an older revision, and a bad score with the field named', async () => {
    const a = await editor.createAssessment({ siteId: site.id, title: 'Two people at once' });
    await editor.updateAssessment(a.id, { revision: a.revision, content: { scope: 'First' } });
    const late = await apiError(
      editor.updateAssessment(a.id, { revision: a.revision, content: { scope: 'Second' } }),
    );
    expect(late).toMatchObject({ status: 409, code: 'conflict' });
    expect((await editor.getAssessment(a.id)).content.scope).toBe('First');
    const bad = await apiError(
      editor.updateAssessment(a.id, { content: { scenarios: [{ threat: 'arson', likelihood: 6 }] } }),
    );
    expect(bad).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(JSON.stringify(bad.details)).toContain('likelihood');
    const unknown = await apiError(
      editor.updateAssessment(a.id, { content: { scenarios: [{ threat: 'meteor' as 'arson' }] } }),
    );
    expect(unknown.code).toBe('validation_failed');
    // Complete needs a scored scenario; the parts not sent stay as they were.
    expect((await apiError(editor.updateAssessment(a.id, { status: 'complete' }))).code).toBe(
      'validation_failed',
    );
    const kept = await editor.updateAssessment(a.id, { content: { threatLevel: 4 } });
    expect(kept.content).toMatchObject({ scope: 'First', threatLevel: 4 });
  });

  it('computes indicators from the site, marks them stale when the analysis runs again, and keeps an override with its reason', async () => {
    const a = await editor.createAssessment({ siteId: site.id, title: 'Indicators' });
    const byKey = (x: Assessment) => Object.fromEntries(x.indicators.map((i) => [i.key, i]));
    const before = byKey(a);
    expect(before['vehicle-energy']?.sources).toEqual([
      { kind: 'threat-analysis', id: first.id, name: first.name, at: first.createdAt },
    ]);
    expect(before['vehicle-energy']?.value).toBeGreaterThan(0);
    expect(before['vehicle-accessibility']?.value).toBeGreaterThanOrEqual(0);
    expect(before['vehicle-accessibility']?.value).toBeLessThanOrEqual(1);
    expect(before['crowd-exposure']).toMatchObject({ value: 6000, unit: 'people', stale: false });
    const exposure = before['crowd-exposure']?.detail;
    expect(exposure?.key === 'crowd-exposure' && exposure.eventDensity).toBeCloseTo(
      6000 / site.walkableAreaM2,
      6,
    );
    expect(a.indicators.every((i) => !i.stale)).toBe(true);
    // The suggestions follow from the indicators (6000 people at an event: impact 4 for a vehicle, per the thresholds).
    expect(a.suggestions).toContainEqual({
      threat: 'firearms',
      field: 'impact',
      value: 4,
      from: 'crowd-exposure',
    });

    const overridden = await editor.overrideAssessmentIndicator(a.id, 'crowd-exposure', {
      value: 9000,
      reason: 'The Christmas market draws more than the register says',
    });
    expect(byKey(overridden)['crowd-exposure']?.override).toMatchObject({
      value: 9000,
      reason: 'The Christmas market draws more than the register says',
      byName: 'Hugo Martin (urban designer)',
    });
    expect(
      (await apiError(editor.overrideAssessmentIndicator(a.id, 'crowd-exposure', { value: 1, reason: ' ' })))
        .code,
    ).toBe('validation_failed');

    // The analysis runs again, heavier: a lorry's energy is not a car's.
    const second = await analysed(
      editor,
      (await editor.startThreatAnalysis(site.id, { classes: ['artic-40t'], sensitivity: false })).id,
    );
    expect(second.status).toBe('ready');
    const stale = byKey(await editor.getAssessment(a.id));
    expect(stale['vehicle-energy']).toMatchObject({
      stale: true,
      staleBecause: 'newer',
      value: before['vehicle-energy']?.value,
    });
    expect(stale['crowd-exposure']?.stale).toBe(false);

    const refreshed = byKey(await editor.refreshAssessmentIndicators(a.id));
    expect(refreshed['vehicle-energy']?.sources[0]?.id).toBe(second.id);
    expect(refreshed['vehicle-energy']?.stale).toBe(false);
    expect(refreshed['vehicle-energy']?.value).not.toBe(before['vehicle-energy']?.value);
    expect(refreshed['vehicle-energy']?.value).toBeGreaterThan(before['vehicle-energy']?.value ?? Infinity);
    // The override survives the new computation, reason and all.
    expect(refreshed['crowd-exposure']?.override?.reason).toBe(
      'The Christmas market draws more than the register says',
    );

    // The site changes: the exposure drawn from it is stale; deleting the analysis makes its indicators stale too.
    await editor.updateSite(site.id, { eventOccupancy: 8000 });
    await editor.deleteThreatAnalysis(second.id);
    const after = byKey(await editor.getAssessment(a.id));
    expect(after['crowd-exposure']).toMatchObject({ stale: true, staleBecause: 'changed' });
    expect(after['vehicle-energy']).toMatchObject({ stale: true, staleBecause: 'deleted' });
    const cleared = await editor.clearAssessmentOverride(a.id, 'crowd-exposure');
    expect(byKey(cleared)['crowd-exposure']?.override).toBeNull();
    await editor.updateSite(site.id, { eventOccupancy: 6000 });
  }, 240_000);

  it('makes a new version, compares two versions, and exports the register to its readers only', async () => {
    const v1 = await scored(await editor.createAssessment({ siteId: site.id, title: 'Market square' }));
    const v2 = await editor.newAssessmentVersion(v1.id);
    expect(v2).toMatchObject({ parentId: v1.id, title: 'Market square', access: 'owner' });
    expect(v2.version).toBeGreaterThan(v1.version);
    expect(v2.content.measures.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    const done = await editor.updateAssessment(v2.id, {
      content: {
        scenarios: v2.content.scenarios.map((s) =>
          s.threat === 'vehicle-ramming' ? { ...s, likelihood: 2 } : s,
        ),
        measures: v2.content.measures.filter((m) => m.id !== 'm1'),
      },
    });
    const comparison = await editor.compareAssessments(v1.id, done.id);
    expect(comparison.scenarios.find((s) => s.threat === 'vehicle-ramming')).toEqual({
      threat: 'vehicle-ramming',
      before: { likelihood: 4, impact: 5, risk: 20, band: 'very-high' },
      after: { likelihood: 2, impact: 5, risk: 10, band: 'high' },
      riskChange: -10,
    });
    expect(comparison).toMatchObject({
      totalRiskBefore: 36,
      totalRiskAfter: 26,
      measuresRemoved: ['Rated bollards on the north approach'],
      measuresAdded: [],
    });
    expect((await apiError(liege.compareAssessments(v1.id, done.id))).code).toBe('not_found');

    const csv = await editor.assessmentExport(v1.id, 'csv', 'en');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv).toMatch(/Vehicle ramming.*20/);
    const pdf = await editor.assessmentExport(v1.id, 'pdf', 'fr');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    for (const format of ['pdf', 'csv'] as const)
      expect((await apiError(liege.assessmentExport(v1.id, format))).code).toBe('not_found');
    const audit = await platform.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('record_id', '=', v1.id)
      .where('action', '=', 'export')
      .execute();
    expect(audit.map((e) => e.detail).sort()).toEqual(['csv', 'pdf']);
  });

  it('removes a photo’s location unless it is kept on purpose, and refuses what is not a photo', async () => {
    const gps = readFileSync(new URL('../../../test/fixtures/photo-gps.jpg', import.meta.url));
    expect(hasLocation(gps)).toBe(true);
    const a = await editor.createAssessment({ siteId: site.id, title: 'Photos' });
    const plain = await editor.uploadAssessmentPhoto(
      a.id,
      { filename: 'north-gate.jpg', caption: 'North gate, open' },
      gps,
    );
    expect(plain).toMatchObject({
      filename: 'north-gate.jpg',
      caption: 'North gate, open',
      contentType: 'image/jpeg',
      locationKept: false,
      byName: 'Hugo Martin (urban designer)',
    });
    const stored = await editor.assessmentPhoto(a.id, plain.id);
    expect(hasLocation(stored)).toBe(false);
    expect(stored.length).toBe(plain.bytes);
    expect(stored.length).toBeLessThan(gps.length);
    const kept = await editor.uploadAssessmentPhoto(
      a.id,
      { filename: 'with-place.jpg', keepLocation: true },
      gps,
    );
    expect(kept.locationKept).toBe(true);
    expect(hasLocation(await editor.assessmentPhoto(a.id, kept.id))).toBe(true);
    expect(
      await apiError(
        editor.uploadAssessmentPhoto(
          a.id,
          { filename: 'notes.txt' },
          new TextEncoder().encode('not a photo'),
        ),
      ),
    ).toMatchObject({ status: 422, code: 'photo_unreadable' });
    expect(
      (
        await apiError(
          editor.uploadAssessmentPhoto(
            a.id,
            { filename: 'huge.jpg' },
            new Uint8Array(13 * 1024 * 1024).fill(0xff),
          ),
        )
      ).status,
    ).toBe(413);
    expect((await editor.getAssessment(a.id)).photos.map((p) => p.id)).toEqual([plain.id, kept.id]);
    await editor.deleteAssessmentPhoto(a.id, plain.id);
    expect((await apiError(editor.assessmentPhoto(a.id, plain.id))).code).toBe('not_found');
    expect((await apiError(liege.assessmentPhoto(a.id, kept.id))).code).toBe('not_found');
  });

  it('audits every read, in a list too, and shares on purpose only', async () => {
    const a = await editor.createAssessment({ siteId: site.id, title: 'Audited' });
    const reads = () =>
      platform.database.db
        .selectFrom('audit_log')
        .select(['detail', 'actor_org_id'])
        .where('action', '=', 'read')
        .where('record_id', '=', a.id)
        .execute();
    const orgs = await editor.listOrgs();
    const liegeId = orgs.find((o) => o.slug === 'liege')?.id ?? '';
    const niceAdmin = await platform.signedIn('admin@nice.example.org');
    await niceAdmin.share('assessment', a.id, liegeId, 'read');
    const before = (await reads()).length;
    expect((await liege.listAssessments()).map((x) => x.id)).toContain(a.id);
    await liege.getAssessment(a.id);
    expect((await reads()).length).toBe(before + 2);
    // A reader neither saves nor comments.
    expect((await apiError(liege.updateAssessment(a.id, { content: { scope: 'x' } }))).status).toBe(403);
    expect((await apiError(liege.addAssessmentComment(a.id, { body: 'Hello' }))).status).toBe(403);
    // A new version starts unshared.
    const v2 = await editor.newAssessmentVersion(a.id);
    expect((await apiError(liege.getAssessment(v2.id))).code).toBe('not_found');
    expect((await apiError(liege.newAssessmentVersion(a.id))).status).toBe(403);
  });

  it('keeps comments with their author, says each change on the live channel, and goes with its site', async () => {
    const own = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
    const a = await editor.createAssessment({ siteId: own.id, title: 'Comments' });
    const heard: StoredMessage[] = [];
    const subscription = await platform.realtime.subscribe(recordChannel('assessment', a.id), null, (m) =>
      heard.push(m),
    );
    try {
      const comment = await editor.addAssessmentComment(a.id, {
        body: 'The north gate stays open on market days.',
        about: 'existing',
      });
      expect(comment).toMatchObject({ authorName: 'Hugo Martin (urban designer)', about: 'existing' });
      expect((await editor.getAssessment(a.id)).comments.map((c) => c.body)).toEqual([
        'The north gate stays open on market days.',
      ]);
      await editor.updateAssessment(a.id, { step: 'team' });
      await waitFor(
        () => Promise.resolve(heard.length),
        (n) => n >= 2,
        10_000,
      );
    } finally {
      subscription.close();
    }
    expect(heard.map((m) => (m.payload as { fields?: string[] }).fields)).toEqual([['comments'], ['step']]);
    expect(JSON.stringify(heard)).not.toContain('north gate');
    // Deleting the site deletes its assessments.
    await editor.deleteSite(own.id);
    expect((await apiError(editor.getAssessment(a.id))).code).toBe('not_found');
  });

  it('ranks the organisation’s sites on the dashboard by the highest risk of their latest version', async () => {
    const latest = (await editor.listAssessments(site.id)).sort((a, b) => b.version - a.version)[0];
    if (!latest) throw new Error('the site has no assessment');
    const full = await editor.getAssessment(latest.id);
    await editor.updateAssessment(latest.id, {
      content: {
        scenarios: full.content.scenarios.map((s) =>
          s.threat === 'vehicle-borne-ied' ? { ...s, likelihood: 5, impact: 5 } : s,
        ),
        measures: [
          {
            id: 'gate',
            title: 'Gates',
            costEur: 80_000,
            status: 'planned',
            changes: [{ threat: 'vehicle-borne-ied', likelihood: 3 }],
          },
        ],
      },
    });
    const dashboard = await editor.assessmentDashboard();
    const row = dashboard.sites.find((s) => s.siteId === site.id);
    expect(row).toMatchObject({ openMeasures: 1, openMeasuresCostEur: 80_000 });
    expect(row?.assessment).toMatchObject({
      id: latest.id,
      headline: { highestRisk: 25, highestBand: 'very-high' },
    });
    const highest = dashboard.sites.map((s) => s.assessment?.headline.highestRisk ?? -1);
    expect(highest).toEqual([...highest].sort((x, y) => y - x));
    expect((await liege.assessmentDashboard()).sites.map((s) => s.siteId)).not.toContain(site.id);
  });
});
