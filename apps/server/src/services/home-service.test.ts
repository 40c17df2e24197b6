import type { PactesurClient } from '@pactesur/api-client';
import { Home, type ProtectionPlan, type Site, type ThreatAnalysis } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { registerSite } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let admin: PactesurClient;
let viewer: PactesurClient;
let police: PactesurClient;
let liege: PactesurClient;
let site: Site;
let analysis: ThreatAnalysis;
let plan: ProtectionPlan;

beforeAll(async () => {
  // One job thread: a job started while another runs waits in the queue.
  platform = await startTestPlatform({ env: { JOB_THREADS: '1' } });
  [editor, admin, viewer, police, liege] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('viewer@nice.example.org'),
    platform.signedIn('commander@police.nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
  const started = await editor.startThreatAnalysis(site.id, { classes: ['car', 'van'], sensitivity: false });
  analysis = await waitFor(() => editor.getThreatAnalysis(started.id), (t) => t.status !== 'processing', ANALYSIS_WAIT_MS);
  const solving = await editor.startProtectionPlan(site.id, { classes: ['car'], osmStations: false });
  plan = await waitFor(() => editor.getProtectionPlan(solving.id), (p) => p.status !== 'processing', ANALYSIS_WAIT_MS);
}, 180_000);
afterAll(() => platform.close());

describe('the home page of an organisation', () => {
  it("shows a site's latest analysis with its worst speed, its verified plan with its cost, and when it was assessed", async () => {
    expect(analysis.status).toBe('ready');
    expect(plan.status).toBe('ready');
    expect(plan.summary?.verified).toBe(true);
    const home = Home.parse(await viewer.home());
    const row = home.sites.find((s) => s.id === site.id);
    const worst = Math.max(...(analysis.summary ?? []).map((c) => c.maxSpeedKmh));
    expect(worst).toBeGreaterThan(0);
    expect(row).toMatchObject({
      name: 'Grote Markt',
      access: 'owner',
      analysis: { id: analysis.id, status: 'ready', worstSpeedKmh: worst },
      verifiedPlan: { id: plan.id, verified: true, totalCostEur: plan.summary?.totalCostEur },
      latestPlan: { id: plan.id },
      lastAssessedAt: analysis.createdAt,
    });
    const worstClass = analysis.summary?.find((c) => c.maxSpeedKmh === worst)?.class;
    expect(row?.analysis?.worstClass).toBe(worstClass);
    expect(plan.summary?.totalCostEur).toBeGreaterThan(0);
  });

  it("shows another organisation nothing of a site that was not shared with it, and only what was shared", async () => {
    const before = await liege.home();
    expect(before.sites.map((s) => s.id)).not.toContain(site.id);
    expect(JSON.stringify(before)).not.toContain(analysis.id);

    const policeId = (await editor.listOrgs()).find((o) => o.slug === 'nice-police')!.id;
    await editor.share('site', site.id, policeId, 'read');
    const shared = await police.home();
    // The site is shared, its analysis and plan are not: the police see the site without their content.
    expect(shared.sites.find((s) => s.id === site.id)).toMatchObject({
      access: 'read',
      analysis: null,
      verifiedPlan: null,
      latestPlan: null,
      lastAssessedAt: null,
    });
    expect(shared.sharesReceived[0]).toMatchObject({ kind: 'site', id: site.id, name: 'Grote Markt', ownerOrgName: 'Ville de Nice', right: 'read' });
    expect((await liege.home()).sharesReceived.map((s) => s.id)).not.toContain(site.id);
  });

  it('lists the jobs still to finish with the record each computes, and no finished or diagnostic one', async () => {
    // A slow check holds the only job thread, so the analysis started after it stays queued.
    const check = await editor.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000, delayMsPerStep: 1000 } });
    const waiting = await editor.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const home = await viewer.home();
    expect(home.jobs.find((j) => j.id === waiting.jobId)).toMatchObject({
      kind: 'vehicle.threat',
      status: 'queued',
      record: { kind: 'threat-analysis', id: waiting.id, name: waiting.name },
    });
    expect(home.jobs.map((j) => j.id)).not.toContain(check.id);
    expect(home.jobs.map((j) => j.id)).not.toContain(analysis.jobId);
    // The site keeps showing its latest ready analysis while a newer one waits.
    expect(home.sites.find((s) => s.id === site.id)?.analysis?.id).toBe(analysis.id);
    await editor.cancelJob(waiting.jobId!);
    await editor.cancelJob(check.id);
  });

  it("shows every member the record changes its own organisation made, without reads, sign-ins or jobs", async () => {
    await editor.updateSite(site.id, { notes: 'Market on Tuesdays' });
    for (const reader of [viewer, admin]) {
      const { activity } = await reader.home();
      expect(activity[0]).toMatchObject({ action: 'update', recordKind: 'site', recordId: site.id, userEmail: 'editor@nice.example.org' });
      expect(activity.filter((e) => !['create', 'update', 'delete'].includes(e.action))).toEqual([]);
      expect(activity.filter((e) => e.recordKind === 'job')).toEqual([]);
      expect(activity.map((e) => Number(e.id))).toEqual([...activity.map((e) => Number(e.id))].sort((a, b) => b - a));
    }
  });

  it("shows no invitation, share or other organisation's change, not even to admins: those stay in the audit log", async () => {
    const since = new Date().toISOString();
    const orgs = await admin.listOrgs();
    const niceId = orgs.find((o) => o.slug === 'nice')!.id;
    const liegeId = orgs.find((o) => o.slug === 'liege')!.id;
    await admin.invite(niceId, { email: 'newcomer@nice.example.org', role: 'editor' });
    await editor.share('site', site.id, liegeId, 'edit');
    await liege.updateSite(site.id, { notes: 'Seen from Liège' });

    for (const reader of [viewer, admin]) {
      const { activity } = await reader.home();
      expect(JSON.stringify(activity)).not.toContain('newcomer@nice.example.org');
      expect(activity.filter((e) => ['invite', 'share', 'unshare', 'role-change', 'member-remove', 'export'].includes(e.action))).toEqual([]);
      expect(activity.filter((e) => e.userEmail === 'admin@liege.example.org')).toEqual([]);
      expect(activity[0]).toMatchObject({ action: 'update', recordId: site.id, userEmail: 'editor@nice.example.org' });
    }
    const { entries } = await admin.audit({ from: since, limit: 100 });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['invite', 'share']));
    expect(entries.find((e) => e.action === 'update' && e.userEmail === 'admin@liege.example.org')).toBeDefined();
    // Liège's own members see their change of the record shared with them.
    expect((await liege.home()).activity[0]).toMatchObject({ action: 'update', recordId: site.id, userEmail: 'admin@liege.example.org' });
  });

  it('audits the reading of sites, analyses and plans, each list as one read', async () => {
    const since = new Date().toISOString();
    await viewer.home();
    const { entries } = await admin.audit({ action: 'read', from: since, limit: 500 });
    const byViewer = entries.filter((e) => e.userEmail === 'viewer@nice.example.org');
    for (const kind of ['site', 'threat-analysis', 'protection-plan', 'job', 'share'])
      expect(byViewer.filter((e) => e.recordKind === kind), kind).toHaveLength(1);
    expect(byViewer.find((e) => e.recordKind === 'threat-analysis')?.detail).toMatch(/^list of \d+$/);
  });
});
