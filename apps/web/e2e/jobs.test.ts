import type { PactesurClient } from '@pactesur/api-client';
import type { Job, ProtectionPlan, Site, ThreatAnalysis } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const run = new BrowserRun();
let api: PactesurClient;
let site: Site;
let analysis: ThreatAnalysis;
let plan: ProtectionPlan;

async function finished(jobId: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = await api.getJob(jobId);
    if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${jobId} did not finish`);
}

beforeAll(async () => {
  await run.start();
  api = await run.client(EDITOR);
  site = await registerSite(api, sharedExtract('breda-grote-markt.osm'), 'Grote Markt');
  analysis = await api.startThreatAnalysis(site.id, {
    classes: ['car'],
    sensitivity: false,
    name: 'Grote Markt — cars',
  });
  // A budget no plan can keep: the plan job succeeds with the answer "no plan possible".
  plan = await api.startProtectionPlan(site.id, {
    classes: ['car'],
    osmStations: false,
    budgetEur: 1,
    name: 'Grote Markt — one euro',
  });
  // A check of the job system itself, as an operator would start it: never shown on the page.
  const check = await api.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000 } });
  await Promise.all([finished(analysis.jobId ?? ''), finished(plan.jobId ?? ''), finished(check.id)]);
});
afterAll(() => run.finish());

describe('the Jobs page', () => {
  it('names each job in words, says its outcome and links to the record it computed', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, EDITOR, '/jobs');
    const table = page.getByTestId('jobs');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const text = await table.innerText();
    expect(text).not.toMatch(/prime|diagnostic|vehicle\.threat|protect\.plan|osm\.import|[{}]/);

    const planRow = rows.filter({ hasText: 'Grote Markt — one euro' });
    expect(await planRow.locator('th').innerText()).toBe('Protection plan');
    expect(await planRow.locator('.badge').innerText()).toBe('No plan possible');
    expect(await planRow.locator('.outcome').innerText()).toMatch(/^No plan possible: .*budget/);
    expect(await planRow.innerText()).not.toContain('Succeeded');

    const importRow = rows.filter({ hasText: 'Extract import' });
    expect(await importRow.getByTestId('job-record').innerText()).toBe('Grote Markt');
    expect(await importRow.locator('.outcome').innerText()).toBe('Finished: the result is ready.');

    const threatRow = rows.filter({ hasText: 'Vehicle threat analysis' });
    expect(
      await threatRow
        .getByRole('progressbar', { name: 'Progress of job Vehicle threat analysis' })
        .getAttribute('value'),
    ).toBe('100');
    await threatRow.getByRole('link', { name: 'Grote Markt — cars' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grote Markt — cars' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/threats/${analysis.id}`);

    await page.goBack();
    await page.getByTestId('jobs').getByRole('link', { name: 'Grote Markt — one euro' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grote Markt — one euro' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/protection/${plan.id}`);

    await page.goBack();
    await page.getByTestId('jobs').getByRole('link', { name: 'Grote Markt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Grote Markt' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/sites/${site.id}`);
  });

  it('follows a job live and cancels one that waits', async () => {
    // Two slow checks of the job system fill both worker threads, so the analyses started next wait.
    const checks = [];
    for (let i = 0; i < 2; i++)
      checks.push(
        await api.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000, delayMsPerStep: 1000 } }),
      );
    const waits = [];
    for (let i = 1; i <= 2; i++)
      waits.push(
        await api.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false, name: `Waits ${i}` }),
      );
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, EDITOR, '/jobs');
    const rows = page.getByTestId('jobs').locator('tbody tr');
    const second = rows.filter({ hasText: 'Waits 2' });
    await second.and(page.locator('[data-status="queued"]')).waitFor();
    expect(await second.locator('.outcome').innerText()).toBe('Waiting for a free worker.');
    await second.getByRole('button', { name: 'Cancel job Vehicle threat analysis' }).click();
    await second.and(page.locator('[data-status="cancelled"]')).waitFor();
    expect(await second.locator('.outcome').innerText()).toBe('Cancelled before it finished.');
    expect(await second.getByRole('button').count()).toBe(0);

    // Once the threads are free, the first runs; the page follows it live to its end.
    const first = rows.filter({ hasText: 'Waits 1' });
    expect(await first.getAttribute('data-status')).toBe('queued');
    for (const check of checks) await api.cancelJob(check.id);
    await first.and(page.locator('[data-status="succeeded"]')).waitFor({ timeout: 60_000 });
    expect(await first.getByRole('progressbar').getAttribute('value')).toBe('100');
    expect(await first.locator('.outcome').innerText()).toBe('Finished: the result is ready.');
    expect(await first.getByTestId('job-record').getAttribute('href')).toBe(`/threats/${waits[0]?.id}`);
  }, 120_000);
});
