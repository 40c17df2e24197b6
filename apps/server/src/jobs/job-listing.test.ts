import type { PactesurClient } from '@pactesur/api-client';
import { Job as JobSchema, type Job, type Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { importExtract, registerSite } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';
import type { JobRow } from '../db/schema.ts';
import { jobOf } from './job-repository.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let analyst: PactesurClient;
let admin: PactesurClient;
let liege: PactesurClient;
let liegeOrgId: string;
let site: Site;

const finished = (j: Job) => j.status === 'succeeded' || j.status === 'failed' || j.status === 'cancelled';

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, analyst, admin, liege] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('analyst@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  liegeOrgId = (await liege.session()).activeOrgId ?? '';
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
});
afterAll(() => platform.close());

describe('the job listing', () => {
  it('names the record each job computed: the site of an import, the analysis of a threat job', async () => {
    const analysis = await analyst.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const jobs = await analyst.listJobs();
    for (const job of jobs) JobSchema.parse(job);
    const threatJob = jobs.find((j) => j.id === analysis.jobId);
    expect(threatJob?.kind).toBe('vehicle.threat');
    expect(threatJob?.record).toEqual({ kind: 'threat-analysis', id: analysis.id, name: analysis.name });
    const importJob = jobs.find((j) => j.kind === 'osm.import-extract');
    expect(importJob?.record).toEqual({ kind: 'site', id: site.id, name: 'Grote Markt' });
    expect((await analyst.getJob(analysis.jobId ?? '')).record).toEqual(threatJob?.record);
  });

  it('audits the records it names: one read per kind in a list, the record itself for one job', async () => {
    const analysis = await analyst.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const since = new Date().toISOString();
    const jobs = await analyst.listJobs();
    const named = new Map<string, number>();
    for (const job of jobs) if (job.record) named.set(job.record.kind, (named.get(job.record.kind) ?? 0) + 1);
    expect([...named.keys()].sort()).toEqual(['site', 'threat-analysis']);
    const reads = async (from: string) =>
      (await admin.audit({ action: 'read', from, limit: 500 })).entries.filter((e) => e.userEmail === 'analyst@nice.example.org');
    const listed = await reads(since);
    for (const [kind, n] of named)
      expect(listed.filter((e) => e.recordKind === kind).map((e) => e.detail), kind).toEqual([`list of ${n}`]);

    const before = new Date().toISOString();
    await analyst.getJob(analysis.jobId ?? '');
    expect((await reads(before)).filter((e) => e.recordKind === 'threat-analysis')).toMatchObject([
      { recordId: analysis.id, ownerOrgId: analysis.ownerOrgId },
    ]);
  });

  it("names an import's own site, never one another organisation registered first from the shared extract", async () => {
    const extract = await importExtract(editor, 'breda-grote-markt.osm');
    const candidate = extract.candidates.findIndex((c) => c.name === 'Grote Markt');
    await editor.share('extract', extract.id, liegeOrgId, 'read');
    const theirs = await liege.createSite({ extractId: extract.id, candidate, name: 'Grote Markt in Liège' });
    const recordOfImport = async () => (await editor.listJobs()).find((j) => j.id === extract.jobId)?.record;
    expect(await recordOfImport()).toEqual({ kind: 'extract', id: extract.id, name: extract.filename });
    const ours = await editor.createSite({ extractId: extract.id, candidate });
    expect(await recordOfImport()).toEqual({ kind: 'site', id: ours.id, name: 'Grote Markt' });
    expect(JSON.stringify(await editor.listJobs())).not.toContain(theirs.id);
  });

  it('keeps naming the record in every event of the live stream, not only the first', async () => {
    const plan = await editor.startProtectionPlan(site.id, { classes: ['car'], osmStations: false, name: 'Grote Markt — streamed' });
    const text = await (await editor.openJobEvents(plan.jobId ?? '')).text();
    const events = text
      .split('\n\n')
      .map((block) => block.split('\n').find((l) => l.startsWith('data:'))?.slice(5))
      .filter((data): data is string => data !== undefined)
      .map((data) => JobSchema.parse(JSON.parse(data)));
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)?.status).toBe('succeeded');
    for (const job of events) expect(job.record).toEqual({ kind: 'protection-plan', id: plan.id, name: 'Grote Markt — streamed' });
  }, 120_000);

  it('lists no diagnostic job unless asked for', async () => {
    const check = await analyst.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000 } });
    expect((await analyst.listJobs()).map((j) => j.id)).not.toContain(check.id);
    expect((await analyst.listJobs()).some((j) => j.kind.startsWith('diagnostic.'))).toBe(false);
    expect((await analyst.listJobs({ diagnostic: true })).map((j) => j.id)).toContain(check.id);
    expect((await analyst.getJob(check.id)).id).toBe(check.id);
  });

  it('shows another organisation the record only when that record is shared with it too', async () => {
    const analysis = await analyst.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const jobId = analysis.jobId ?? '';
    await editor.share('job', jobId, liegeOrgId, 'read');
    const seen = (await liege.listJobs()).find((j) => j.id === jobId);
    expect(seen?.record).toBeNull();
    expect((await liege.getJob(jobId)).record).toBeNull();
    await editor.share('threat-analysis', analysis.id, liegeOrgId, 'read');
    expect((await liege.listJobs()).find((j) => j.id === jobId)?.record).toEqual({
      kind: 'threat-analysis',
      id: analysis.id,
      name: analysis.name,
    });
  });

  it('says that a plan job found no plan possible, with the reason, instead of only "succeeded"', async () => {
    const plan = await editor.startProtectionPlan(site.id, {
      classes: ['car'],
      osmStations: false,
      budgetEur: 1,
      name: 'Grote Markt — one euro',
    });
    const job = await waitFor(() => editor.getJob(plan.jobId ?? ''), finished, ANALYSIS_WAIT_MS);
    expect(job.status).toBe('succeeded');
    expect(job.infeasible?.constraint).toBe('budget');
    expect(job.infeasible?.reason).toMatch(/budget/);
    expect(job.record).toEqual({ kind: 'protection-plan', id: plan.id, name: 'Grote Markt — one euro' });
  }, 120_000);
});

describe('jobOf', () => {
  const row = (over: Partial<JobRow>): JobRow => ({
    id: 'j',
    kind: 'protect.plan',
    owner_org_id: 'o',
    created_by: null,
    attachment_key: null,
    input: {},
    status: 'succeeded',
    progress: 1,
    message: null,
    result: null,
    error: null,
    attempts: 1,
    max_attempts: 3,
    cancel_requested: false,
    worker_id: null,
    heartbeat_at: null,
    created_at: new Date(0),
    started_at: null,
    finished_at: null,
    ...over,
  });

  it('finds an impossible plan in a plan job’s result, and nowhere else', () => {
    const infeasible = {
      feasible: false,
      reason: 'no product stops artic-40t',
      constraint: 'class:artic-40t',
      classes: [],
    };
    expect(jobOf(row({ result: infeasible })).infeasible).toEqual({
      reason: 'no product stops artic-40t',
      constraint: 'class:artic-40t',
    });
    expect(jobOf(row({ result: { feasible: true } })).infeasible).toBeNull();
    expect(jobOf(row({ kind: 'vehicle.threat', result: infeasible })).infeasible).toBeNull();
    expect(jobOf(row({ status: 'running', result: null })).infeasible).toBeNull();
  });
});
