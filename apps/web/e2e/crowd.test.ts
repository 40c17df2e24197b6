import type { LngLat, Site } from '@pactesur/contracts';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const ANALYST = 'analyst@nice.example.org';
/** The Grote Markt of Breda. */
const BREDA = sharedExtract('breda-grote-markt.osm');
/** Padding MapLibre leaves round a fitted outline (`map/siteMap.ts`). */
const FIT_PADDING = 40;

const run = new BrowserRun();
let site: Site;

beforeAll(async () => {
  await run.start();
  // Registered through the API by an editor of Nice (importing through the UI is register.test.ts).
  site = await registerSite(await run.client(EDITOR), BREDA, 'Grote Markt', { eventOccupancy: 1500 });
});

afterAll(() => run.finish());

/** The longest edge of the site's outline: where the exit is drawn. */
function longestEdge(s: Site): [LngLat, LngLat] {
  const ring = s.outline.coordinates[0]?.[0] ?? [];
  let best: [LngLat, LngLat] = [ring[0] as LngLat, ring[1] as LngLat];
  let bestLength = 0;
  const cos = Math.cos(((ring[0]?.[1] ?? 0) * Math.PI) / 180);
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as LngLat;
    const b = ring[i + 1] as LngLat;
    const length = Math.hypot((b[0] - a[0]) * cos, b[1] - a[1]);
    if (length > bestLength) [best, bestLength] = [[a, b], length];
  }
  return best;
}

/**
 * Where a longitude and latitude are on a map framed on the site's outline (fitted with MapLibre's padding,
 * Web Mercator), in pixels from the map's top left corner.
 */
