import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap, progressBarsSeen, sharedExtract, watchProgressBars } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
/** Munich's Marienplatz pedestrian zone. */
const MUNICH = sharedExtract('munich-marienplatz.osm');

const run = new BrowserRun();

beforeAll(() => run.start());

afterAll(() => run.finish());

/** "8,350 m²" → 8350 (English grouping). */
const squareMetres = (text: string | null): number => {
  const match = /^([\d,]+) m²$/.exec(text?.trim() ?? '');
  return match?.[1] ? Number(match[1].replaceAll(',', '')) : Number.NaN;
};

describe('the register of public spaces in Chromium', () => {
  it('imports an OSM extract, registers the suggested square and shows it on the map with its area', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await watchProgressBars(page);
    await signIn(page, EDITOR, '/sites');
    await page.getByRole('heading', { level: 1, name: 'Public spaces' }).waitFor();
    await page.getByRole('link', { name: 'Import from OpenStreetMap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import from OpenStreetMap' }).waitFor();

    await page.getByLabel('OpenStreetMap extract (.osm, .osm.pbf)').setInputFiles(MUNICH);
    await page.getByLabel('Date of the data (optional)').fill('2020-01-26');
    await page.getByRole('button', { name: 'Upload and import' }).click();

    // The import finishes and says so in the live region; the summary has the README's counts.
    await page
      .getByRole('status')
      .filter({ hasText: 'The import of munich-marienplatz.osm is complete' })
      .waitFor({ timeout: 30_000 });
    expect(await progressBarsSeen(page)).toContain('import-progress');
    const summary = page.getByTestId('extract-summary');
    const fact = (label: string) =>
      summary
        .locator('div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    expect(await fact('Nodes').textContent()).toBe('3,160');
    expect(await fact('Ways').textContent()).toBe('640');
    expect(await fact('Relations').textContent()).toBe('179');
    expect(await fact('Date of the data').textContent()).toBe('Jan 26, 2020');
    expect(squareMetres(await fact('Walkable area').textContent())).toBeGreaterThan(8000);

    // The suggestions on the map drawn from the extract itself, with the OSM attribution.
    const map = loadedMap(page, 'import-map');
    await map.waitFor({ timeout: 30_000 });
    await expect.poll(() => map.getAttribute('data-rendered-features').then(Number)).toBeGreaterThan(100);
    const square = page.getByRole('radio', { name: /^Marienplatz Square ·/ });
    await square.check();
    await page.getByRole('status').filter({ hasText: 'Marienplatz is selected' }).waitFor();
    expect(await page.getByText('© OpenStreetMap contributors').first().isVisible()).toBe(true);
    await expect.poll(() => map.getAttribute('data-rendered-outlines').then(Number)).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Register Marienplatz' }).waitFor();
    await page.screenshot({ path: '/tmp/pactesur-import.png', fullPage: true });

    await page.getByLabel('Typical occupancy (people)').fill('3000');
    await page.getByLabel('Event occupancy (people)').fill('25000');
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    // The site page: its map (layers, outline, attribution) and its area in m².
    await page.getByRole('heading', { level: 1, name: 'Marienplatz' }).waitFor();
    const siteMap = loadedMap(page, 'site-map');
    await siteMap.waitFor({ timeout: 30_000 });
    await expect.poll(() => siteMap.getAttribute('data-rendered-outlines').then(Number)).toBe(1);
    await expect.poll(() => siteMap.getAttribute('data-rendered-features').then(Number)).toBeGreaterThan(100);
    await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').waitFor();
    const facts = page.getByTestId('site-facts');
    const area = squareMetres(await facts.locator('[data-fact="area"] dd').textContent());
    expect(area).toBeGreaterThan(8350 * 0.95);
    expect(area).toBeLessThan(8350 * 1.05);
    expect(await facts.locator('[data-fact="category"] dd').textContent()).toBe('Square');
    expect(await facts.locator('[data-fact="event"] dd').textContent()).toBe('25,000');
    expect(await facts.locator('[data-fact="extract"] dd').textContent()).toBe('munich-marienplatz.osm');
    await page.screenshot({ path: '/tmp/pactesur-site.png', fullPage: true });

    // Edit, share with the police, then the register lists it.
    await page.getByRole('button', { name: 'Edit the site' }).click();
    await page.getByLabel('Notes').fill('Christmas market from late November.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Christmas market from late November.').waitFor();
    await page.getByLabel('Organisation').selectOption({ label: 'Police municipale de Nice' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByTestId('shares').getByRole('rowheader', { name: 'Police municipale de Nice' }).waitFor();

    await page.getByRole('link', { name: 'All sites' }).click();
    const row = page.getByTestId('sites').locator('tbody tr').filter({ hasText: 'Marienplatz' });
    await row.waitFor();
    expect(await row.locator('td').nth(0).textContent()).toBe('Square');
    expect(squareMetres(await row.locator('td').nth(1).textContent())).toBe(area);
    expect(await row.locator('td').nth(4).textContent()).toBe('munich-marienplatz.osm (Jan 26, 2020)');
    const registerMap = loadedMap(page, 'sites-map');
    await registerMap.waitFor({ timeout: 30_000 });
    await expect.poll(() => registerMap.getAttribute('data-rendered-outlines').then(Number)).toBe(1);

    // Delete, after confirming.
    await row.getByRole('link', { name: 'Marienplatz' }).click();
    await page.getByRole('button', { name: 'Delete site' }).click();
    await page.getByRole('button', { name: 'Yes, delete Marienplatz' }).click();
    await page.getByRole('status').filter({ hasText: 'Marienplatz has been deleted.' }).waitFor();
    await page.getByText('No sites yet.').waitFor();

    // A file that is not OpenStreetMap data: the import fails and says why.
    await page.getByRole('link', { name: 'Import from OpenStreetMap' }).click();
    await page.getByLabel('OpenStreetMap extract (.osm, .osm.pbf)').setInputFiles({
      name: 'notes.osm',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('These are meeting notes, not map data.\n'),
    });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    const failure = page.getByTestId('import-failed');
    await failure.waitFor({ timeout: 20_000 });
    expect(await failure.textContent()).toMatch(/^The import of notes\.osm failed: \S.+/);
    await page.screenshot({ path: '/tmp/pactesur-import-failed.png' });
  });
});
