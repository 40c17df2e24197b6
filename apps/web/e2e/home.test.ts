import type { PactesurClient } from '@pactesur/api-client';
import type { Briefing, Organisation, ProtectionPlan, Site, ThreatAnalysis } from '@pactesur/contracts';
import { ANALYSIS_WAIT_MS, waitFor } from '@pactesur/server/test/wait-for';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const run = new BrowserRun();
let editor: PactesurClient;
let site: Site;
let analysis: ThreatAnalysis;
let plan: ProtectionPlan;
let briefing: Briefing;
let liege: Organisation;

beforeAll(async () => {
  await run.start();
  editor = await run.client('editor@nice.example.org');
  site = await registerSite(editor, sharedExtract('breda-grote-markt.osm'), 'Grote Markt');
  const started = await editor.startThreatAnalysis(site.id, { classes: ['car', 'van'], sensitivity: false });
  analysis = await waitFor(() => editor.getThreatAnalysis(started.id), (t) => t.status !== 'processing', ANALYSIS_WAIT_MS);
  const solving = await editor.startProtectionPlan(site.id, { classes: ['car'], osmStations: false });
  plan = await waitFor(() => editor.getProtectionPlan(solving.id), (p) => p.status !== 'processing', ANALYSIS_WAIT_MS);

  // Liège shares a briefing with Nice: it waits on Nice's home page.
  const partner = await run.client('admin@liege.example.org');
  const orgs = await partner.listOrgs();
  liege = orgs.find((o) => o.slug === 'liege')!;
  briefing = await partner.createBriefing({ title: 'Outremeuse festival — shared lessons', body: 'Barrier lines on the bridges.' });
  await partner.share('briefing', briefing.id, orgs.find((o) => o.slug === 'nice')!.id, 'read');
});
afterAll(() => run.finish());

describe('the home page of a city', () => {
  it("shows the sites' state of protection, what waits for the user and recent activity, inside their cards", async () => {
    expect(analysis.status).toBe('ready');
    expect(plan.summary?.verified).toBe(true);

    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, 'admin@nice.example.org');
    await page.getByRole('heading', { level: 1, name: 'Ville de Nice' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sites and their protection' }).waitFor();

    const row = page.getByTestId('home-sites').locator(`tr[data-site-id="${site.id}"]`);
    expect(await row.getByRole('link', { name: 'Grote Markt', exact: true }).getAttribute('href')).toBe(`/sites/${site.id}`);
    const speed = row.locator('[data-column="analysis"] a');
    expect(await speed.getAttribute('href')).toBe(`/threats/${analysis.id}`);
    expect(await speed.textContent()).toMatch(/^\d+\s?km\/h \((Car|Van)\)$/);
    expect(await row.locator('[data-column="plan"] a').getAttribute('href')).toBe(`/protection/${plan.id}`);
    expect(await row.locator('[data-column="verification"]').textContent()).toBe('Verified');
    expect(await row.locator('[data-column="cost"]').textContent()).toMatch(/€/);
    expect(await row.locator('[data-column="assessed"]').textContent()).not.toBe('Never');

    // Every job has finished: nothing runs (the server's tests cover running jobs and their records).
    expect(await page.getByTestId('home-waiting').getByText('No job is running.').count()).toBe(1);
    const shares = page.getByTestId('home-shares');
    const shared = shares.getByRole('link', { name: 'Briefing: Outremeuse festival — shared lessons' });
    expect(await shared.getAttribute('href')).toBe(`/briefings/${briefing.id}`);
    expect(await shares.locator('li').first().textContent()).toContain(`from ${liege.name}`);
    const created = page.getByTestId('home-activity').locator('tr[data-action="create"]').filter({ hasText: 'Site' });
    expect(await created.first().getByRole('link', { name: 'Site' }).getAttribute('href')).toBe(`/sites/${site.id}`);
    expect(await page.getByTestId('home-activity').locator('tr[data-action="read"]').count()).toBe(0);

    // Every table is readable inside its card: nothing wider than its box.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.card, .table-scroll')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className),
    );
    expect(overflowing).toEqual([]);
    await page.screenshot({ path: '/tmp/pactesur-home.png', fullPage: true });
  });

  it('keeps every other page reachable from the navigation, and speaks French', async () => {
    const { page } = await run.tab();
    await signIn(page, 'admin@nice.example.org');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(['Home', 'Network', 'Practices', 'Training', 'Organisation', 'Members', 'Alerts', 'Reports', 'Assessments', 'Events', 'Exercises', 'Briefings', 'Sites', 'Jobs', 'Audit log', 'Webhooks']);
    expect(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');

    await nav.getByRole('link', { name: 'Network' }).click();
    await page.getByRole('heading', { level: 1, name: 'PACTESUR 2' }).waitFor();
    await nav.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sites and their protection' }).waitFor();

    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('heading', { level: 2, name: 'Les sites et leur protection' }).waitFor();
    const row = page.getByTestId('home-sites').locator(`tr[data-site-id="${site.id}"]`);
    expect(await row.locator('[data-column="verification"]').textContent()).toBe('Vérifié');
    expect(await page.getByRole('heading', { level: 2, name: 'Ce qui vous attend' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Activité récente' }).count()).toBe(1);
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Sites and their protection' }).waitFor();
  });
});
