import { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import type { Listening } from '@pactesur/server';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, launchChromium, openTab, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';

/** The six vehicle classes of HVM.md §2 as the forms label their tick boxes, lightest first. */
export const VEHICLE_CLASSES = [
  'Car',
  'Pick-up / 4×4',
  'Van',
  'Truck 7.5 t',
  'Truck 18 t',
  'Articulated truck 40 t',
];

/** Real OpenStreetMap data of the repository (`data/osm`); fails when it is missing. */
export function sharedExtract(name: string): string {
  const path = fileURLToPath(new URL(`../../../data/osm/${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`The shared OSM extract is missing: ${path}`);
  return path;
}

/**
 * The platform and Chromium of one test file, and every tab it opens: at the end, no tab may have had an
 * uncaught script error, nor a watched tab an error in its console.
 */
export class BrowserRun {
  #server: Listening | undefined;
  #browser: Browser | undefined;
  readonly #tabs: Tab[] = [];
  /** Errors the watched pages logged (an invalid map style is logged, not thrown). */
  readonly #consoleErrors: string[] = [];

  /** Starts the platform (in-memory database, demo data) and Chromium: for `beforeAll`. */
  async start(): Promise<void> {
    [this.#server, this.#browser] = await Promise.all([startWebPlatform(), launchChromium()]);
  }

  /** Where the platform answers. */
  get url(): string {
    if (!this.#server) throw new Error('The platform is not started.');
    return this.#server.url;
  }

  /** An API client of the platform, signed in as one of the demo accounts. */
  async client(email: string): Promise<PactesurClient> {
    const api = new PactesurClient({ baseUrl: this.url, cookieJar: true });
    await api.signIn({ email, password: DEMO_PASSWORD });
    return api;
  }

  /** A fresh tab (in English unless `locale` says otherwise); with `watchConsole`, the errors its page logs count against the run. */
  async tab({ watchConsole = false, locale }: { watchConsole?: boolean; locale?: string } = {}): Promise<Tab> {
    if (!this.#browser) throw new Error('Chromium is not started.');
    const tab = await openTab(this.#browser, this.url, locale);
    this.#tabs.push(tab);
    if (watchConsole)
      tab.page.on('console', (message) => {
        // A signed-out start asks for the session and is answered 401, which the browser logs.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          this.#consoleErrors.push(message.text());
      });
    return tab;
  }

  /** Closes Chromium and the platform, then expects no error in any tab: for `afterAll`. */
  async finish(): Promise<void> {
    await this.#browser?.close();
    await this.#server?.close();
    expect(this.#tabs.flatMap((t) => t.pageErrors)).toEqual([]);
    expect(this.#consoleErrors).toEqual([]);
  }
}

/**
 * Registers the site an extract suggests under `name`, through the API: uploads the extract, waits for its
 * import, then creates the site from that suggestion.
 */
export async function registerSite(
  api: PactesurClient,
  extractPath: string,
  name: string,
  options: { readonly dataDate?: string; readonly eventOccupancy?: number } = {},
): Promise<Site> {
  const file = basename(extractPath);
  let extract = await api.uploadExtract(file, readFileSync(extractPath), options.dataDate);
  for (let i = 0; extract.status === 'processing' && i < 240; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    extract = await api.getExtract(extract.id);
  }
  if (extract.status !== 'ready') throw new Error(`The extract ${file} did not import: ${extract.error}`);
  const candidate = extract.candidates.findIndex((c) => c.name === name);
  if (candidate < 0) throw new Error(`The extract ${file} suggests no ${name}.`);
  return api.createSite({
    extractId: extract.id,
    candidate,
    ...(options.eventOccupancy === undefined ? {} : { eventOccupancy: options.eventOccupancy }),
  });
}

/** Opens a site from the register (`/sites`) and waits for one of the sections of its page. */
export async function openSiteSection(
  page: Page,
  siteName: string,
  testId: string,
  heading: string,
): Promise<Locator> {
  await page.getByTestId('sites').getByRole('link', { name: siteName }).click();
  await page.getByRole('heading', { level: 1, name: siteName }).waitFor();
  const section = page.getByTestId(testId);
  await section.getByRole('heading', { name: heading }).waitFor();
  return section;
}

/** The tick box of a vehicle class in a form, by the start of its label. */
export const vehicleClassBox = (page: Page, label: string): Locator =>
  page.getByRole('checkbox', { name: new RegExp(`^${label.replace(/[./]/g, '\\$&')}\\b`) });

/** A map once loaded, by its test id. */
export const loadedMap = (page: Page, testId: string): Locator =>
  page.locator(`[data-testid="${testId}"][data-map-state="loaded"]`);

/** Waits for a result map to be drawn: loaded, a canvas of some width, marks on it, the OSM attribution. */
export async function expectMapDrawn(page: Page, testId: string): Promise<Locator> {
  const map = loadedMap(page, testId);
  await map.waitFor({ timeout: 30_000 });
  const canvas = await map.locator('canvas.maplibregl-canvas').boundingBox();
  expect(canvas?.width).toBeGreaterThan(300);
  await expect
    .poll(() => map.getAttribute('data-rendered-marks').then(Number), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.locator('.maplibregl-ctrl-attrib').getByText('© OpenStreetMap contributors').waitFor();
  return map;
}

/** Records every progress bar the page ever shows, however briefly (read with {@link progressBarsSeen}). */
export async function watchProgressBars(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { progressSeen: Set<string> }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('progress[data-testid]'))
        seen.add(bar.getAttribute('data-testid') ?? '');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** The test ids of the progress bars shown so far ({@link watchProgressBars}). */
export const progressBarsSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { progressSeen: Set<string> }).progressSeen]);
