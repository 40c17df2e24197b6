import type { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import { pdfWords } from '@pactesur/server/test/pdf-words';
import { ANALYSIS_WAIT_MS, waitFor } from '@pactesur/server/test/wait-for';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const EDITOR = 'editor@nice.example.org';
const VIEWER = 'viewer@nice.example.org';
const SITE_NAME = 'Grote Markt';
const TITLE = 'Grote Markt, summer season';

/**
 * The measures proposed, and what they are worth, worked out by hand. Scored: vehicle ramming L4 × I5 = 20,
 * firearms L2 × I5 = 10, arson L3 × I2 = 6; 36 in all.
 * - Bollards (€120,000) bring vehicle ramming to L2: 10 + 10 + 6 = 26, so 10 points less, 10 / 0.12 = 83.3
 *   points per million euros.
 * - Patrols (€500,000) bring firearms to L1 and vehicle ramming to I4: 16 + 5 + 6 = 27, so 9 points less,
 *   9 / 0.5 = 18 per million euros.
 * Ranked: bollards, then patrols. With both: vehicle ramming L2 × I4 = 8, firearms L1 × I5 = 5, arson 6.
 */
/** The smallest PNG there is: one pixel. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const BOLLARDS = 'Retractable bollards at the north entry';
const PATROLS = 'Armed patrols on market days';

const run = new BrowserRun();
let site: Site;
/** The assessment the first test makes, read again by the last one. */
let assessed = '';
/** The same editor through the API, to prepare the site and read what the page saved. */
let api: PactesurClient;

beforeAll(async () => {
  await run.start();
  api = await run.client(EDITOR);
  site = await registerSite(api, sharedExtract('breda-grote-markt.osm'), SITE_NAME, { eventOccupancy: 3000 });
  // The vehicle analysis the indicators are computed from.
  const started = await api.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
  const done = await waitFor(
    () => api.getThreatAnalysis(started.id),
    (a) => a.status !== 'processing',
    ANALYSIS_WAIT_MS,
    250,
  );
  expect(done.status).toBe('ready');
});

afterAll(() => run.finish());

/** The card of one threat type on the scenarios step. */
const card = (page: Page, threat: string): Locator =>
  page.locator(`[data-testid="scenario-card"][data-threat="${threat}"]`);

/** Scores a scenario with the radio buttons of its card, by the words of each value. */
async function score(page: Page, threat: string, likelihood: string, impact: string): Promise<void> {
  const c = card(page, threat);
  await c.getByRole('group', { name: 'Likelihood' }).getByRole('radio', { name: likelihood }).check();
  await c.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: impact }).check();
}

/** Goes to the next step with its button and waits for it. */
async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: `Next: ${step} →` }).click();
  await page.getByRole('heading', { level: 2, name: step }).waitFor();
}

/** Waits until everything changed on the page has been saved. */
const allSaved = (page: Page): Promise<void> =>
  expect
    .poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('saved');

/** A proposed measure's card, by its title. */
const measureCard = (page: Page, title: string): Locator =>
  page.getByTestId('proposed-measure').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

/** Whether `lines` has the register row of `name` with `risk` among the cells just after it. */
const hasRow = (lines: readonly string[], name: string, risk: number): boolean =>
  lines.some(
    (line, i) => line.trim() === name && lines.slice(i + 1, i + 8).some((l) => l.trim() === String(risk)),
  );

