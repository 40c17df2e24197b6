import type { PactesurClient } from '@pactesur/api-client';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCoverage } from '../../server/src/demo/demo-citizens.ts';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap } from './scenario.ts';

const NICE_EDITOR = 'editor@nice.example.org';
/** The commander of Nice's municipal police, an admin of it: the demo gives the police the security categories. */
const NICE_POLICE = 'commander@police.nice.example.org';
const POLICE_NAME = 'Police municipale de Nice';

/** A point of central Nice, inside the demo's coverage of both the city and its police. */
const CENTRAL_NICE: readonly [number, number] = [7.27, 43.7];

/** A photo with a face in it: the server blurs it before anyone sees it. */
const PHOTO = readFileSync(new URL('../../server/test/fixtures/face/astronaut.jpg', import.meta.url));

const DESCRIPTION = 'A black suitcase has been alone under the bench by the fountain since 10:00.';
const NOTE = 'A patrol is on its way; the area is being cordoned off.';

const run = new BrowserRun();
let police: PactesurClient;
/** The follow-up link the visitor keeps, set by the first test. */
let trackingLink = '';
let requestId = '';

beforeAll(async () => {
  await run.start();
  police = await run.client(NICE_POLICE);
  // The demo's coverage of central Nice: the city's public-space categories, its police's security ones.
  await writeDemoCoverage(police);
  // Nice's page is published, so that a visitor finds the way to report from it.
  const editor = await run.client(NICE_EDITOR);
  await editor.saveAwarenessPage('nice', {
    published: true,
    sections: [
      {
        topic: 'reporting',
        title: { source: 'fr', texts: { fr: 'Signaler' } },
        body: { source: 'fr', texts: { fr: 'Signalez un problème de l’espace public en ligne.' } },
      },
    ],
  });
});
afterAll(() => run.finish());

/** A point's y on a Web Mercator map. */
const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Clicks a longitude and latitude on a loaded map, from the view it reports (`data-bounds`). */
async function clickPlace(map: Locator, [lng, lat]: readonly [number, number]): Promise<void> {
  const bounds = await map.getAttribute('data-bounds');
  const box = await map.boundingBox();
  if (!bounds || !box) throw new Error('The map has no view yet.');
  const [w = 0, s = 0, e = 0, n = 0] = bounds.split(',').map(Number);
  expect(lng).toBeGreaterThan(w);
  expect(lng).toBeLessThan(e);
  expect(lat).toBeGreaterThan(s);
  expect(lat).toBeLessThan(n);
  const x = ((lng - w) / (e - w)) * box.width;
  const y = ((mercator(n) - mercator(lat)) / (mercator(n) - mercator(s))) * box.height;
  await map.click({ position: { x, y } });
}

