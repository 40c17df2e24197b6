import type { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import {
  BrowserRun,
  expectMapDrawn,
  loadedMap,
  openSiteSection,
  registerSite,
  sharedExtract,
  VEHICLE_CLASSES,
  vehicleClassBox,
} from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const SITE_NAME = 'Place du Palais';
/** Monaco-Ville, the stand-in for Nice next door. */
const MONACO = sharedExtract('monaco-ville-port-hercule.osm');

const run = new BrowserRun();
let site: Site;
/** The same editor through the API, to read what the page shows. */
let api: PactesurClient;

/**
 * Place du Palais in Monaco-Ville as the demo editor of Nice sees it: the demo site when the demo data has
 * it, else registered from the Monaco-Ville extract through the API.
 */
async function placeDuPalais(): Promise<Site> {
  const existing = (await api.listSites()).find((s) => s.name === SITE_NAME && s.access !== 'read');
  if (existing) return existing;
  return registerSite(api, MONACO, SITE_NAME, { dataDate: '2026-03-10', eventOccupancy: 4000 });
}

/** The euros of a cell ("€32,500" → 32500). */
const euros = async (cell: Locator): Promise<number> =>
  Number((await cell.innerText()).replace(/[^\d]/g, ''));

beforeAll(async () => {
  await run.start();
  api = await run.client(EDITOR);
  site = await placeDuPalais();
});

afterAll(() => run.finish());

describe('protection plans in Chromium', () => {
  it('plans the protection of a site, changes it into a scenario and compares the two', async () => {
    const { page } = await run.tab({ watchConsole: true });

    // The editor opens the site from the register and starts a new plan.
    await signIn(page, EDITOR, '/sites');
    const section = await openSiteSection(page, site.name, 'protection-section', 'Protection plans');
    await section.getByRole('link', { name: 'New plan' }).click();
    await page.getByRole('heading', { level: 1, name: `New protection plan for ${site.name}` }).waitFor();

    // Defaults: the classes the catalogue can stop; the 40 t truck, which none stops, unticked with the
    // reason in words. Only the car is kept, OSM stations off.
    await page.getByText(/No barrier in the catalogue is tested with a vehicle as heavy as the Articulated truck 40 t/).waitFor();
    await page.getByText(/the heaviest test vehicle is 30\s*t\b/).waitFor();
    for (const label of VEHICLE_CLASSES.slice(0, -1)) expect(await vehicleClassBox(page, label).isChecked()).toBe(true);
    expect(await vehicleClassBox(page, 'Articulated truck 40 t').isChecked()).toBe(false);
    for (const label of VEHICLE_CLASSES.slice(1, -1)) await vehicleClassBox(page, label).uncheck();
    const osm = page.getByRole('checkbox', {
      name: 'Fire, ambulance and police stations from OpenStreetMap',
    });
    expect(await osm.isChecked()).toBe(true);
    await osm.uncheck();
    expect(await page.getByRole('radio', { name: 'The site outline' }).isChecked()).toBe(true);
    await loadedMap(page, 'zone-map').waitFor({ timeout: 30_000 });
    // A station placed by a click on its map, then removed again.
    const stations = loadedMap(page, 'stations-map');
    await stations.waitFor({ timeout: 30_000 });
    await stations.click({ position: { x: 40, y: 40 } });
    await page.getByTestId('station-count').getByText('Stations placed: 1').waitFor();
    await page.getByTestId('station-list').getByRole('button', { name: 'Remove Station 1' }).click();
    await page.getByTestId('station-count').getByText('Stations placed: 0').waitFor();
    await page.screenshot({ path: '/tmp/pactesur-protect-new.png', fullPage: true });
    const name = `${site.name} — cars`;
    await page.getByLabel('Name of the plan').fill(name);
    await page.getByRole('button', { name: 'Work out the plan' }).click();

    // Its page: ready, with its measures; the total is the sum of the rows.
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const parentId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(parentId).toMatch(/^[0-9a-f-]{36}$/);
    const measures = page.getByTestId('measures');
    await measures.waitFor({ timeout: 90_000 });
    const rows = measures.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    let sum = 0;
    for (let i = 0; i < count; i++) sum += await euros(rows.nth(i).getByTestId('measure-cost'));
    expect(await euros(page.getByTestId('measures-total-cost'))).toBe(sum);
    expect(sum).toBeGreaterThan(0);

    // The verification passed.
    const verdict = page.getByTestId('plan-verdict');
    expect(await verdict.getAttribute('data-passed')).toBe('true');
    expect(await verdict.innerText()).toMatch(/Passed/);

    // The map: canvas, lines drawn, the OpenStreetMap attribution.
    const map = await expectMapDrawn(page, 'protection-map');
    const canvas = map.locator('canvas.maplibregl-canvas');
    await page.screenshot({ path: '/tmp/pactesur-protect.png', fullPage: true });

    // The exports answer: GeoJSON lines, the CSV bill of quantities, the PDF report.
    for (const [format, type] of [
      ['geojson', 'geo+json'],
      ['csv', 'text/csv'],
      ['pdf', 'application/pdf'],
    ] as const) {
      const href = await page.getByTestId(`export-${format}`).getAttribute('href');
      const answer = await page.request.get(href ?? '');
      expect(answer.status(), format).toBe(200);
      expect(answer.headers()['content-type']).toContain(type);
    }

    // Choosing the first line shows its popup; it is locked from there.
    const product = await rows.first().getByTestId('measure-product').innerText();
    await rows.first().getByRole('button', { name: 'Show line 1 on the map' }).click();
    await page.getByRole('status').filter({ hasText: 'Line 1 is shown on the map' }).waitFor();
    const popup = page.getByTestId('measure-popup');
    await popup.waitFor();
    expect(await popup.innerText()).toContain(product);
    await popup.getByRole('button', { name: 'Lock this line' }).click();
    const pending = page.getByTestId('pending-edits');
    await pending.getByText(/^Keep line 1:/).waitFor();

    // "Forbid here", then a click on the map where line 2 stands (choosing it in the table frames the map on it).
    expect(count).toBeGreaterThan(1);
    const result = await api.protectionPlanResult(parentId);
    const second = result.feasible ? result.measures[1]?.at : undefined;
    if (!second) throw new Error('The plan has no second line.');
    await rows.nth(1).getByRole('button', { name: 'Show line 2 on the map' }).click();
    const offCentre = async () => {
      const [lon = NaN, lat = NaN] = ((await map.getAttribute('data-centre')) ?? '').split(',').map(Number);
      return Math.hypot(lon - second[0], lat - second[1]);
    };
    await expect.poll(offCentre, { timeout: 15_000 }).toBeLessThan(1e-5);
    await page.getByRole('button', { name: 'Forbid here' }).click();
    await page.getByTestId('forbid-mode').getByText('Click on the map where no barrier may go.').waitFor();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('The map has no canvas.');
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await pending.getByText(/^No barrier near place 1/).waitFor();
    await page.screenshot({ path: '/tmp/pactesur-protect-edits.png' });

    // Re-optimise: the scenario's page opens and links to its parent.
    await page.getByRole('button', { name: 'Re-optimise' }).click();
    const scenario = `${name} (re-optimised)`;
    await page.getByRole('heading', { level: 1, name: scenario }).waitFor();
    const scenarioId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(scenarioId).not.toBe(parentId);
    const parentLink = page.getByTestId('parent-link');
    expect(await parentLink.getAttribute('href')).toBe(`/protection/${parentId}`);
    await parentLink.getByText(name, { exact: true }).waitFor();
    await page.getByTestId('measures').waitFor({ timeout: 90_000 });
    expect(
      await page.getByTestId('measures').locator('tbody tr').filter({ hasText: 'locked' }).count(),
    ).toBeGreaterThan(0);

    // Both plans ticked on the site page, compared side by side.
    await page.getByRole('link', { name: `← ${site.name}` }).click();
    const list = page.getByTestId('protection-plans');
    await list
      .locator('tbody tr')
      .filter({ hasText: scenario })
      .getByText('Ready')
      .waitFor({ timeout: 30_000 });
    await list.getByRole('checkbox', { name: `Compare ${name}`, exact: true }).check();
    await list.getByRole('checkbox', { name: `Compare ${scenario}`, exact: true }).check();
    await page.getByRole('button', { name: 'Compare the ticked plans (2)' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Protection plans of ${site.name} side by side` })
      .waitFor();
    const compare = page.getByTestId('plan-compare');
    await compare.waitFor();
    expect(await compare.locator('thead th[scope="col"]').count()).toBe(2);
    const columns = compare.locator('thead th[scope="col"]');
    expect(await columns.getByRole('link').allTextContents()).toEqual([name, scenario]);
    expect(await columns.nth(1).textContent()).toContain(`Re-optimised from ${name}`);
    const cost = compare.locator('tbody tr').filter({ hasText: /^Cost/ });
    expect(await cost.locator('td').count()).toBe(2);
    expect(await euros(cost.locator('td').first())).toBe(sum);
    await page.screenshot({ path: '/tmp/pactesur-protect-compare.png', fullPage: true });
  });

  it('shows plainly why no plan is possible for the heaviest truck', async () => {
    const { page } = await run.tab();
    const started = await api.startProtectionPlan(site.id, {
      name: `${site.name} — articulated trucks`,
      classes: ['artic-40t'],
      osmStations: false,
    });
    await signIn(page, EDITOR, `/protection/${started.id}`);
    await page.getByRole('heading', { level: 1, name: started.name }).waitFor();
    const infeasible = page.getByTestId('plan-infeasible');
    await infeasible.waitFor({ timeout: 90_000 });
    expect(await infeasible.getAttribute('role')).toBe('alert');
    await infeasible.getByRole('heading', { name: 'No plan meets every requirement' }).waitFor();
    expect((await page.getByTestId('plan-reason').innerText()).length).toBeGreaterThan(10);
    // Where the truck comes in is on the map, in words a person reads: no internal id anywhere.
    const approach = page.getByTestId('plan-approach');
    await approach.getByText(/The map shows the way of the Articulated truck 40 t into the zone/).waitFor();
    await loadedMap(page, 'protection-map').waitFor({ timeout: 30_000 });
    expect(await page.locator('main').innerText()).not.toMatch(/\b(gap|edge|head)-\d+/);
    expect(await page.getByTestId('measures').count()).toBe(0);
    await page.getByText('No plan possible').first().waitFor();
    await page.screenshot({ path: '/tmp/pactesur-protect-infeasible.png', fullPage: true });
  });
});
