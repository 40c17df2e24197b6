import type { ProtectionPlan, Site } from '@pactesur/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@muenchen.example.org';
/** The plan page of Marienplatz stays within about three screens of 800 px (2,227 px measured; 5,722 with every row open). */
const MAX_PLAN_PAGE_PX = 2500;

const run = new BrowserRun();
let site: Site;
let plan: ProtectionPlan;

beforeAll(async () => {
  await run.start();
  const api = await run.client(EDITOR);
  site = await registerSite(api, sharedExtract('munich-marienplatz.osm'), 'Marienplatz');
  plan = await api.startProtectionPlan(site.id, {
    classes: ['car'],
    osmStations: false,
    name: 'Marienplatz — cars',
  });
  for (let i = 0; i < 900 && plan.status === 'processing'; i++) {
    await new Promise((r) => setTimeout(r, 200));
    plan = await api.getProtectionPlan(plan.id);
  }
  if (plan.status !== 'ready') throw new Error(`The Marienplatz plan did not finish: ${plan.error}`);
});
afterAll(() => run.finish());

interface Overflow {
  readonly table: string;
  readonly tableRight: number;
  readonly frameRight: number;
  readonly cardRight: number;
}

/**
 * Every table whose frame reaches past its card (or page section), and by how much the page itself is wider
 * than the window. A table wider than its card must scroll inside its frame, not stick out.
 */
function overflows(page: Page): Promise<{ tables: number; out: Overflow[]; pageOverflow: number }> {
  return page.evaluate(() => {
    const out: Overflow[] = [];
    const tables = [...document.querySelectorAll('main table')];
    for (const table of tables) {
      const frame = table.closest('.table-scroll') ?? table;
      const card = frame.parentElement?.closest('.card, section, article');
      if (!card) continue;
      const t = table.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const scrolls = frame !== table && getComputedStyle(frame).overflowX === 'auto';
      const visibleRight = scrolls ? f.right : t.right;
      if (visibleRight > c.right + 1 || f.left < c.left - 1)
        out.push({
          table: table.getAttribute('data-testid') ?? table.className,
          tableRight: t.right,
          frameRight: f.right,
          cardRight: c.right,
        });
    }
    return {
      tables: tables.length,
      out,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

async function openAt1280(path: string): Promise<Page> {
  const { page } = await run.tab({ watchConsole: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, EDITOR, path);
  return page;
}

describe('tables fit their cards at 1280 × 800', () => {
  it('on the site page', async () => {
    const page = await openAt1280(`/sites/${site.id}`);
    await page.getByRole('heading', { level: 1, name: 'Marienplatz' }).waitFor();
    await page.getByTestId('protection-plans').waitFor();
    const found = await overflows(page);
    expect(found.tables).toBeGreaterThan(0);
    expect(found.out).toEqual([]);
    expect(found.pageOverflow).toBeLessThanOrEqual(0);
  });

  it('on the plan page, which stays within a few screens', async () => {
    const page = await openAt1280(`/protection/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: 'Marienplatz — cars' }).waitFor();
    const measures = page.getByTestId('measures');
    await measures.waitFor({ timeout: 60_000 });
    const found = await overflows(page);
    expect(found.tables).toBeGreaterThan(0);
    expect(found.out).toEqual([]);
    expect(found.pageOverflow).toBeLessThanOrEqual(0);

    const rows = await measures.locator('tbody tr').count();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(MAX_PLAN_PAGE_PX);
    if (rows > 10) {
      // The long bill of measures is collapsed with its count, and opens on request.
      const more = page.getByTestId('show-all-rows');
      expect(await more.innerText()).toBe(`Show all ${rows} rows`);
      await more.click();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height);
    }
  });
});