describe('vulnerability assessments in Chromium', () => {
  it('assesses a site step by step, saved as it goes, to its register, matrix, ranking and exports', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, EDITOR, '/assessments');

    // The dashboard: the site, not assessed yet, with its way to start.
    const dashboard = page.getByTestId('assessment-dashboard');
    const row = dashboard.locator(`[data-testid="dashboard-site"][data-site-id="${site.id}"]`);
    await row.getByRole('link', { name: 'Start an assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'New vulnerability assessment' }).waitFor();
    expect(await page.getByLabel('Public space').inputValue()).toBe(site.id);
    await page.getByLabel('Title (optional)').fill(TITLE);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    assessed = id;

    // Scope: the indicators computed from the vehicle analysis, with their sources.
    await page.getByRole('heading', { level: 2, name: 'Scope' }).waitFor();
    const access = page.locator('[data-testid="indicator"][data-key="vehicle-accessibility"]');
    expect(await access.getByTestId('indicator-value').innerText()).toMatch(/^\d+\s?%$/);
    expect(await access.getAttribute('data-stale')).toBe('false');
    await access.getByText('Details').click();
    await access.getByText(/^Vehicle threat analysis: /).waitFor();
    await page
      .getByRole('textbox', { name: 'Scope', exact: true })
      .fill('The market square and the streets that lead into it.');
    await page.getByLabel('National threat level').selectOption({ label: '3' });
    await page.screenshot({ path: '/tmp/pactesur-assessment-scope.png', fullPage: true });

    // Team: one member.
    await next(page, 'Team');
    const addMember = page.getByRole('form', { name: 'Add a member' });
    await addMember.getByLabel('Name').fill('Sophie Moreau');
    await addMember.getByLabel('Organisation').fill('Police municipale');
    await addMember.getByLabel('Role').selectOption({ label: 'Police' });
    await addMember.getByRole('button', { name: 'Add member' }).click();
    await page.getByTestId('team-member').first().waitFor();
    expect(await page.getByLabel('Name of member 1').inputValue()).toBe('Sophie Moreau');

    // Existing measures: one organisational.
    await next(page, 'Existing measures');
    const organisational = page.locator('[data-testid="existing-kind"][data-kind="organisational"]');
    await organisational.getByLabel('New measure').fill('Municipal police patrols');
    await organisational.getByRole('button', { name: 'Add', exact: true }).click();
    await organisational.getByTestId('existing-measure').waitFor();

    // Scenarios: three scored, with the live risk on each card; the indicators suggest a likelihood.
    await next(page, 'Scenarios');
    await card(page, 'vehicle-ramming')
      .locator('[data-testid="suggestion"][data-field="likelihood"]')
      .waitFor();
    await score(page, 'vehicle-ramming', '4 — Likely', '5 — Catastrophic');
    await score(page, 'firearms', '2 — Unlikely', '5 — Catastrophic');
    await score(page, 'arson', '3 — Possible', '2 — Moderate');
    expect(await card(page, 'vehicle-ramming').getByTestId('scenario-risk').innerText()).toContain(
      '20 · Very high',
    );
    expect(await card(page, 'firearms').getByTestId('scenario-risk').innerText()).toContain('10 · High');
    expect(await card(page, 'arson').getByTestId('scenario-risk').innerText()).toContain('6 · Medium');
    const firearms = card(page, 'firearms');
    await firearms.getByText('Scenario, evidence and measures it meets').click();
    await firearms.getByRole('checkbox', { name: /Municipal police patrols/ }).check();
    await card(page, 'vehicle-ramming').screenshot({ path: '/tmp/pactesur-assessment-scenario.png' });

    // Measures: two, with their costs and what each changes.
    await next(page, 'Proposed measures');
    const propose = page.getByRole('form', { name: 'Propose a measure' });
    for (const [title, cost] of [
      [BOLLARDS, '120000'],
      [PATROLS, '500000'],
    ] as const) {
      await propose.getByLabel('Measure').fill(title);
      await propose.getByLabel('Cost (€)').fill(cost);
      await propose.getByRole('button', { name: 'Add measure' }).click();
      await measureCard(page, title).waitFor();
    }
    const bollards = measureCard(page, BOLLARDS);
    await bollards
      .getByRole('combobox', { name: 'Likelihood of Vehicle ramming with this measure' })
      .selectOption({ label: '2 — Unlikely' });
    await bollards.getByLabel('Who carries it out').fill('City works department');
    await bollards.getByLabel('Due date').fill('2026-09-30');
    const patrols = measureCard(page, PATROLS);
    await patrols
      .getByRole('combobox', { name: 'Likelihood of Firearms attack with this measure' })
      .selectOption({ label: '1 — Rare' });
    await patrols
      .getByRole('combobox', { name: 'Impact of Vehicle ramming with this measure' })
      .selectOption({ label: '4 — Severe' });
    await page.screenshot({ path: '/tmp/pactesur-assessment-measures.png', fullPage: true });

    // Results: the matrix, the register in order, the measures ranked as worked out by hand.
    await next(page, 'Other methods');
    await next(page, 'Results');
    await allSaved(page);
    const cells = page.getByTestId('heat-cell');
    expect(await cells.count()).toBe(25);
    const cell = (l: number, i: number) =>
      page.locator(`[data-testid="heat-cell"][data-likelihood="${l}"][data-impact="${i}"]`);
    expect(await cell(4, 5).getAttribute('data-count')).toBe('1');
    expect(await cell(4, 5).getAttribute('data-band')).toBe('very-high');
    expect(await cell(4, 5).getAttribute('title')).toContain('Vehicle ramming');
    expect(await cell(2, 5).getAttribute('data-count')).toBe('1');
    expect(await cell(2, 5).getAttribute('data-band')).toBe('high');
    expect(await cell(3, 2).getAttribute('data-count')).toBe('1');
    expect(await cell(3, 2).getAttribute('data-band')).toBe('medium');
    const counts = await cells.evaluateAll((all) => all.map((c) => Number(c.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);

    const register = page.getByTestId('register-row');
    expect(await register.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-threat')))).toEqual([
      'vehicle-ramming',
      'firearms',
      'arson',
    ]);
    expect(
      await register.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-risk')))),
    ).toEqual([20, 10, 6]);
    const residual = page.getByTestId('register-residual');
    expect(
      await residual.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-residual')))),
    ).toEqual([8, 5, 6]);
    expect(await register.first().innerText()).toContain(BOLLARDS);
    expect(await register.nth(1).innerText()).toContain('Municipal police patrols');

    const ranked = page.getByTestId('ranked-measure');
    expect(await ranked.locator('th').allInnerTexts()).toEqual([BOLLARDS, PATROLS]);
    expect(
      await ranked.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-reduced')))),
    ).toEqual([10, 9]);
    expect(await ranked.first().innerText()).toContain('83.3');
    expect(await ranked.nth(1).innerText()).toContain('18');
    await page.screenshot({ path: '/tmp/pactesur-assessment-results.png', fullPage: true });

    // What the page shows is what was stored.
    const stored = await api.getAssessment(id);
    expect(stored.step).toBe('results');
    expect(stored.content.team.map((m) => m.name)).toEqual(['Sophie Moreau']);
    expect(stored.content.threatLevel).toBe(3);
    expect(stored.register.map((r) => r.risk)).toEqual([20, 10, 6]);

    // Reloading resumes at the step it was on.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    expect(await page.getByTestId('assessment-step').getAttribute('data-step')).toBe('results');

    // The PDF report: the register and the reader's name on it.
    const me = await api.me();
    const pdfHref = await page.getByTestId('export-pdf').getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const words = pdfWords(new Uint8Array(await pdf.body()));
    const lines = words.split('\n');
    expect(hasRow(lines, 'Vehicle ramming', 20)).toBe(true);
    expect(hasRow(lines, 'Firearms attack', 10)).toBe(true);
    expect(hasRow(lines, 'Arson or incendiary attack', 6)).toBe(true);
    expect(words).toContain(me.displayName);
    expect(words).toContain('CONFIDENTIAL');

    // The register as CSV, in its order.
    const csvHref = await page.getByTestId('export-csv').getAttribute('href');
    const csv = await page.request.get(csvHref ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n').slice(1);
    expect(rows.map((r) => [r.split(',')[0], r.split(',')[4]])).toEqual([
      ['Vehicle ramming', '20'],
      ['Firearms attack', '10'],
      ['Arson or incendiary attack', '6'],
    ]);

    // Complete; then a re-assessment, a new version where the arson impact drops, compared with this one.
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await page.getByTestId('assessment-status').getByText('Complete').waitFor();
    await page.getByRole('button', { name: 'New version' }).click();
    await page.getByText(/^Version 2 · Draft/).waitFor();
    const second = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(second).not.toBe(id);
    await page
      .getByRole('navigation', { name: 'Steps of the assessment' })
      .getByRole('button', { name: 'Scenarios' })
      .click();
    await card(page, 'arson')
      .getByRole('group', { name: 'Impact' })
      .getByRole('radio', { name: '1 — Minor' })
      .check();
    await page
      .getByRole('navigation', { name: 'Steps of the assessment' })
      .getByRole('button', { name: 'Results' })
      .click();
    await allSaved(page);
    await page.getByTestId('compare-previous').click();
    const compare = page.getByTestId('assessment-compare');
    await compare.waitFor();
    const moves = compare.getByTestId('compare-row');
    expect(
      await moves.evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-threat'), r.getAttribute('data-move')]),
      ),
    ).toEqual([
      ['firearms', 'same'],
      ['vehicle-ramming', 'same'],
      ['arson', 'down'],
    ]);
    expect(await moves.nth(2).innerText()).toContain('↓ down by 3');
    expect(await compare.getByTestId('compare-total').innerText()).toMatch(/36\s+33\s+↓ down by 3/);

    // The dashboard: the site with its latest version's highest risk, bands and open measures.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await row.waitFor();
    expect(await row.locator('[data-column="latest"]').innerText()).toContain('version 2');
    expect(await row.locator('[data-column="highest"]').innerText()).toBe('20 · Very high');
    expect(await row.locator('li[data-band="very-high"]').getAttribute('data-count')).toBe('1');
    expect(await row.locator('li[data-band="medium"]').getAttribute('data-count')).toBe('0');
    expect(await row.locator('li[data-band="low"]').getAttribute('data-count')).toBe('1');
    expect(await row.locator('[data-column="open"]').innerText()).toBe('2 · €620,000');
    expect(await page.getByTestId('assessments').locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: '/tmp/pactesur-assessment-dashboard.png', fullPage: true });
  });

  it('follows a change saved elsewhere, takes comments and photos, and shows a viewer everything read-only', async () => {
    const created = await api.createAssessment({ siteId: site.id, title: `${SITE_NAME}, second look` });
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, EDITOR, `/assessments/${created.id}`);
    await page.getByRole('heading', { level: 1, name: created.title }).waitFor();
    const scope = page.getByRole('textbox', { name: 'Scope', exact: true });
    await scope.waitFor();
    // Someone else saves: the page, with nothing of its own waiting, shows their version.
    await api.updateAssessment(created.id, {
      content: { scope: 'Changed from another desk.' },
      revision: created.revision,
    });
    await expect.poll(() => scope.inputValue(), { timeout: 15_000 }).toBe('Changed from another desk.');

    // A comment on the step, with its author; deleted again.
    const me = await api.me();
    const comments = page.getByTestId('comments');
    await comments.getByLabel('New comment').fill('Check the delivery hours with the market operator.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    const comment = comments.getByTestId('comment');
    await comment.getByText('Check the delivery hours with the market operator.').waitFor();
    expect(await comment.innerText()).toContain(me.displayName);
    await comment.getByRole('button', { name: /^Delete your comment of / }).click();
    await comments.getByText('No comment on this step.').waitFor();

    // A photo: its location is removed unless kept on purpose (unticked by default); its thumbnail shows.
    const photos = page.getByTestId('photos');
    expect(await photos.getByRole('checkbox', { name: 'Keep the photo’s location' }).isChecked()).toBe(false);
    await photos
      .getByLabel('Photo (JPEG or PNG)')
      .setInputFiles({ name: 'north-entry.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await photos.getByLabel('Caption').fill('North entry');
    await photos.getByRole('button', { name: 'Upload photo' }).click();
    const thumbnail = photos.getByRole('img', { name: 'North entry' });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 10_000,
      })
      .toBe(1);
    expect((await api.getAssessment(created.id)).photos.map((p) => [p.caption, p.locationKept])).toEqual([
      ['North entry', false],
    ]);

    // Both change the scope at once: the other desk saves first, this page is told, and reloads on request.
    const { revision } = await api.getAssessment(created.id);
    await scope.fill('Typed here.');
    await api.updateAssessment(created.id, {
      content: { scope: 'Saved at the other desk first.' },
      revision,
    });
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toBe('conflict');
    expect(await status.innerText()).toContain('someone else saved this assessment in the meantime');
    await status.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => scope.inputValue(), { timeout: 15_000 }).toBe('Saved at the other desk first.');
    expect(await status.getAttribute('data-state')).toBe('idle');

    const viewer = (await run.tab()).page;
    await signIn(viewer, VIEWER, `/assessments/${created.id}`);
    await viewer.getByRole('heading', { level: 1, name: created.title }).waitFor();
    await viewer.getByText('You can read this assessment.', { exact: false }).waitFor();
    expect(await viewer.getByRole('textbox', { name: 'Scope', exact: true }).isDisabled()).toBe(true);
    expect(await viewer.getByTestId('save-status').count()).toBe(0);
    for (const name of ['Delete assessment', 'Compute again', 'Override'])
      expect(await viewer.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    await viewer.getByRole('button', { name: /Results$/ }).click();
    await viewer.getByTestId('risk-heat-map').waitFor();
    expect(await viewer.getByRole('button', { name: 'New version' }).count()).toBe(0);
  });

  it('speaks the reader’s language: the results in French, numbers and money the French way', async () => {
    const viewer = await run.client(VIEWER);
    await viewer.updateMe({ locale: 'fr' });
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, VIEWER, `/assessments/${assessed}`);
    await page
      .getByRole('navigation', { name: "Étapes de l'évaluation" })
      .getByRole('button', { name: 'Résultats' })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Matrice des risques' }).waitFor();
    const register = page.getByTestId('register-row');
    expect(await register.first().locator('th').innerText()).toBe('Attaque au véhicule-bélier');
    expect(await register.first().innerText()).toContain('Très élevé');
    const ranked = page.getByTestId('ranked-measure');
    expect((await ranked.first().innerText()).replace(/\s/gu, ' ')).toContain('120 000 €');
    expect(await ranked.first().innerText()).toContain('83,3');
    expect(await page.getByTestId('export-pdf').getAttribute('href')).toContain('lang=fr');
    await page.screenshot({ path: '/tmp/pactesur-assessment-fr.png', fullPage: true });
  });
});
