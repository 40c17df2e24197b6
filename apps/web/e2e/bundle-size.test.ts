import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

/** The most JavaScript the sign-in page may load, gzipped. */
const SIGN_IN_BUDGET_BYTES = 200_000;

/** A class name only MapLibre GL's own code carries: it marks its chunk whatever the chunk is called. */
const MAPLIBRE_MARK = 'maplibregl-ctrl-geolocate';

interface Script {
  readonly url: string;
  readonly gzipBytes: number;
  readonly mapLibre: boolean;
}

/** Every script and style sheet a page loads, each script with its gzipped size. */
class Loads {
  readonly scripts: Script[] = [];
  readonly styles: string[] = [];
  readonly #pending: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('response', (response) => this.#pending.push(this.#record(response)));
  }

  async #record(response: Response): Promise<void> {
    const type = response.headers()['content-type'] ?? '';
    const url = response.url();
    if (type.includes('css')) this.styles.push(url);
    if (!type.includes('javascript')) return;
    const body = await response.body();
    this.scripts.push({ url, gzipBytes: gzipSync(body, { level: 9 }).length, mapLibre: /maplibre/i.test(url) || body.toString('utf8').includes(MAPLIBRE_MARK) });
  }

  /** Waits until every response seen so far has been read. */
  async settled(): Promise<this> {
    await Promise.all(this.#pending);
    return this;
  }

  get gzipTotal(): number {
    return this.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  }
}

const run = new BrowserRun();
beforeAll(() => run.start());
afterAll(() => run.finish());

describe('the web app is split by route', () => {
  it('loads the sign-in page with less than 200 kB of JavaScript and no MapLibre, and MapLibre with the first map', async () => {
    const { page } = await run.tab();
    const loads = new Loads(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await loads.settled();

    const signIn = [...loads.scripts];
    expect(signIn.length).toBeGreaterThan(0);
    expect(signIn.filter((s) => s.mapLibre).map((s) => s.url)).toEqual([]);
    expect(loads.styles.filter((url) => /maplibre/i.test(url))).toEqual([]);
    const signInTotal = loads.gzipTotal;
    expect(signInTotal, `sign-in page JavaScript, gzipped: ${signInTotal} bytes in ${signIn.length} files`).toBeLessThan(SIGN_IN_BUDGET_BYTES);

    // Signing in opens the home page: still no map, so still no MapLibre.
    await page.getByLabel('E-mail address').fill('admin@nice.example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('user-name').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sites and their protection' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect((await loads.settled()).scripts.filter((s) => s.mapLibre)).toEqual([]);

    // The network page shows the first map: MapLibre arrives with it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
    await page.locator('[data-testid="network-map"][data-map-state="loaded"]').waitFor({ timeout: 30_000 });
    const mapLibre = (await loads.settled()).scripts.filter((s) => s.mapLibre);
    expect(mapLibre.length).toBeGreaterThan(0);
    expect(mapLibre.reduce((sum, s) => sum + s.gzipBytes, 0)).toBeGreaterThan(100_000);
  });

  it('says so in words when the code of a page cannot be fetched', async () => {
    const { page } = await run.tab();
    await page.route(/\/assets\/JobsPage-[^/]*\.js$/, (route) => route.abort());
    await signIn(page, 'admin@nice.example.org', '/jobs');
    await page.getByRole('alert').filter({ hasText: 'This page could not be loaded.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
  });
});
