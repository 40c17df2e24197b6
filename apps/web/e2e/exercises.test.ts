import type { PactesurClient } from '@pactesur/api-client';
import type { Exercise, Inject, Organisation, ReplayItem } from '@pactesur/contracts';
import { readFileSync } from 'node:fs';
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

const OBSERVATION = 'Cordon at Gambetta set at 60 m, not the 100 m agreed; the fire brigade’s access stayed clear.';
const POLICE_WELL = 'The M/ETHANE report reached the other control rooms within minutes.';
const POLICE_IMPROVE = 'Our patrols did not know where the rendezvous point was.';
const HOT_WELL = 'Players praised the joint command post set up at the Negresco.';
const HOT_IMPROVE = 'The cordon distance was not agreed between police and fire brigade.';
const ACTION = 'Train the municipal police control room on cordon distances with SDIS 06';
const PRACTICE = 'Joint cordon card of the Alpes-Maritimes';
/** A JPEG with its GPS position in its EXIF data, as a phone takes it. */
const PHOTO = readFileSync(new URL('../../server/test/fixtures/photo-gps.jpg', import.meta.url));

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
const orgIdOf = (slug: string): string => orgs.find((o) => o.slug === slug)?.id ?? slug;

/** A day counted from today on the local calendar, as a date field takes it (`YYYY-MM-DD`). */
const dayFromToday = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The kinds of the moments of a replay in scenario-time order (the order they happened in at the same time). */
const kindsInScenarioOrder = (items: readonly ReplayItem[]): string[] =>
  items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.scenarioTimeS - b.item.scenarioTimeS || a.i - b.i)
    .map(({ item }) => item.kind);

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
    // Its CAP message, status Exercise, is named and downloaded as application/cap+xml.
    const sent = (await (await run.client(COMMANDER)).exerciseDeliveries(exercise.id)).find((d) => d.number === cap?.number);
    expect(sent?.cap?.xml).toContain('<status>Exercise</status>');
    const capMessage = alert.getByTestId('delivery-cap-message');
    expect(await capMessage.getAttribute('data-identifier')).toBe(sent?.cap?.identifier);
    expect(await capMessage.textContent()).toContain(sent?.cap?.identifier);
    const capLink = capMessage.getByTestId('delivery-cap-download');
    expect(await capLink.getAttribute('type')).toBe('application/cap+xml');
    expect(await capLink.textContent()).toContain('EXERCISE');
    const [download] = await Promise.all([police.waitForEvent('download'), capLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.cap\.xml$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(sent?.cap?.xml);

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

  it('lets the SDIS evaluator record an observation rated S against the first objective, with a photo, which the controller sees come in', async () => {
    const objective = exercise.design?.objectives[0];
    if (!objective) throw new Error('The template has no objective.');
    await controller.getByRole('tab', { name: 'Evaluation' }).click();
    const controlled = controller.getByTestId('evaluation');
    await controlled.getByText('No observation yet.').waitFor();

    const form = evaluator.getByTestId('observation-form');
    await form.getByLabel('Objective', { exact: true }).selectOption(objective.id);
    // The objective narrows the capabilities offered to those it tests.
    const offered = await form
      .getByLabel('Capability', { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(offered).toEqual(objective.capabilities);
    await form.getByRole('radio', { name: 'S Performed with some challenges' }).check();
    await form.getByLabel('What you observed').fill(OBSERVATION);
    expect(await form.getByRole('checkbox', { name: 'Keep where it was taken' }).isChecked()).toBe(false);
    await form.getByLabel('Photo (JPEG or PNG, optional)').setInputFiles({ name: 'cordon-gambetta.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await form.getByRole('button', { name: 'Record the observation' }).click();

    // On the evaluator's page, with its thumbnail.
    const mine = evaluator.getByTestId('evaluation').locator('[data-testid="observation"][data-rating="S"]');
    await mine.getByText(OBSERVATION).waitFor();
    const thumbnail = mine.getByRole('img', { name: `Photo of the observation by`, exact: false });
    await thumbnail.waitFor({ timeout: 15_000 });
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);

    // Recorded against the objective, by SDIS 06, its photo without where it was taken.
    const observations = await admin.exerciseObservations(exercise.id);
    expect(observations).toHaveLength(1);
    const recorded = observations[0];
    expect(recorded).toMatchObject({ objectiveId: objective.id, capabilityId: null, rating: 'S', text: OBSERVATION, orgId: orgIdOf('sdis-06') });
    expect(recorded?.photo).toMatchObject({ filename: 'cordon-gambetta.jpg', contentType: 'image/jpeg', locationKept: false });

    // The controller's evaluation tab shows it without being reloaded, the photo linking to the full image.
    const seen = controlled.locator(`[data-testid="observation"][data-id="${recorded?.id}"]`);
    await seen.waitFor({ timeout: 15_000 });
    expect(await seen.getAttribute('data-rating')).toBe('S');
    expect(await seen.textContent()).toContain(orgNamed('sdis-06'));
    expect(await seen.textContent()).toContain(objective.text);
    const link = seen.getByTestId('observation-photo-link');
    await link.waitFor({ timeout: 15_000 });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/exercises/${exercise.id}/observations/${recorded?.id}/photo`);
    const image = await controller.request.get(href);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    const bytes = await image.body();
    expect(bytes.length).toBe(recorded?.photo?.bytes);
    expect(bytes.length).toBeLessThan(PHOTO.length);
    await evaluator.screenshot({ path: '/tmp/pactesur-exercise-evaluator.png', fullPage: true });
  });

  it('ends the exercise; the police give their feedback and the controller records the hot wash', async () => {
    await controller.getByRole('tab', { name: 'Run' }).click();
    await controller.getByRole('button', { name: 'End the exercise' }).click();
    await controller.locator('[data-testid="exercise-clock"][data-status="ended"]').waitFor();

    // The police's page learns that play has ended and asks for their feedback, as participants.
    await police.locator('[data-testid="exercise"][data-status="ended"]').waitFor({ timeout: 15_000 });
    const theirs = police.getByTestId('feedback-form');
    expect(await theirs.getByRole('radio', { name: 'Hot wash' }).count()).toBe(0);
    await theirs.getByLabel('What went well').fill(POLICE_WELL);
    await theirs.getByLabel('What to improve').fill(POLICE_IMPROVE);
    await theirs.getByRole('radio', { name: '4', exact: true }).check();
    await theirs.getByRole('button', { name: 'Send the feedback' }).click();
    await theirs.getByTestId('feedback-sent').waitFor();

    // The controller records the hot wash, and reads both.
    await controller.getByRole('tab', { name: 'Evaluation' }).click();
    const hotWash = controller.getByTestId('feedback-form');
    expect(await hotWash.getByRole('radio', { name: 'Hot wash' }).isChecked()).toBe(true);
    await hotWash.getByLabel('What went well').fill(HOT_WELL);
    await hotWash.getByLabel('What to improve').fill(HOT_IMPROVE);
    await hotWash.getByRole('button', { name: 'Send the feedback' }).click();
    const given = controller.getByTestId('feedback-list');
    await given.locator('[data-testid="feedback"][data-kind="hot-wash"]').getByText(HOT_WELL).waitFor();
    await given.locator('[data-testid="feedback"][data-kind="participant"]').getByText(POLICE_WELL).waitFor();
    expect((await admin.exerciseFeedback(exercise.id)).map((f) => [f.kind, f.orgId, f.score, f.toImprove])).toEqual([
      ['participant', orgIdOf('nice-police'), 4, POLICE_IMPROVE],
      ['hot-wash', exercise.ownerOrgId, null, HOT_IMPROVE],
    ]);
  });

  it('keeps the improvement plan: an overdue corrective action for the municipal police, moved to in progress, which the police see', async () => {
    const capability = exercise.design?.objectives[0]?.capabilities[0] ?? '';
    await controller.getByRole('tab', { name: 'Improvement plan' }).click();
    const plan = controller.getByTestId('improvement-plan');
    await plan.getByText('No corrective action yet.').waitFor();
    const add = plan.getByTestId('add-corrective-action');
    await add.getByLabel('Corrective action', { exact: true }).fill(ACTION);
    await add.getByLabel('Capability element', { exact: true }).selectOption('training');
    await add.getByLabel('Responsible organisation', { exact: true }).selectOption({ label: orgNamed('nice-police') });
    await add.getByLabel('Capability', { exact: true }).selectOption(capability);
    await add.getByLabel('Start', { exact: true }).fill(dayFromToday(-10));
    await add.getByLabel('Due', { exact: true }).fill(dayFromToday(-1));
    await add.getByLabel('Practice it draws on or became').fill(PRACTICE);
    await add.getByRole('button', { name: 'Add the action' }).click();

    // Added open, and overdue: its due day has passed.
    const row = plan.locator('[data-testid="corrective-action"]').filter({ hasText: ACTION });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('open');
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await row.getByRole('button', { name: `Move “${ACTION}” to in progress` }).click();
    await plan.locator('[data-testid="corrective-action"][data-status="in-progress"]').waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('true');
    expect(await admin.exerciseActions(exercise.id)).toEqual([
      expect.objectContaining({
        text: ACTION,
        element: 'training',
        orgId: orgIdOf('nice-police'),
        capabilityId: capability,
        startsOn: dayFromToday(-10),
        dueOn: dayFromToday(-1),
        status: 'in-progress',
        practice: PRACTICE,
      }),
    ]);

    // The police read it in their improvement plan as it changes, without a way to change it.
    const policePlan = police.getByTestId('improvement-plan');
    const ours = policePlan.locator('[data-testid="corrective-action"][data-status="in-progress"]');
    await ours.waitFor({ timeout: 15_000 });
    expect(await ours.textContent()).toContain(ACTION);
    expect(await ours.getAttribute('data-org-id')).toBe(orgIdOf('nice-police'));
    expect(await policePlan.getByRole('button').count()).toBe(0);
    expect(await policePlan.getByTestId('add-corrective-action').count()).toBe(0);
  });

  it('draws up the after-action report: the ratings, the police’s metrics, strengths and areas for improvement, its PDF and the replay', async () => {
    const objective = exercise.design?.objectives[0];
    if (!objective) throw new Error('The template has no objective.');
    const data = await admin.exerciseReport(exercise.id);
    expect(data.ratings).toEqual([{ objectiveId: objective.id, capabilityId: null, counts: { P: 0, S: 1, M: 0, U: 0 }, overall: 'S' }]);
    const policeMetrics = data.metrics.agencies.find((a) => a.orgId === orgIdOf('nice-police'));
    expect(policeMetrics).toMatchObject({ responses: 1 });
    expect(policeMetrics?.injectsReceived).toBeGreaterThan(3);
    expect(policeMetrics?.decisionS).not.toBeNull();

    await controller.getByRole('tab', { name: 'After-action report' }).click();
    const report = controller.getByTestId('after-action-report');
    const rating = report.locator(`[data-testid="report-rating"][data-objective-id="${objective.id}"]`);
    await rating.waitFor();
    expect(await rating.getAttribute('data-overall')).toBe('S');
    expect(await rating.locator('td[data-rating="S"]').textContent()).toBe('1');
    expect(await report.getByTestId('report-rating').count()).toBe(1);

    // The police's metrics: what reached them, their one response, a decision time.
    const metrics = report.locator(`[data-testid="agency-metrics"][data-org-id="${orgIdOf('nice-police')}"]`);
    expect(await metrics.getAttribute('data-responses')).toBe('1');
    expect(await metrics.getAttribute('data-received')).toBe(String(policeMetrics?.injectsReceived));
    expect(await metrics.getByTestId('decision-time').textContent()).toMatch(/\d+(\.\d)? s$/);
    expect(await report.getByTestId('injects-delivered').textContent()).toBe(String(data.metrics.injectsDelivered));

    // The observation rated S is an area for improvement, not a strength; the feedback and the plan are there.
    expect(await report.getByTestId('report-improvements').textContent()).toContain(OBSERVATION);
    expect(await report.getByTestId('report-strengths').textContent()).toContain('No observation rated P yet.');
    const feedback = (await report.getByTestId('report-feedback').textContent()) ?? '';
    for (const text of [HOT_WELL, HOT_IMPROVE, POLICE_WELL]) expect(feedback).toContain(text);
    expect(await report.getByTestId('report-actions').locator('[data-testid="corrective-action"][data-status="in-progress"]').textContent()).toContain(ACTION);

    // The PDF, in the reader's language.
    const href = (await report.getByTestId('report-pdf').getAttribute('href')) ?? '';
    expect(href).toBe(`/api/exercises/${exercise.id}/report.pdf?lang=en`);
    const pdf = await controller.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The replay: every moment of the exercise in order — the deliveries, the police's response, the observation last.
    const replayed = await admin.exerciseReplay(exercise.id);
    const replay = report.getByTestId('replay');
    const items = replay.getByTestId('replay-item');
    const kinds = await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toEqual(kindsInScenarioOrder(replayed));
    expect(kinds.filter((k) => k === 'response')).toHaveLength(1);
    expect(kinds[0]).toBe('delivery');
    expect(kinds.indexOf('response')).toBeGreaterThan(kinds.indexOf('delivery'));
    expect(kinds.at(-1)).toBe('observation');

    // Back to the start, one moment on, to the moment of the response, and to the end.
    await replay.getByRole('button', { name: 'To the start' }).click();
    expect(await items.count()).toBe(0);
    expect(await replay.getByTestId('replay-summary').textContent()).toBe('By 00:00:00 — injects delivered: 0 · responses: 0 · observations: 0.');
    await replay.getByRole('button', { name: 'Next moment' }).click();
    expect(await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-kind')))).toEqual(['delivery']);
    const response = replayed.find((i) => i.kind === 'response');
    const at = Math.ceil(response?.scenarioTimeS ?? 0);
    await replay.getByTestId('replay-scrubber').fill(String(at));
    await expect.poll(() => items.count()).toBe(replayed.filter((i) => i.scenarioTimeS <= at).length);
    expect(await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-kind')))).toContain('response');
    expect(await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-kind')))).not.toContain('observation');
    await replay.getByRole('button', { name: 'To the end' }).click();
    expect(await items.count()).toBe(replayed.length);
    await controller.screenshot({ path: '/tmp/pactesur-exercise-report.png', fullPage: true });

    // The evaluator reads the same report, in French too.
    const theirs = evaluator.getByTestId('after-action-report');
    await expect
      .poll(() => theirs.locator(`[data-testid="report-rating"][data-objective-id="${objective.id}"]`).getAttribute('data-overall'), { timeout: 15_000 })
      .toBe('S');
    await evaluator.getByTestId('language').selectOption('fr');
    await theirs.getByRole('heading', { level: 2, name: 'Retour d’expérience' }).waitFor();
    expect(await theirs.getByTestId('report-pdf').textContent()).toBe('Télécharger le rapport (PDF)');
    expect(await theirs.getByTestId('report-pdf').getAttribute('href')).toBe(`/api/exercises/${exercise.id}/report.pdf?lang=fr`);
    await evaluator.getByTestId('language').selectOption('en');
  });
});
