import type { PactesurClient } from '@pactesur/api-client';
import type { Exercise, Inject, Organisation } from '@pactesur/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const CONTROLLER = 'admin@nice.example.org';
const COMMANDER = 'commander@police.nice.example.org';
const EVALUATOR = 'officer@sdis06.example.org';
const NAME = 'Promenade des Anglais — 14 July drill';
const SCOPE = 'The first two hours after the fireworks, played live on the promenade.';
const RESPONSE = 'Patrols PM 12 and PM 14 on scene; promenade closed between the Negresco and Gambetta.';
const LOCATION = 'Promenade des Anglais at Boulevard Gambetta';

/** A CSV of one inject whose delivery method the server does not know. */
const BROKEN_CSV = 'Number,Scenario time,Synopsis,From,To,Method\n1,00:00,A call,Witness,local-police,carrier pigeon\n';

const run = new BrowserRun();
let admin: PactesurClient;
let orgs: Organisation[];
let exercise: Exercise;
let controller: Page;
let police: Page;
let evaluator: Page;

const orgNamed = (slug: string): string => orgs.find((o) => o.slug === slug)?.name ?? slug;

/** The numbers of the injects a page's feed shows, in the order delivered. */
const fedNumbers = async (page: Page): Promise<number[]> =>
  (await page.getByTestId('delivery').evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-number'))))).reverse();

/** The injects of the design that reach the municipal police (by their label, or every player). */
const policeInjects = (msel: readonly Inject[]): Inject[] =>
  msel.filter((i) => !i.contingency && i.to.some((to) => to === 'local-police' || to === 'all-players'));

beforeAll(async () => {
  await run.start();
  admin = await run.client(CONTROLLER);
  orgs = await admin.listOrgs();
});
afterAll(() => run.finish());

describe('a multi-agency exercise in Chromium, with its controller, a player and an evaluator', () => {
  it('is created from the promenade template, and its MSEL refuses a CSV file with the finding shown by row and column', async () => {
    ({ page: controller } = await run.tab({ watchConsole: true }));
    await signIn(controller, CONTROLLER, '/exercises');
    await controller.getByRole('heading', { level: 1, name: 'Multi-agency exercises' }).waitFor();
    await controller.getByRole('link', { name: 'New exercise' }).click();
    await controller.getByLabel('Name').fill(NAME);
    await controller.getByLabel('Vehicle ramming on a seaside promenade').check();
    expect(await controller.getByLabel('Type of exercise').inputValue()).toBe('full-scale');
    await controller.getByLabel('Starts').fill('2027-07-14T22:00');
    await controller.getByLabel('Ends').fill('2027-07-15T01:00');
    await controller.getByRole('button', { name: 'Create the exercise' }).click();
    await controller.getByRole('heading', { level: 1, name: NAME }).waitFor();
    const id = new URL(controller.url()).pathname.split('/').at(-1) ?? '';
    exercise = await admin.getExercise(id);
    const msel = exercise.design?.msel ?? [];
    expect(msel.length).toBeGreaterThan(10);
    expect(await controller.getByTestId('msel-row').count()).toBe(msel.length);
    expect(await controller.getByTestId('save-status').getAttribute('data-state')).toBe('idle');

    // The scope, typed in, is saved as the planner goes.
    await controller.getByLabel('Scope').fill(SCOPE);
    await controller.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    expect((await admin.getExercise(id)).design?.scope).toBe(SCOPE);

    // A file with an unknown delivery method is refused with its finding, and the list stays as it was.
    await controller.getByTestId('msel-import').setInputFiles({ name: 'msel.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN_CSV) });
    const finding = controller.locator('[data-testid="msel-finding"][data-row="2"][data-column="Method"]');
    await finding.waitFor();
    expect(await finding.locator('td').nth(1).textContent()).toBe('Method');
    expect(await finding.locator('td').nth(2).textContent()).toContain('carrier pigeon');
    expect(await controller.getByTestId('msel-row').count()).toBe(msel.length);
    expect((await admin.getExercise(id)).design?.msel).toHaveLength(msel.length);
    // The export gives the list as CSV, under its English headers.
    const href = (await controller.getByTestId('msel-export').getAttribute('href')) ?? '';
    expect(href).toBe(`/api/exercises/${id}/msel.csv`);
    const csv = await (await controller.request.get(href)).text();
    expect(csv.split(/\r?\n/)[0]).toContain('Scenario time');
    expect(csv).toContain(msel[0]?.synopsis ?? 'no synopsis');

    // The MSEL's wide table scrolls inside its card: the page is no wider than the window.
    const overflowing = await controller.evaluate(() =>
      [...document.querySelectorAll('main, .page, .tab-panel, .card')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className),
    );
    expect(overflowing).toEqual([]);
    expect(await controller.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await controller.screenshot({ path: '/tmp/pactesur-exercise-design.png', fullPage: true });
  });

  it('takes the municipal police as players under the label its injects name, and SDIS 06 as evaluator', async () => {
    await controller.getByRole('tab', { name: /^Participants/ }).click();
    const form = controller.getByTestId('add-participant');
    // The labels the template's injects are sent to are offered.
    expect(await form.locator('datalist option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).toContain('local-police');

    await form.getByLabel('Organisation').selectOption({ label: orgNamed('nice-police') });
    await form.getByLabel('Role').selectOption('player');
    await form.getByLabel('Named in the injects as').fill('local-police');
    await form.getByRole('button', { name: 'Add' }).click();
    await controller.locator('[data-testid="participant"][data-org-slug="nice-police"][data-role="player"]').waitFor();

    await form.getByLabel('Organisation').selectOption({ label: orgNamed('sdis-06') });
    await form.getByLabel('Role').selectOption('evaluator');
    await form.getByRole('button', { name: 'Add' }).click();
    await controller.locator('[data-testid="participant"][data-org-slug="sdis-06"][data-role="evaluator"]').waitFor();
    expect((await admin.getExercise(exercise.id)).participants.map((p) => [p.orgSlug, p.role, p.agency])).toEqual([
      ['nice-police', 'player', 'local-police'],
      ['sdis-06', 'evaluator', ''],
    ]);

    ({ page: police } = await run.tab({ watchConsole: true }));
    await signIn(police, COMMANDER, `/exercises/${exercise.id}`);
    await police.locator('[data-testid="exercise"][data-view="player"]').waitFor();
    await police.locator('[data-testid="exercise-feed"][data-following="true"]').waitFor();
    expect(await police.getByTestId('delivery').count()).toBe(0);

    ({ page: evaluator } = await run.tab({ watchConsole: true }));
    await signIn(evaluator, EVALUATOR, `/exercises/${exercise.id}`);
    await evaluator.locator('[data-testid="exercise"][data-view="participant"]').waitFor();
    expect(await evaluator.getByTestId('my-roles').getAttribute('data-roles')).toBe('evaluator');
  });

  it("delivers the police's injects to their page as the clock runs, and brings their M/ETHANE report back to the controller", async () => {
    await controller.getByRole('tab', { name: 'Run' }).click();
    await controller.getByLabel('Speed').selectOption('120');
    await controller.getByRole('button', { name: 'Start' }).click();
    await controller.locator('[data-testid="exercise-clock"][data-status="running"]').waitFor();

    // Two scenario minutes a second: the first injects to the police arrive within seconds, in order.
    const expected = policeInjects(exercise.design?.msel ?? []).map((i) => i.number);
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => fedNumbers(police).then((n) => n.length), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const fed = await fedNumbers(police);
    expect(fed).toEqual(expected.slice(0, fed.length));
    // The scenario time on the page moves on.
    const seconds = Number(await police.getByTestId('exercise-clock').getAttribute('data-seconds'));
    await expect.poll(async () => Number(await police.getByTestId('exercise-clock').getAttribute('data-seconds')), { timeout: 10_000 }).toBeGreaterThan(seconds);

    // The commander answers the first call with an M/ETHANE report.
    const first = police.locator(`[data-testid="delivery"][data-number="${expected[0]}"]`);
    await first.getByRole('button', { name: `Respond to inject ${expected[0]}` }).click();
    const form = first.getByTestId('response-form');
    await form.getByLabel('Your response').fill(RESPONSE);
    await form.getByText('M/ETHANE report').click();
    await form.getByLabel('Major incident declared').check();
    await form.getByLabel('Exact location').fill(LOCATION);
    await form.getByLabel('Type of incident').fill('Vehicle ramming, driver neutralised');
    await form.getByLabel('Number and severity of casualties').fill('Dozens along 1.7 km, some not moving');
    await form.getByRole('button', { name: 'Send the response' }).click();
    const ours = police.getByTestId('our-responses').getByTestId('exercise-response');
    await ours.getByText(RESPONSE).waitFor();
    expect(await ours.getByTestId('methane').getAttribute('data-major')).toBe('true');

    // The controller sees it come in on the run tab, with the report.
    const seen = controller.getByTestId('run-responses').getByTestId('exercise-response');
    await seen.getByText(RESPONSE).waitFor({ timeout: 15_000 });
    expect(await seen.textContent()).toContain(orgNamed('nice-police'));
    expect(await seen.getByTestId('methane').textContent()).toContain(LOCATION);
    const row = controller.locator(`[data-testid="timeline-inject"][data-number="${expected[0]}"]`);
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('delivered');
    expect(await row.getByTestId('reached').textContent()).toContain(orgNamed('nice-police'));
    await controller.screenshot({ path: '/tmp/pactesur-exercise-run.png', fullPage: true });

    // The public alert of the scenario reaches the police marked as an exercise.
    const cap = (exercise.design?.msel ?? []).find((i) => i.method === 'cap-alert' && i.to.includes('local-police'));
    expect(cap).toBeDefined();
    const alert = police.locator(`[data-testid="delivery"][data-number="${cap?.number}"]`);
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getByTestId('delivery-cap').textContent()).toContain('EXERCISE');

    await controller.getByRole('button', { name: 'Pause' }).click();
    await controller.locator('[data-testid="exercise-clock"][data-status="paused"]').waitFor();

    // What reached the police, on their page and after it is opened again: every inject once, in order.
    const delivered = (await (await run.client(COMMANDER)).exerciseDeliveries(exercise.id)).map((d) => d.number);
    expect(delivered.length).toBeGreaterThanOrEqual(fed.length);
    await expect.poll(() => fedNumbers(police), { timeout: 15_000 }).toEqual(delivered);
    await police.reload();
    await police.locator('[data-testid="exercise-feed"][data-following="true"]').waitFor();
    await expect.poll(() => fedNumbers(police), { timeout: 15_000 }).toEqual(delivered);
    await police.locator('[data-testid="exercise"][data-status="paused"]').waitFor();
  });

  it("shows the evaluator the outline and objectives, and neither the evaluator nor the police a control note", async () => {
    const objectives = exercise.design?.objectives ?? [];
    expect(objectives.length).toBeGreaterThan(0);
    await evaluator.getByTestId('exercise-outline').getByText(orgNamed('nice-police'), { exact: false }).waitFor();
    const shown = evaluator.getByTestId('exercise-objectives').locator('[data-objective-id]');
    expect(await shown.evaluateAll((items) => items.map((i) => i.getAttribute('data-objective-id')))).toEqual(objectives.map((o) => o.id));
    expect(await shown.first().textContent()).toContain(objectives[0]?.text);

    const notes = (exercise.design?.msel ?? []).map((i) => i.controlNote).filter((n) => n !== '');
    expect(notes.length).toBeGreaterThan(0);
    for (const page of [evaluator, police]) {
      const text = await page.locator('body').innerText();
      for (const note of notes) expect(text).not.toContain(note);
      expect(text).not.toContain(SCOPE);
    }
    // The evaluator's page speaks French too.
    await evaluator.getByTestId('language').selectOption('fr');
    await evaluator.getByRole('heading', { level: 2, name: 'Objectifs' }).waitFor();
    expect(await evaluator.getByTestId('my-roles').textContent()).toBe('Évaluateur');
    await evaluator.getByTestId('language').selectOption('en');

    // The controller's page has them.
    await controller.getByRole('tab', { name: 'Design' }).click();
    expect(await controller.getByTestId('msel').locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))).toContain(notes[0]);
    await police.screenshot({ path: '/tmp/pactesur-exercise-player.png', fullPage: true });
  });
});
