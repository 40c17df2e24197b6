import { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import type { Listening } from '@pactesur/server';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchChromium, openTab, signIn, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';

const ANALYST = 'analyst@nice.example.org';
const EDITOR = 'editor@nice.example.org';
/** Real OpenStreetMap data beside the repository (`../shared`): Monaco-Ville, the stand-in for Nice next door. */
const MONACO = fileURLToPath(
  new URL('../../../../shared/data/osm/monaco-ville-port-hercule.osm', import.meta.url),
);

let server: Listening;
let browser: Browser;
let site: Site;
const tabs: Tab[] = [];
/** Errors the page logged (an invalid map style is logged, not thrown). */
const consoleErrors: string[] = [];

/**
 * A site of Nice drawn from a real extract: a demo site when the demo data has one, else Place du Palais
 * registered from the Monaco-Ville extract through the API (the browser import is tested in `register.test.ts`).
 */
async function niceSite(url: string): Promise<Site> {
  const api = new PactesurClient({ baseUrl: url, cookieJar: true });
  await api.signIn({ email: EDITOR, password: DEMO_PASSWORD });
  const existing = (await api.listSites()).find((s) => s.extractId !== null && s.access === 'owner');
  if (existing) return existing;
  let extract = await api.uploadExtract('monaco-ville-port-hercule.osm', readFileSync(MONACO), '2026-03-10');
  for (let i = 0; extract.status === 'processing' && i < 240; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    extract = await api.getExtract(extract.id);
  }
  if (extract.status !== 'ready') throw new Error(`The Monaco extract did not import: ${extract.error}`);
  const candidate = extract.candidates.findIndex((c) => c.name === 'Place du Palais');
  if (candidate < 0) throw new Error('The Monaco extract suggests no Place du Palais.');
  return api.createSite({ extractId: extract.id, candidate, eventOccupancy: 4000 });
}

beforeAll(async () => {
  if (!existsSync(MONACO)) throw new Error(`The shared OSM extract is missing: ${MONACO}`);
  [server, browser] = await Promise.all([startWebPlatform(), launchChromium()]);
  site = await niceSite(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(tabs.flatMap((t) => t.pageErrors)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

describe('vehicle threat analysis in Chromium', () => {
  it('starts an analysis of the site outline, follows it, then shows and exports the entries', async () => {
    const tab = await openTab(browser, server.url);
    tabs.push(tab);
    const { page } = tab;
    page.on('console', (message) => {
      // A signed-out start asks for the session and is answered 401, which the browser logs.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        consoleErrors.push(message.text());
    });
    // Every progress bar ever shown, however briefly.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { progressSeen: Set<string> }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress[data-testid]'))
          seen.add(bar.getAttribute('data-testid') ?? '');
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });

    // The analyst opens the site from the register and starts a new analysis.
    await signIn(page, ANALYST, '/sites');
    await page.getByTestId('sites').getByRole('link', { name: site.name }).click();
    await page.getByRole('heading', { level: 1, name: site.name }).waitFor();
    const section = page.getByTestId('threat-section');
    await section.getByRole('heading', { name: 'Vehicle threat' }).waitFor();
    await section.getByRole('link', { name: 'New analysis' }).click();
    await page
      .getByRole('heading', { level: 1, name: `New vehicle threat analysis of ${site.name}` })
      .waitFor();

    // Defaults: the six classes checked, 3 m, the sensitivity band, the site outline as the zone.
    for (const label of [
      'Car',
      'Pick-up / 4×4',
      'Van',
      'Truck 7.5 t',
      'Truck 18 t',
      'Articulated truck 40 t',
    ])
      expect(
        await page
          .getByRole('checkbox', { name: new RegExp(`^${label.replace(/[./]/g, '\\$&')}\\b`) })
          .isChecked(),
      ).toBe(true);
    expect(await page.getByLabel('Perimeter point spacing (m)').inputValue()).toBe('3');
    expect(await page.getByRole('checkbox', { name: 'Sensitivity band' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'The site outline' }).isChecked()).toBe(true);
    await page.locator('[data-testid="zone-map"][data-map-state="loaded"]').waitFor({ timeout: 30_000 });
    await page.getByLabel('Name of the analysis').fill(`${site.name} — festival night`);
    await page.getByRole('button', { name: 'Start the analysis' }).click();

    // Its page: the progress while it runs, then the results.
    await page.getByRole('heading', { level: 1, name: `${site.name} — festival night` }).waitFor();
    const entries = page.getByTestId('threat-entries');
    await entries.waitFor({ timeout: 90_000 });
    const seen = await page.evaluate(() => [
      ...(window as unknown as { progressSeen: Set<string> }).progressSeen,
    ]);
    expect(seen).toContain('threat-progress');
    const rows = entries.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^\d+\s?km\/h$/);

    // The map: canvas, perimeter points drawn, the OpenStreetMap attribution.
    const map = page.locator('[data-testid="threat-map"][data-map-state="loaded"]');
    await map.waitFor({ timeout: 30_000 });
    const canvas = await map.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas?.width).toBeGreaterThan(300);
    await expect
      .poll(() => map.getAttribute('data-rendered-marks').then(Number), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').waitFor();
    expect(await page.getByTestId('threat-summary').locator('tbody tr').count()).toBe(6);
    await page.screenshot({ path: '/tmp/pactesur-threat.png', fullPage: true });

    // Choosing an entry highlights it: by a click on its row, or Enter on its button.
    await rows.first().locator('td').nth(1).click();
    await page.getByRole('status').filter({ hasText: 'Entry 1 is shown on the map' }).waitFor();
    expect(await rows.first().getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Show the whole zone' }).waitFor();
    if ((await rows.count()) > 1) {
      await rows.nth(1).getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.nth(1).getByRole('button').getAttribute('aria-pressed')).toBe('true');
      expect(await rows.first().getByRole('button').getAttribute('aria-pressed')).toBe('false');
    }
    await page.screenshot({ path: '/tmp/pactesur-threat-entry.png' });

    // The GeoJSON export of the chosen class answers a FeatureCollection.
    const href = await page.getByTestId('export-geojson-class').getAttribute('href');
    expect(href).toMatch(/\/export\.geojson\?class=/);
    const answer = await page.request.get(href ?? '');
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('geo+json');
    const geojson = (await answer.json()) as { type: string; features: unknown[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.length).toBeGreaterThan(0);

    // Back on the site, the list shows the finished analysis.
    await page.getByRole('link', { name: `← ${site.name}` }).click();
    const listed = page
      .getByTestId('threat-analyses')
      .locator('tbody tr')
      .filter({ hasText: 'festival night' });
    await listed.getByText('Ready').waitFor();
    expect(await listed.textContent()).toMatch(/\d\s?km\/h/);
  });
});
