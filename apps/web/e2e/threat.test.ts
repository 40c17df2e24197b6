import type { Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import {
  BrowserRun,
  expectMapDrawn,
  loadedMap,
  openSiteSection,
  progressBarsSeen,
  registerSite,
  sharedExtract,
  VEHICLE_CLASSES,
  vehicleClassBox,
  watchProgressBars,
} from './scenario.ts';

const ANALYST = 'analyst@nice.example.org';
const EDITOR = 'editor@nice.example.org';
/** Monaco-Ville, the stand-in for Nice next door. */
const MONACO = sharedExtract('monaco-ville-port-hercule.osm');

const run = new BrowserRun();
let site: Site;

/**
 * A site of Nice drawn from a real extract: a demo site when the demo data has one, else Place du Palais
 * registered from the Monaco-Ville extract through the API (the browser import is tested in `register.test.ts`).
 */
async function niceSite(): Promise<Site> {
  const api = await run.client(EDITOR);
  const existing = (await api.listSites()).find((s) => s.extractId !== null && s.access === 'owner');
  if (existing) return existing;
  return registerSite(api, MONACO, 'Place du Palais', {
    dataDate: '2026-03-10',
    eventOccupancy: 4000,
  });
}

beforeAll(async () => {
  await run.start();
  site = await niceSite();
});

afterAll(() => run.finish());

describe('vehicle threat analysis in Chromium', () => {
  it('starts an analysis of the site outline, follows it, then shows and exports the entries', async () => {
    const { page } = await run.tab({ watchConsole: true });
    // Every progress bar ever shown, however briefly.
    await watchProgressBars(page);

    // The analyst opens the site from the register and starts a new analysis.
    await signIn(page, ANALYST, '/sites');
    const section = await openSiteSection(page, site.name, 'threat-section', 'Vehicle threat');
    await section.getByRole('link', { name: 'New analysis' }).click();
    await page
      .getByRole('heading', { level: 1, name: `New vehicle threat analysis of ${site.name}` })
      .waitFor();

    // Defaults: the six classes checked, 3 m, the sensitivity band, the site outline as the zone.
    for (const label of VEHICLE_CLASSES) expect(await vehicleClassBox(page, label).isChecked()).toBe(true);
    expect(await page.getByLabel('Perimeter point spacing (m)').inputValue()).toBe('3');
    expect(await page.getByRole('checkbox', { name: 'Sensitivity band' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'The site outline' }).isChecked()).toBe(true);
    await loadedMap(page, 'zone-map').waitFor({ timeout: 30_000 });
    await page.getByLabel('Name of the analysis').fill(`${site.name} — festival night`);
    await page.getByRole('button', { name: 'Start the analysis' }).click();

    // Its page: the progress while it runs, then the results.
    await page.getByRole('heading', { level: 1, name: `${site.name} — festival night` }).waitFor();
    const entries = page.getByTestId('threat-entries');
    await entries.waitFor({ timeout: 90_000 });
    expect(await progressBarsSeen(page)).toContain('threat-progress');
    const rows = entries.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^\d+\s?km\/h$/);

    // The map: canvas, perimeter points drawn, the OpenStreetMap attribution.
    await expectMapDrawn(page, 'threat-map');
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