/** The text of an element as shown, its lines and spaces made one plain space each. */
const text = async (locator: Locator): Promise<string> =>
  (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Waits for the follow-up page of the report to show its status. */
async function openTracking(page: Page): Promise<Locator> {
  const track = page.getByTestId('report-track');
  await track.waitFor();
  return track;
}

describe('citizens’ reports in Chromium: reported without an account, triaged by the police, followed by link', () => {
  it('lets a visitor report an unattended item at a place of central Nice, anonymously, and keep the link to follow it', async () => {
    const { context, page } = await run.tab({ watchConsole: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // From the city's public page to the reporting page, which opens the map over Nice.
    await page.goto('/cities/nice');
    await page
      .getByTestId('city-report')
      .getByRole('link', { name: 'Report it online, without an account' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Report a problem in a public space' }).waitFor();
    expect(await text(page.getByTestId('report-emergency'))).toMatch(
      /not for emergencies.*call 112.*No live video/,
    );

    // The place: a click on the map sets the pin and fills the coordinates.
    const map = loadedMap(page, 'report-map');
    await map.waitFor({ timeout: 30_000 });
    await expect.poll(() => map.getAttribute('data-bounds')).toBeTruthy();
    await clickPlace(map, CENTRAL_NICE);
    const chosen = page.getByTestId('report-place-chosen');
    await expect.poll(() => chosen.getAttribute('data-place')).not.toBe('');
    const [lng = 0, lat = 0] = ((await chosen.getAttribute('data-place')) ?? '').split(',').map(Number);
    expect(Math.abs(lng - CENTRAL_NICE[0])).toBeLessThan(0.002);
    expect(Math.abs(lat - CENTRAL_NICE[1])).toBeLessThan(0.002);
    expect(Number(await page.getByLabel('Latitude', { exact: true }).inputValue())).toBe(lat);
    await expect.poll(() => map.getAttribute('data-rendered-marks').then(Number)).toBe(1);

    // The categories taken there: the city's and its police's, each with where it goes and how long it is kept.
    const categories = page.getByTestId('report-categories');
    await categories.getByRole('radio').first().waitFor();
    expect(await categories.getByRole('radio').count()).toBe(8);
    const item = categories.locator('[data-category="unattended-item"]');
    expect(await text(item.getByTestId('category-org'))).toBe(`Goes to: ${POLICE_NAME}`);
    expect(await text(item)).toContain('Kept 30 days after it is closed, then deleted.');
    expect(
      await text(categories.locator('[data-category="lighting-fault"]').getByTestId('category-org')),
    ).toBe('Goes to: Ville de Nice');
    // A category whose reporter must give a name says so, and offers no way to hide it.
    await categories.getByRole('radio', { name: 'Suspicious vehicle' }).check();
    await page.getByTestId('report-name-needed').waitFor();
    expect(await page.getByLabel('Hide my name').count()).toBe(0);
    await categories.getByRole('radio', { name: 'Unattended item' }).check();

    // Sending too early says what is missing.
    await page.getByRole('button', { name: 'Send the report' }).click();
    expect(await text(page.getByTestId('report-problems'))).toBe('Describe what you saw.');

    await page.getByLabel('What you saw', { exact: true }).fill(DESCRIPTION);
    expect(await text(page.getByTestId('description-count'))).toBe(
      `${DESCRIPTION.length} of 4,000 characters`,
    );
    await page.getByLabel('Photo (optional, JPEG or PNG)').setInputFiles({
      name: 'suitcase.jpg',
      mimeType: 'image/jpeg',
      buffer: PHOTO,
    });
    await page.getByLabel('Hide my name').check();
    expect(await page.getByLabel('First name').count()).toBe(0);
    await page.getByRole('button', { name: 'Send the report' }).click();

    // The receipt: where it went, what happens next, the link to keep.
    const receipt = page.getByTestId('report-receipt');
    await receipt.waitFor({ timeout: 30_000 });
    expect(await text(page.getByTestId('receipt-org'))).toBe(`It went to ${POLICE_NAME}.`);
    expect(await text(page.getByTestId('receipt-notice'))).not.toBe('');
    expect(await text(receipt)).toContain('Your photo was received; faces in it are blurred.');
    expect(await text(receipt)).toContain('Keep this link');
    trackingLink = await page.getByTestId('tracking-link').inputValue();
    expect(trackingLink).toMatch(new RegExp(`^${run.url}/report/track/[^/]+$`));
    await receipt.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(trackingLink);
    const number = page.getByTestId('receipt-request-id');
    requestId = (await number.getAttribute('data-request-id')) ?? '';
    expect(await text(number)).toBe(`Report number: ${requestId}`);

    // The police received it, without any contact.
    const received = (await police.listReports()).find((r) => r.requestId === requestId);
    expect(received).toMatchObject({
      category: 'unattended-item',
      status: 'open',
      anonymous: true,
      hasPhoto: true,
      description: DESCRIPTION,
      contact: { firstName: '', lastName: '', email: '', phone: '' },
      via: 'web',
    });

    // The link opens the follow-up page: received by the police.
    await page.goto(trackingLink);
    const track = await openTracking(page);
    expect(await text(track.getByTestId('report-status'))).toBe('Received');
    expect(await text(track.getByTestId('track-org'))).toBe(POLICE_NAME);
    expect(await track.getByTestId('track-note').count()).toBe(0);
    expect(await text(track.getByTestId('track-description'))).toBe(DESCRIPTION);
  });

  it('lets Nice’s police find the report, blur a region of its photo by hand and set it in progress with a public note', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, NICE_POLICE, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Citizens’ reports' }).waitFor();
    await page.getByLabel('Category', { exact: true }).selectOption('unattended-item');
    const row = page.getByTestId('citizen-reports').locator(`tr[data-request-id="${requestId}"]`);
    expect(await text(row.getByTestId('report-status'))).toBe('Received');
    await row.getByRole('link').click();

    const triage = page.getByTestId('report-triage');
    await triage.getByRole('heading', { level: 1, name: `Report ${requestId}` }).waitFor();
    expect(await text(triage.getByTestId('report-description'))).toBe(DESCRIPTION);
    await triage.getByTestId('report-anonymous').waitFor();
    const pin = loadedMap(page, 'report-pin-map');
    await pin.waitFor({ timeout: 30_000 });
    await expect.poll(() => pin.getAttribute('data-rendered-marks').then(Number)).toBe(1);

    // A rectangle drawn on the photo becomes a region, its numbers in the fields.
    const photo = triage.getByTestId('report-photo');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const surface = triage.getByTestId('blur-surface');
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error('The photo is not shown.');
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    const regionRow = triage.getByTestId('blur-region-row');
    await regionRow.waitFor();
    expect(Number(await regionRow.getByLabel('From the left (%)').inputValue())).toBeCloseTo(10, 0);
    expect(Number(await regionRow.getByLabel('Width (%)').inputValue())).toBeCloseTo(40, 0);
    // Adjusted with the keyboard.
    await regionRow.getByLabel('Height (%)').fill('30');

    await triage.getByLabel('Status', { exact: true }).selectOption('in-progress');
    await triage.getByLabel('Public note').fill(NOTE);
    await triage.getByRole('button', { name: 'Save the triage' }).click();
    await expect
      .poll(() => text(triage.locator('.page-header').getByTestId('report-status')))
      .toBe('In progress');

    const saved = (await police.listReports({ status: 'in-progress' })).find(
      (r) => r.requestId === requestId,
    );
    expect(saved).toMatchObject({ status: 'in-progress', statusNote: NOTE, published: false });
    expect(saved?.blurRegions).toHaveLength(1);
    expect(saved?.blurRegions[0]?.x).toBeCloseTo(0.1, 2);
    expect(saved?.blurRegions[0]?.height).toBeCloseTo(0.3, 4);
  });

  it('shows the visitor the new status and the police’s note when they come back to the link', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await page.goto(trackingLink);
    let track = await openTracking(page);
    await page.reload();
    track = await openTracking(page);
    expect(await text(track.getByTestId('report-status'))).toBe('In progress');
    expect(await text(track)).toContain(`${POLICE_NAME} is dealing with it.`);
    expect(await text(track.getByTestId('track-note'))).toBe(`Note from ${POLICE_NAME}: ${NOTE}`);
  });

  it('counts the report on the public transparency page, with the Open311 address for developers', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await page.goto('/transparency');
    const row = page.getByTestId('transparency-categories').locator('tr[data-category="unattended-item"]');
    await row.waitFor();
    expect(await text(row.getByTestId('received'))).toBe('1');
    expect(await text(row.locator('td[data-status="in-progress"]'))).toBe('1');
    expect(await text(row)).toContain('30 days');
    expect(await page.getByTestId('open311-endpoint').getAttribute('href')).toBe(
      `${run.url}/open311/v2/services.json`,
    );
    expect(await text(page.getByTestId('transparency-dpia'))).toContain(
      'docs/guides/dpia-citizen-reports.md',
    );
  });

  it('lets the police’s admin see its coverage, draw a new area, and issue an Open311 key, shown once, then revoke it', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, NICE_POLICE, '/citizens/settings');
    const coverage = page.getByTestId('coverage-table');
    await coverage.waitFor();
    expect(await text(coverage)).toContain('Unattended item');
    await expect
      .poll(() => loadedMap(page, 'coverage-map').getAttribute('data-rendered-outlines').then(Number))
      .toBeGreaterThan(0);

    // A new area, clicked corner by corner (one undone), then deleted.
    await page.getByRole('button', { name: 'New coverage area' }).click();
    const form = page.getByTestId('coverage-form');
    await form.getByLabel('Name', { exact: true }).fill('Port');
    await form.getByRole('checkbox', { name: 'Crowding' }).check();
    const draw = loadedMap(page, 'coverage-draw-map');
    await draw.waitFor({ timeout: 30_000 });
    const size = await draw.boundingBox();
    if (!size) throw new Error('The map is not shown.');
    /** Clicks a point of the map given in fractions of its width and height. */
    const corner = ([fx, fy]: readonly [number, number]) =>
      draw.click({ position: { x: fx * size.width, y: fy * size.height } });
    for (const at of [
      [0.2, 0.2],
      [0.6, 0.25],
      [0.9, 0.5],
      [0.65, 0.7],
      [0.25, 0.65],
    ] as const)
      await corner(at);
    await form.getByRole('button', { name: 'Undo the last corner' }).click();
    await form.getByRole('button', { name: 'Undo the last corner' }).click();
    await corner([0.6, 0.7]);
    await corner([0.2, 0.65]);
    expect(await text(form.getByTestId('coverage-corners'))).toBe('Corners: 5');
    await form.getByRole('button', { name: 'Save the area' }).click();
    const port = coverage.locator('tr[data-coverage="Port"]');
    await port.waitFor();
    expect(await text(port)).toContain('Crowding');
    const made = (await police.listCoverage()).find((c) => c.name === 'Port');
    expect(made?.categories).toEqual(['crowding']);
    expect(made?.area.type === 'Polygon' && made.area.coordinates[0]).toHaveLength(6);
    await port.getByRole('button', { name: 'Delete the area Port' }).click();
    await page
      .getByTestId('coverage')
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete' })
      .click();
    await port.waitFor({ state: 'detached' });

    const keys = page.getByTestId('api-keys');
    await keys.getByLabel('Used by').fill('Nice city app');
    await keys.getByRole('button', { name: 'Issue a key' }).click();
    const key = await keys.getByTestId('api-key-value').inputValue();
    expect(key.length).toBeGreaterThan(16);
    const listed = keys.locator('tr[data-key="Nice city app"]');
    expect(key.startsWith((await text(listed.locator('td').first())).replace('…', ''))).toBe(true);
    await keys.getByRole('button', { name: 'I have copied it' }).click();
    expect(await keys.getByTestId('api-key-value').count()).toBe(0);

    await listed.getByRole('button', { name: 'Revoke the key of Nice city app' }).click();
    await keys.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => text(listed)).toContain('Revoked on');
    expect((await police.listApiKeys()).find((k) => k.name === 'Nice city app')?.revokedAt).not.toBeNull();
  });

  it('follows the report in French', async () => {
    const { page } = await run.tab({ watchConsole: true, locale: 'fr-FR' });
    await page.goto(trackingLink);
    const track = await openTracking(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await track.getByRole('heading', { level: 1, name: `Signalement ${requestId}` }).waitFor();
    expect(await text(track.getByTestId('report-status'))).toBe('En cours');
    expect(await text(track)).toContain(`${POLICE_NAME} s’en occupe.`);
    expect(await text(track.getByTestId('track-note'))).toBe(`Note de ${POLICE_NAME} : ${NOTE}`);
    expect(await text(track)).toContain('Objet abandonné');
  });
});
