import type { Site, ThreatAnalysis } from '@pactesur/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const VIEWER = 'viewer@nice.example.org';
const MUNICH = 'editor@muenchen.example.org';

const run = new BrowserRun();
let grote: Site;
let marienplatz: Site;
let analysis: ThreatAnalysis;

beforeAll(async () => {
  await run.start();
  const editor = await run.client(EDITOR);
  grote = await registerSite(editor, sharedExtract('breda-grote-markt.osm'), 'Grote Markt');
  analysis = await editor.startThreatAnalysis(grote.id, { classes: ['car'], sensitivity: false });
  await editor.createBriefing({ title: 'Market day', body: 'Barriers at the north entrance.' });
  // München shares its Marienplatz with Nice for reading only.
  const munich = await run.client(MUNICH);
  marienplatz = await registerSite(munich, sharedExtract('munich-marienplatz.osm'), 'Marienplatz');
  const nice = (await editor.listOrgs()).find((o) => o.slug === 'nice');
  await munich.share('site', marienplatz.id, nice?.id ?? '', 'read');
});
afterAll(() => run.finish());

/** The actions a page offers, by their visible names. */
async function offered(page: Page, names: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of names)
    if (
      (await page
        .getByRole('link', { name, exact: true })
        .or(page.getByRole('button', { name, exact: true }))
        .count()) > 0
    )
      found.push(name);
  return found;
}

const SITE_ACTIONS = ['New analysis', 'New plan', 'New simulation', 'Edit the site', 'Delete site'];

async function openSite(page: Page, site: Site): Promise<void> {
  await page.goto(`/sites/${site.id}`);
  await page.getByRole('heading', { level: 1, name: site.name }).waitFor();
  await page.getByTestId('crowd-section').waitFor();
}

describe('actions shown by role and share', () => {
  it('shows an editor of the owner every action on a site', async () => {
    const { page } = await run.tab();
    await signIn(page, EDITOR, '/sites');
    await openSite(page, grote);
    expect(await offered(page, SITE_ACTIONS)).toEqual(SITE_ACTIONS);
  });

  it('hides every create, edit and delete action from a viewer', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, VIEWER, '/sites');
    await page.getByRole('heading', { level: 1, name: 'Public spaces' }).waitFor();
    expect(await offered(page, ['Import from OpenStreetMap'])).toEqual([]);
    await openSite(page, grote);
    expect(await offered(page, SITE_ACTIONS)).toEqual([]);
    // Nor disabled: not there at all.
    expect(await page.locator('button[disabled]').count()).toBe(0);

    await page.goto(`/threats/${analysis.id}`);
    await page.getByRole('heading', { level: 1, name: analysis.name }).waitFor();
    expect(await offered(page, ['Delete analysis'])).toEqual([]);

    await page.goto('/briefings');
    await page.getByRole('heading', { level: 1, name: 'Briefings' }).waitFor();
    expect(await offered(page, ['New briefing'])).toEqual([]);

    await page.goto('/jobs');
    await page.getByTestId('jobs').waitFor();
    expect(await page.getByTestId('jobs').getByRole('button').count()).toBe(0);
  });

  it('hides changes to a site shared for reading, and keeps what the services allow', async () => {
    const { page } = await run.tab();
    await signIn(page, EDITOR, '/sites');
    await openSite(page, marienplatz);
    await page.getByText('Read only').first().waitFor();
    // Analyses of a site one can read are one's own records; a plan needs a site one may edit.
    expect(await offered(page, SITE_ACTIONS)).toEqual(['New analysis', 'New simulation']);
  });
});
