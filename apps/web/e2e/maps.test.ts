import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const NETWORK = 'pactesur-2';

const run = new BrowserRun();

beforeAll(() => run.start());

afterAll(() => run.finish());

/** West, south, east, north from a map's `data-bounds`. */
const boundsOf = (text: string | null): [number, number, number, number] => {
  const values = (text ?? '').split(',').map(Number);
  expect(values).toHaveLength(4);
  return values as [number, number, number, number];
};

const contains = ([w, s, e, n]: readonly number[], [lon, lat]: readonly number[]) =>
  (lon as number) >= (w as number) && (lon as number) <= (e as number) && (lat as number) >= (s as number) && (lat as number) <= (n as number);

/** Every request a page makes, and the answers to glyph requests. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  const glyphs: { url: string; status: number }[] = [];
  page.on('request', (r: Request) => urls.push(r.url()));
  page.on('response', (r: Response) => {
    if (r.url().includes('/api/basemap/glyphs/')) glyphs.push({ url: r.url(), status: r.status() });
  });
  return { urls, glyphs };
}

/** Requests that left the machine: anything not to the platform on 127.0.0.1 (nor data or blob URLs). */
const external = (urls: readonly string[]) =>
  urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1');

describe('maps that show the world', () => {
  it('loads MapLibre only with the first map, and fits the network map with its basemap to every member', async () => {
    const { page } = await run.tab({ watchConsole: true });
    const seen = watchRequests(page);
    await page.goto('/');
    await page.getByLabel('E-mail address').waitFor();
    await page.waitForLoadState('networkidle');
    expect(seen.urls.filter((u) => /maplibre/i.test(u)), 'the sign-in page downloads no map library').toEqual([]);

    await signIn(page, EDITOR, `/networks/${NETWORK}`);
    const map = loadedMap(page, 'network-map');
    await map.waitFor({ timeout: 30_000 });
    expect(seen.urls.some((u) => /maplibre/i.test(u))).toBe(true);
    // The basemap arrived from our server and its countries are drawn.
    await expect.poll(() => map.getAttribute('data-rendered-basemap').then(Number), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(seen.urls.some((u) => u.endsWith('/api/basemap/countries.geojson'))).toBe(true);
    await page.locator('.maplibregl-ctrl-attrib').getByText('Natural Earth').waitFor();

    // The view holds every member of the network.
    const api = await run.client(EDITOR);
    const members = (await api.getNetwork(NETWORK)).members.flatMap((m) => (m.org.location ? [m.org.location] : []));
    expect(members.length).toBeGreaterThan(5);
    const bounds = boundsOf(await map.getAttribute('data-bounds'));
    for (const location of members) expect(contains(bounds, location), `${location.join(',')} in ${bounds.join(',')}`).toBe(true);
    // …and is no wider than Europe needs.
    expect(bounds[2] - bounds[0]).toBeLessThan(90);

    // The controls speak the interface language.
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    await page.screenshot({ path: '/tmp/pactesur-network-basemap.png' });
    expect(external(seen.urls)).toEqual([]);
  });

  it('names the streets and squares of a site with glyphs from our server, and fits the register to all sites', async () => {
    const api = await run.client(EDITOR);
    const munich = await registerSite(api, sharedExtract('munich-marienplatz.osm'), 'Marienplatz');
    // A second city, so that the register's map has to frame both.
    await registerSite(api, sharedExtract('breda-grote-markt.osm'), 'Grote Markt');
    const { page } = await run.tab({ watchConsole: true });
    const seen = watchRequests(page);
    await signIn(page, EDITOR, `/sites/${munich.id}`);
    await page.getByRole('heading', { level: 1, name: 'Marienplatz' }).waitFor();

    const siteMap = loadedMap(page, 'site-map');
    await siteMap.waitFor({ timeout: 30_000 });
    await expect.poll(() => siteMap.getAttribute('data-rendered-features').then(Number), { timeout: 15_000 }).toBeGreaterThan(100);
    await expect.poll(() => siteMap.getAttribute('data-rendered-labels').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(seen.glyphs.length).toBeGreaterThan(0);
    expect(seen.glyphs.filter((g) => g.status !== 200)).toEqual([]);
    await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').waitFor();
    await siteMap.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await siteMap.screenshot({ path: '/tmp/pactesur-site-labels.png' });

    // The register's map frames every site of the organisation over the basemap.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sites' }).click();
    const register = loadedMap(page, 'sites-map');
    await register.waitFor({ timeout: 30_000 });
    await expect.poll(() => register.getAttribute('data-rendered-outlines').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
    const sites = await api.listSites();
    expect(sites.length).toBeGreaterThanOrEqual(2);
    const frame = boundsOf(await register.getAttribute('data-bounds'));
    for (const site of sites)
      for (const polygon of site.outline.coordinates)
        for (const position of polygon[0] ?? []) expect(contains(frame, position), site.name).toBe(true);
    await expect.poll(() => register.getAttribute('data-rendered-basemap').then(Number)).toBeGreaterThan(0);
    await register.screenshot({ path: '/tmp/pactesur-register-map.png' });

    expect(external(seen.urls)).toEqual([]);
  });

  it('translates the map controls into French', async () => {
    const { page } = await run.tab();
    await signIn(page, EDITOR, `/networks/${NETWORK}`);
    await loadedMap(page, 'network-map').waitFor({ timeout: 30_000 });
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('button', { name: 'Zoom avant' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Zoom arrière' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(0);
  });
});