function pixelOn(
  map: { width: number; height: number },
  s: Site,
  [lon, lat]: LngLat,
): { x: number; y: number } {
  const ring = s.outline.coordinates.flatMap((p) => p[0] ?? []);
  const mercY = (deg: number) => Math.log(Math.tan(Math.PI / 4 + (deg * Math.PI) / 360));
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [w, e, s0, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const scale = Math.min(
    (map.width - 2 * FIT_PADDING) / rad(e - w),
    (map.height - 2 * FIT_PADDING) / (mercY(n) - mercY(s0)),
  );
  return {
    x: map.width / 2 + (rad(lon) - rad((w + e) / 2)) * scale,
    y: map.height / 2 - (mercY(lat) - (mercY(n) + mercY(s0)) / 2) * scale,
  };
}

const along = (a: LngLat, b: LngLat, s: number): LngLat => [
  a[0] + (b[0] - a[0]) * s,
  a[1] + (b[1] - a[1]) * s,
];

const numberIn = async (locator: Locator, attribute: string) => Number(await locator.getAttribute(attribute));

describe('crowd simulation in Chromium', () => {
  it('draws an exit on the outline, runs 50 people out of the Grote Markt, plays them back and draws the curve', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, ANALYST, `/sites/${site.id}`);
    await page.getByRole('heading', { level: 1, name: 'Grote Markt' }).waitFor();
    const section = page.getByTestId('crowd-section');
    await section.getByRole('heading', { name: 'Crowd simulation' }).waitFor();
    await section.getByText('No crowd simulation of this site yet.').waitFor();
    await section.getByRole('link', { name: 'New simulation' }).click();

    // The builder: the site map, then one exit drawn by clicking two points near the outline's longest edge.
    await page.getByRole('heading', { level: 1, name: 'New crowd simulation of Grote Markt' }).waitFor();
    const mapBox = page.getByTestId('crowd-exits-map');
    await loadedMap(page, 'crowd-exits-map').waitFor({ timeout: 30_000 });
    await mapBox.scrollIntoViewIfNeeded();
    expect(
      await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').isVisible(),
    ).toBe(true);
    const size = (await mapBox.boundingBox()) ?? { width: 0, height: 0 };
    const [a, b] = longestEdge(site);
    // A few pixels off the edge: each click snaps onto it.
    for (const s of [0.42, 0.58]) {
      const p = pixelOn(size, site, along(a, b, s));
      await mapBox.click({ position: { x: p.x + 3, y: p.y + 2 } });
    }
    await page.getByTestId('crowd-draw-state').filter({ hasText: 'Exits drawn: 1' }).waitFor();
    await expect.poll(() => numberIn(mapBox, 'data-rendered-marks')).toBeGreaterThan(0);
    const exitRow = page.getByTestId('crowd-exit-list').locator('tbody tr');
    expect(await exitRow.count()).toBe(1);
    expect(await page.getByLabel('Name of exit 1').inputValue()).toBe('Exit 1');
    const width = Number(
      (await exitRow.getByTestId('crowd-exit-width').textContent())?.replace(/[^\d.]/g, ''),
    );
    expect(width).toBeGreaterThan(2);
    await page.getByLabel('Name of exit 1').fill('Market gate');
    // The text alternative holds the same exit, snapped onto the edge.
    await page.getByText('Type the exits instead (GeoJSON)').click();
    expect(
      await page.getByLabel('Exits as GeoJSON (LineStrings, longitude and latitude)').inputValue(),
    ).toContain('"id": "Market gate"');
    await page.screenshot({ path: '/tmp/pactesur-crowd-builder.png', fullPage: true });

    await page.getByLabel('Name of the simulation').fill('Market evening, 50 people');
    // The people: the site's registered event occupancy, chosen by default for an evacuation.
    expect(await page.getByLabel('At an event: 1,500 people, as registered for the site').isChecked()).toBe(true);
    await page.getByText('The registered number of people, spread evenly').waitFor();
    await page.getByLabel('By count').check();
    await page.getByLabel('Number of people').fill('50');
    await page.getByLabel('Premovement to (s)').fill('5');
    await page.getByLabel('Longest simulated time (s)').fill('300');
    await page.getByRole('button', { name: 'Start the simulation' }).click();

    // The simulation page: it runs, then shows its figures.
    await page.getByRole('heading', { level: 1, name: 'Market evening, 50 people' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'The simulation Market evening, 50 people has been started.' })
      .waitFor();
    await page.locator('article[data-status="ready"]').waitFor({ timeout: 90_000 });
    const figures = page.getByTestId('crowd-figures');
    const evacuation = figures.locator('[data-figure="evacuation"] dd');
    await evacuation.waitFor();
    const evacuationTime = (await evacuation.textContent()) ?? '';
    expect(evacuationTime).toMatch(/^(\d+ s|\d+ min \d\d s)$/);
    expect(await figures.locator('[data-figure="people"] dd').textContent()).toBe('50 of 50');
    expect(await figures.locator('[data-figure="peak"] dd').textContent()).toMatch(
      /^\d+(\.\d)? persons\/m²$/,
    );

    // Playback: people drawn on the map; playing moves the time slider.
    const map = loadedMap(page, 'crowd-map');
    await map.waitFor({ timeout: 30_000 });
    await expect.poll(() => numberIn(map, 'data-rendered-marks')).toBeGreaterThan(0);
    expect(await page.getByTestId('crowd-density-legend').textContent()).toContain('5 persons/m² and more');
    await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').first().waitFor();
    const slider = page.getByRole('slider', { name: 'Time' });
    expect(Number(await slider.inputValue())).toBe(0);
    await page.getByRole('radio', { name: '×20' }).check();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = Number(await slider.inputValue());
    expect(Number(await page.getByTestId('crowd-inside').textContent())).toBeLessThanOrEqual(50);
    await page.waitForTimeout(500);
    expect(Number(await slider.inputValue())).toBe(paused);
    // The keyboard moves it too.
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('crowd-inside').textContent()).toBe('0');

    // The evacuation curve: an SVG line through every sample, with the playback cursor; the exit's flows.
    const curve = page.getByTestId('crowd-curve');
    expect(await numberIn(curve.locator('svg'), 'data-points')).toBeGreaterThan(2);
    expect(await curve.getByTestId('crowd-curve-line').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+$/,
    );
    // The playback cursor stands at the end of the run, right of the axis.
    const cursor = curve.getByTestId('crowd-curve-cursor');
    await cursor.waitFor({ state: 'attached' });
    expect(await numberIn(cursor, 'x1')).toBeGreaterThan(
      await numberIn(curve.getByTestId('crowd-curve-line'), 'data-x0'),
    );
    const flows = page.getByTestId('crowd-exit-flows').locator('tbody tr');
    expect(await flows.count()).toBe(1);
    expect(await flows.getByRole('rowheader').textContent()).toBe('Market gate');
    expect(await flows.locator('td').nth(1).textContent()).toBe('50');
    await page.getByRole('img', { name: /^Flow through Market gate over time, highest \d/ }).waitFor();
    // An analyst neither deletes nor shares (editors of the owner do).
    expect(await page.getByRole('button', { name: 'Delete simulation' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/pactesur-crowd-simulation.png', fullPage: true });

    // Back on the site page, the list shows it, ready, with its evacuation time.
    await page.getByRole('link', { name: '← Grote Markt' }).click();
    const row = page
      .getByTestId('crowd-simulations')
      .locator('tbody tr')
      .filter({ hasText: 'Market evening, 50 people' });
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('Ready');
    expect(await row.locator('td').nth(2).textContent()).toBe(evacuationTime);
    expect(await row.locator('td').nth(3).textContent()).toBe('50 of 50');
    const simulationPath = await row.getByRole('link').getAttribute('href');

    // An editor of Nice shares it with the police, then deletes it after confirming.
    const editor = (await run.tab()).page;
    await signIn(editor, EDITOR, simulationPath ?? '/');
    await editor.getByRole('heading', { level: 1, name: 'Market evening, 50 people' }).waitFor();
    await editor.getByText('This simulation is not shared with any organisation.').waitFor();
    await editor.getByLabel('Organisation').selectOption({ label: 'Police municipale de Nice' });
    await editor.getByRole('button', { name: 'Share', exact: true }).click();
    await editor
      .getByTestId('shares')
      .getByRole('rowheader', { name: 'Police municipale de Nice' })
      .waitFor();
    await editor.getByRole('button', { name: 'Delete simulation' }).click();
    await editor.getByRole('button', { name: 'Yes, delete Market evening, 50 people' }).click();
    await editor
      .getByRole('status')
      .filter({ hasText: 'The simulation Market evening, 50 people has been deleted.' })
      .waitFor();
    await editor.getByTestId('crowd-section').getByText('No crowd simulation of this site yet.').waitFor();
  });
});
