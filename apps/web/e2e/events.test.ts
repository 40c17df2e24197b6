import { PactesurClient } from '@pactesur/api-client';
import type { LngLat, Site } from '@pactesur/contracts';
import type { Listening } from '@pactesur/server';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchChromium, openTab, signIn, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';

const NICE_ADMIN = 'admin@nice.example.org';
const COMMANDER = 'commander@police.nice.example.org';
const EVENT_NAME = 'Marienplatz — Christkindlmarkt opening';
const CONDITION = 'Two stewards at each gate from 16:00, with radios on the police channel.';
/** How many people the plan expects, and the simulations move: few enough for a quick run. */
const PEAK = 300;

/**
 * The plan drawn on Marienplatz (lon/lat): an audience zone of about 67 m × 20 m inside the square, a
 * stage of about 15 m × 9 m in it, a gate on its west edge (about 6.7 m) and one on its east edge (about
 * 5.6 m). Each exit's ends lie on the zone's edge.
 */
const ZONE: LngLat[] = [
  [11.575, 48.13712],
  [11.5759, 48.13712],
  [11.5759, 48.1373],
  [11.575, 48.1373],
];
const STAGE: LngLat[] = [
  [11.5756, 48.13718],
  [11.5758, 48.13718],
  [11.5758, 48.13726],
  [11.5756, 48.13726],
];
const WEST_GATE: LngLat[] = [
  [11.575, 48.13716],
  [11.575, 48.13722],
];
const EAST_GATE: LngLat[] = [
  [11.5759, 48.13718],
  [11.5759, 48.13723],
];

let server: Listening;
let browser: Browser;
const tabs: Tab[] = [];
const consoleErrors: string[] = [];
let nice: PactesurClient;
let marienplatz: Site;
/** The plan the first test draws, read again by the others. */
let eventId = '';

/** A tab of its own (cookies and all) whose console errors count against the run. */
async function tab(locale?: string): Promise<Page> {
  const t = await openTab(browser, server.url, locale);
  t.page.on('console', (message) => {
    // A signed-out start asks for the session and is answered 401, which the browser logs.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(message.text());
  });
  tabs.push(t);
  return t.page;
}

const lines = (points: readonly LngLat[]) => points.map(([lon, lat]) => `${lon}, ${lat}`).join('\n');

/** Adds a feature through the editor's form: its kind, its name and its points typed one a line. */
async function addFeature(page: Page, kind: string, name: string, points: readonly LngLat[]): Promise<void> {
  const before = await page.getByTestId('plan-feature').count();
  const form = page.getByTestId('plan-add');
  await form.getByLabel('What to add').selectOption({ label: kind });
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByLabel('Points (longitude, latitude — one a line)').fill(lines(points));
  await form.getByRole('button', { name: 'Add to the plan' }).click();
  await expect.poll(() => page.getByTestId('plan-feature').count()).toBe(before + 1);
}

/** Waits until everything changed on the page has been saved. */
const allSaved = (page: Page): Promise<void> =>
  expect
    .poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('saved');

/** The value a figure of the figures tab holds (its `data-value`). */
const figure = async (page: Page, key: string): Promise<number> =>
  Number(await page.locator(`[data-testid="event-figure"][data-key="${key}"]`).getAttribute('data-value'));

const openTabNamed = (page: Page, name: string): Promise<void> =>
  page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

const statusChip = (page: Page): Locator => page.locator('header [data-testid="event-status"]');

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebPlatform({ demoSites: true }), launchChromium()]);
  nice = new PactesurClient({ baseUrl: server.url, cookieJar: true });
  await nice.signIn({ email: NICE_ADMIN, password: DEMO_PASSWORD });
  const shared = (await nice.listSites()).find((s) => s.name === 'Marienplatz');
  if (!shared) throw new Error('Marienplatz is not shared with Nice in the demo.');
  marienplatz = shared;
});

afterAll(async () => {
  await browser.close();
  await server.close();
  expect(tabs.flatMap((t) => t.pageErrors)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

describe('event security plans in Chromium', () => {
  it("draws Nice's plan at Marienplatz, sees its figures, simulates it, has it approved by the police and exports it", async () => {
    expect(marienplatz.access).toBe('read');
    const page = await tab();
    await signIn(page, NICE_ADMIN, '/events');
    await page.getByRole('heading', { level: 1, name: 'Event security plans' }).waitFor();
    await page.getByTestId('network-calendar').getByRole('heading', { name: 'Network calendar' }).waitFor();

    // A new plan at Marienplatz, a square of München's that Nice may read.
    await page.getByRole('link', { name: 'New plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event security plan' }).waitFor();
    await page.getByLabel('Place (a site of the register)').selectOption(marienplatz.id);
    await page.getByLabel('Name of the event').fill(EVENT_NAME);
    await page.getByLabel('Kind of event').selectOption({ label: 'Market' });
    await page.getByLabel('Starts').fill('2026-11-23T16:00');
    await page.getByLabel('Ends').fill('2026-11-23T21:00');
    await page.getByLabel('Submit to the agencies by (optional)').fill('2026-10-26T12:00');
    await page.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: EVENT_NAME }).waitFor();
    eventId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await statusChip(page).textContent()).toBe('Draft');
    expect(await page.getByTestId('event-lifecycle').locator('[aria-current="step"]').textContent()).toBe(
      'Draft',
    );

    // The site plan: the zone, the stage and two gates typed; a medical post clicked on the map.
    const map = page.locator('[data-testid="plan-map"][data-map-state="loaded"]');
    await map.waitFor({ timeout: 30_000 });
    await page.getByLabel('Expected peak').fill(String(PEAK));
    await addFeature(page, 'Audience zone', 'Square', ZONE);
    await expect
      .poll(() => map.getAttribute('data-rendered-marks').then(Number), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await addFeature(page, 'Structure (stage, tent, stand)', 'Stage', STAGE);
    await addFeature(page, 'Exit or entry', 'West gate', WEST_GATE);
    await addFeature(page, 'Exit or entry', 'East gate', EAST_GATE);
    const form = page.getByTestId('plan-add');
    await form.getByLabel('What to add').selectOption({ label: 'Medical post' });
    await map.click();
    const clicked = await form.getByLabel('Points (longitude, latitude — one a line)').inputValue();
    expect(clicked).toMatch(/^11\.57\d*, 48\.13\d*$/);
    await form.getByLabel('Name (optional)').fill('First aid');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await expect.poll(() => page.getByTestId('plan-feature').count()).toBe(5);
    // A typed exit off the zone's edge is refused in words.
    await form.getByLabel('What to add').selectOption({ label: 'Exit or entry' });
    await form.getByLabel('Points (longitude, latitude — one a line)').fill(
      lines([
        [11.5754, 48.1377],
        [11.5755, 48.1377],
      ]),
    );
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    expect(await page.getByTestId('plan-problem').getAttribute('data-problem')).toBe('off-edge');
    await form.getByRole('button', { name: 'Clear the points' }).click();

    // The exits' widths are measured on the edge; the stored plan is what the page shows.
    const widthOf = async (name: string) => Number(await page.getByLabel(`Width of ${name}`).inputValue());
    const [west, east] = [await widthOf('West gate'), await widthOf('East gate')];
    expect(west).toBeGreaterThan(6.3);
    expect(west).toBeLessThan(7.1);
    expect(east).toBeGreaterThan(5.2);
    expect(east).toBeLessThan(6);
    await page.getByLabel('Staff').fill('4');
    await allSaved(page);
    const stored = await nice.getEvent(eventId);
    expect(stored.plan.expectedPeak).toBe(PEAK);
    expect(stored.plan.features.map((f) => [f.type, f.name])).toEqual([
      ['zone', 'Square'],
      ['structure', 'Stage'],
      ['exit', 'West gate'],
      ['exit', 'East gate'],
      ['point', 'First aid'],
    ]);
    expect(stored.plan.features.find((f) => f.type === 'point')).toMatchObject({ kind: 'medical', staff: 4 });
    await page.screenshot({ path: '/tmp/pactesur-event-plan.png', fullPage: true });

    // The figures: holding capacity from the usable area at 2 persons/m², exits without the widest (the west gate).
    await openTabNamed(page, 'Figures');
    await page.getByTestId('event-figures').waitFor();
    const usable = await figure(page, 'usableAreaM2');
    expect(usable).toBeGreaterThan(1150);
    expect(usable).toBeLessThan(1260);
    expect(await figure(page, 'holdingCapacity')).toBe(Math.floor(usable * 2));
    expect(await figure(page, 'exitCapacityWithoutLargest')).toBe(Math.floor(east * 82 * 8));
    expect(await figure(page, 'safeCapacity')).toBe(
      Math.min(Math.floor(usable * 2), Math.floor(east * 82 * 8)),
    );
    const holdingRow = page.locator('[data-testid="event-figure"][data-key="holdingCapacity"]');
    expect(await holdingRow.getByRole('rowheader').textContent()).toBe('Holding capacity');
    expect(await holdingRow.textContent()).toContain('× 2');
    expect(await page.getByTestId('event-warnings').getAttribute('data-count')).toBe('0');
    await page
      .getByTestId('event-profile')
      .getByRole('link', { name: 'See and change the profiles of constants' })
      .waitFor();
    await page.screenshot({ path: '/tmp/pactesur-event-figures.png', fullPage: true });
    // A peak above the capacity is warned of, in words, with the numbers.
    await openTabNamed(page, 'Plan');
    await page.getByLabel('Expected peak').fill('5000');
    await allSaved(page);
    await openTabNamed(page, 'Figures');
    const warning = page.locator('[data-testid="event-warnings"] li[data-code="peak-above-holding"]');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(
      `The expected peak of 5,000 persons is above the holding capacity of ${(await figure(page, 'holdingCapacity')).toLocaleString('en-GB')} persons.`,
    );
    await openTabNamed(page, 'Plan');
    await page.getByLabel('Expected peak').fill(String(PEAK));
    await allSaved(page);

    // The simulation: every exit open, then the widest closed, beside the hand calculation.
    await openTabNamed(page, 'Simulation');
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await page.getByTestId('simulation-started').waitFor();
    const run = (name: string) => page.locator(`[data-testid="sim-run"][data-run="${name}"]`);
    await run('all').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 180_000 });
    await run('closed').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 180_000 });
    for (const name of ['all', 'closed']) {
      expect(await run(name).getByTestId('sim-time').textContent()).toMatch(/^(\d+ s|\d+ min \d\d s)$/);
      expect(await run(name).getByTestId('sim-people').textContent()).toBe(`${PEAK} of ${PEAK}`);
      expect(await run(name).getByTestId('sim-peak').textContent()).toMatch(/^\d+(\.\d)? persons\/m² · /);
    }
    expect(await run('closed').getByRole('heading').textContent()).toBe('Largest exit closed (West gate)');
    expect(await page.locator('[data-run="hand"] [data-testid="sim-time"]').textContent()).toMatch(/^\d+ s$/);
    const simulations = (await nice.getEvent(eventId)).simulations;
    expect(await run('all').getByTestId('sim-link').getAttribute('href')).toBe(
      `/crowd/${simulations.allExits}`,
    );
    expect(await run('closed').getByTestId('sim-link').getAttribute('href')).toBe(
      `/crowd/${simulations.largestClosed}`,
    );
    const curve = page.getByTestId('crowd-curve');
    expect(await curve.locator('svg[role="img"]').getAttribute('data-series')).toBe('2');
    expect(await curve.getByTestId('crowd-curve-line').count()).toBe(2);
    expect(await curve.getByTestId('crowd-curve-mark').count()).toBe(1);
    expect(await page.getByTestId('density-mark').count()).toBe(3);
    await page.screenshot({ path: '/tmp/pactesur-event-simulation.png', fullPage: true });

    // Submitted to the police of Nice.
    const police = (await nice.listOrgs()).find((o) => o.slug === 'nice-police');
    if (!police) throw new Error('No police of Nice in the demo.');
    await openTabNamed(page, 'Sign-off');
    const submit = page.getByTestId('signoff-submit');
    await submit
      .getByRole('checkbox', { name: new RegExp(`^${police.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .check();
    await submit
      .getByLabel('Message to the agencies')
      .fill('The plan of the opening evening, for your approval.');
    await submit.getByRole('button', { name: 'Submit the plan' }).click();
    await page.locator('header [data-testid="event-status"][data-status="submitted"]').waitFor();

    // The commander approves with a condition, in a browser of her own.
    const police1 = await tab();
    await signIn(police1, COMMANDER, `/events/${eventId}`);
    await police1.getByRole('heading', { level: 1, name: EVENT_NAME }).waitFor();
    expect(await police1.getByTestId('event-read-only').count()).toBe(1);
    await openTabNamed(police1, 'Sign-off');
    const decision = police1.getByTestId('signoff-decision');
    await decision.getByRole('radio', { name: 'Approved with conditions' }).check();
    await decision.getByLabel('Condition 1').fill(CONDITION);
    await decision.getByLabel('Comment').fill('Approved for the opening evening.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await police1.locator('header [data-testid="event-status"][data-status="approved"]').waitFor();

    // Nice's open page hears of it: approved, with the open condition.
    await page
      .locator('header [data-testid="event-status"][data-status="approved"]')
      .waitFor({ timeout: 15_000 });
    expect(await statusChip(page).textContent()).toBe('Approved');
    expect(await page.getByTestId('open-conditions').textContent()).toBe('Open conditions: 1');
    await page.getByText(CONDITION).waitFor();
    expect(await page.getByTestId('event-lifecycle').locator('[aria-current="step"]').textContent()).toBe(
      'Approved',
    );
    await page.screenshot({ path: '/tmp/pactesur-event-approved.png', fullPage: true });

    // The plan as a PDF, and the calculations as CSV.
    await openTabNamed(page, 'Export');
    const pdf = await page.request.get((await page.getByTestId('export-pdf').getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.body())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
    const csv = await page.request.get((await page.getByTestId('export-csv').getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('holding');

    // Next year's edition starts from this plan, and says what changed since.
    await page.getByRole('button', { name: 'Next edition' }).click();
    expect(await page.getByLabel('Starts').inputValue()).toBe('2027-11-23T16:00');
    await page.getByLabel('Name of the event').fill(`${EVENT_NAME} 2027`);
    await page.getByRole('button', { name: 'Start the next edition' }).click();
    await page.getByRole('heading', { level: 1, name: `${EVENT_NAME} 2027` }).waitFor();
    const nextId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(nextId).not.toBe(eventId);
    expect(await statusChip(page).textContent()).toBe('Draft');
    expect(await page.getByTestId('plan-feature').count()).toBe(5);
    await page.getByText('Changes since the last edition').click();
    expect(await page.getByTestId('changes-peak').textContent()).toBe(
      `Expected peak: ${PEAK} then, ${PEAK} now.`,
    );
    expect(
      await page.getByTestId('event-changes').getByRole('link', { name: EVENT_NAME }).getAttribute('href'),
    ).toBe(`/events/${eventId}`);

    // The list shows both editions, the first approved.
    await page.getByRole('link', { name: '← Event plans' }).click();
    const row = page.locator(`[data-testid="event-row"][data-event-id="${eventId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('approved');
    expect(
      await page.locator(`[data-testid="event-row"][data-event-id="${nextId}"]`).getAttribute('data-status'),
    ).toBe('draft');
    await page.getByLabel('Stage').selectOption({ label: 'Approved' });
    expect(await page.getByTestId('event-row').count()).toBe(1);
  });

  it('keeps profiles of constants as versions, and speaks French', async () => {
    const page = await tab();
    await signIn(page, NICE_ADMIN, '/events/profiles');
    await page.getByRole('heading', { level: 1, name: 'Profiles of constants' }).waitFor();
    await page.getByTestId('event-profile-card').first().waitFor();
    expect(await page.getByTestId('event-profile-card').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New profile', exact: true }).click();
    const editor = page.getByTestId('profile-editor');
    await editor.getByLabel('Name', { exact: true }).fill('France — préfecture des Alpes-Maritimes');
    await editor.getByLabel('Country').fill('fr');
    await editor.getByLabel('Flow through level exits', { exact: true }).fill('75');
    await editor.getByLabel('Source of Flow through level exits').fill('Arrêté préfectoral, 2025');
    await editor.getByRole('button', { name: 'Create the profile' }).click();
    const card = page
      .getByTestId('event-profile-card')
      .filter({ has: page.getByRole('heading', { name: 'France — préfecture des Alpes-Maritimes' }) });
    await card.waitFor();
    expect(await card.locator('tr[data-constant="flowLevel"]').textContent()).toContain(
      'Arrêté préfectoral, 2025',
    );
    // A change makes version 2; version 1 stays, read-only.
    await card.getByRole('button', { name: 'Change' }).click();
    await card.getByLabel('Flow through level exits', { exact: true }).fill('72');
    await card.getByRole('button', { name: 'Save as a new version' }).click();
    await expect.poll(() => card.locator('p.meta').first().textContent()).toContain('version 2');
    await card.getByRole('button', { name: 'All versions' }).click();
    await expect.poll(() => card.locator('[data-testid="profile-versions"] li').count()).toBe(2);

    // The plan's page in French.
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Profils de constantes' }).waitFor();
    await page.goto(`/events/${eventId}`);
    await page.getByRole('tab', { name: /^Chiffres/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Capacité et évacuation' }).waitFor();
    expect(await page.locator('header [data-testid="event-status"]').textContent()).toBe('Approuvé');
  });
});
