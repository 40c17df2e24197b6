import { PactesurClient } from '@pactesur/api-client';
import type { CorrectiveAction, PracticeContentInput, Site } from '@pactesur/contracts';
import type { Listening } from '@pactesur/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXERCISE, playDemoExercise } from '../../server/src/demo/demo-exercise.ts';
import { DEMO_PASSWORD, launchChromium, openTab, signIn, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';

const NICE_EDITOR = 'editor@nice.example.org';
const EFUS = 'coordinator@efus.example.org';
const LIEGE = 'admin@liege.example.org';
/** A demo site München shares with Nice (`seedDemoSites`): Nice reads it, Liège does not. */
const SITE = 'Marienplatz';
/** A corrective action of the improvement plan of the demo's exercise (`playDemoExercise`). */
const ACTION = 'A shared radio talk group for the police and the fire brigade during cordons';

const text = (fr: string) => ({ source: 'fr', texts: { fr } });

/** Nice's practice, public and complete enough to be published once tied to its records. */
const PRACTICE: PracticeContentInput = {
  title: text('Un groupe radio commun pour les bouclages de la promenade'),
  city: 'Nice',
  country: 'FR',
  contact: 'Direction de la sécurité urbaine, Ville de Nice',
  confidentiality: 'public',
  problem: text(
    'Lors de l’exercice de la promenade des Anglais, la police municipale et les pompiers n’avaient pas de groupe radio commun : chaque demande de bouclage passait par deux salles de commandement.',
  ),
  threats: ['vehicle-ramming'],
  placeTypes: ['promenade'],
  objectives: text('Bouclage coordonné en moins de cinq minutes entre police municipale et pompiers.'),
  method: text(
    'Un groupe radio commun, ouvert à chaque grand événement, réunit les chefs de poste de la police municipale et des pompiers, avec un vocabulaire de bouclage convenu à l’avance et exercé chaque trimestre.',
  ),
  functions: ['crowd-management'],
  costBand: 'under-10k',
  evaluation: 'process',
  effectiveness: text(
    'Le délai de bouclage est mesuré à chaque exercice ; l’échange direct supprime le relais par les salles de commandement, principale source de retard observée.',
  ),
  conditions: text(
    'Des postes radio compatibles entre services, une convention entre la commune et le service d’incendie, et un exercice commun chaque trimestre.',
  ),
};

/** Another draft of Nice's, which only Nice reads: tied to the practice, unknown to Liège. */
const OTHER: PracticeContentInput = {
  title: text('Messages d’alerte rédigés à l’avance pour la promenade'),
  confidentiality: 'network',
};

let server: Listening;
let browser: Browser;
const tabs: Tab[] = [];
const consoleErrors: string[] = [];
let nice: PactesurClient;
let site: Site;
let exerciseId = '';
let action: CorrectiveAction;
let practiceId = '';
let otherId = '';

/** A fresh tab whose script errors and console errors count against the run. */
async function tab(): Promise<Page> {
  const opened = await openTab(browser, server.url);
  tabs.push(opened);
  opened.page.on('console', (message) => {
    // A signed-out start asks for the session, and a practice not shared is answered 404: both are logged.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(message.text());
  });
  return opened.page;
}

/** The texts of the records tied to the practice, kind by kind, as its page shows them (once none is loading). */
async function linksShown(page: Page): Promise<Record<string, string[]>> {
  const section = page.locator('section[data-section="links"]');
  await section.locator('li[data-state]').first().waitFor();
  await expect.poll(() => section.locator('li[data-state="loading"]').count()).toBe(0);
  const shown: Record<string, string[]> = {};
  for (const list of await section.getByTestId('practice-links').all())
    shown[(await list.getAttribute('data-kind')) ?? ''] = (await list.locator('li').allTextContents()).map(
      (t) => t.trim(),
    );
  return shown;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebPlatform({ demoSites: true }), launchChromium()]);
  nice = new PactesurClient({ baseUrl: server.url, cookieJar: true });
  await nice.signIn({ email: NICE_EDITOR, password: DEMO_PASSWORD });
  // The demo's exercise, played to its improvement plan by Nice's people and their partners.
  ({ id: exerciseId } = await playDemoExercise(new PactesurClient({ baseUrl: server.url, cookieJar: true })));
  const found = (await nice.exerciseActions(exerciseId)).find((a) => a.text === ACTION);
  const shared = (await nice.listSites()).find((s) => s.name === SITE);
  if (!found || !shared) throw new Error('The demo has not given Nice its site and its exercise’s actions.');
  [action, site] = [found, shared];
  otherId = (await nice.createPractice({ content: OTHER })).id;
  const made = await nice.createPractice({ content: PRACTICE });
  expect(made.unmet).toEqual([]);
  practiceId = made.id;
}, 120_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  expect(tabs.flatMap((t) => t.pageErrors)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

describe('the records a practice is tied to, in Chromium', () => {
  it('are chosen by Nice’s editor from Nice’s lists, each once, and shown by their names', async () => {
    const page = await tab();
    await signIn(page, NICE_EDITOR, '/practices');
    await page.goto(`/practices/${practiceId}`);
    await page.locator('[data-testid="practice"][data-state="draft"]').waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByTestId('practice-editor');
    const links = editor.locator('section[data-section="links"]');
    await links.getByText('No related record.').waitFor();
    const picker = (kind: string) => links.locator(`[data-testid="link-picker"][data-kind="${kind}"]`);

    // The site, from the sites Nice may read: München's, shared with it, says whose it is.
    const sites = picker('site').getByLabel('Site to add', { exact: true });
    const addSite = picker('site').getByRole('button', { name: 'Add the site' });
    expect(await addSite.isDisabled()).toBe(true);
    expect(await sites.locator(`option[value="${site.id}"]`).textContent()).toBe(
      'Marienplatz (Landeshauptstadt München)',
    );
    await sites.selectOption(site.id);
    await addSite.click();
    const rows = links.getByTestId('practice-links');
    await rows.getByText('Site: Marienplatz', { exact: true }).waitFor();
    // Tied once: it is not offered again.
    expect(await sites.locator(`option[value="${site.id}"]`).count()).toBe(0);

    // Nice has no event plan in this demo: the list says there is nothing to pick.
    await picker('event').getByText('No other event plan to add', { exact: false }).waitFor();

    // The corrective action: the exercise first, then one of its actions, all by keyboard.
    const exercises = picker('action').getByLabel('Exercise', { exact: true });
    await exercises.focus();
    await exercises.selectOption(exerciseId);
    const actions = picker('action').getByLabel('Corrective action to add', { exact: true });
    await actions.waitFor();
    expect(await actions.locator('option').allTextContents()).toContain(ACTION);
    await actions.selectOption(action.id);
    await actions.press('Tab');
    await page.keyboard.press('Enter');
    const actionRow = `Corrective action: ${ACTION} — exercise “${DEMO_EXERCISE.exercise.name}”`;
    await rows.getByText(actionRow, { exact: true }).waitFor();
    expect(await actions.locator(`option[value="${action.id}"]`).count()).toBe(0);

    // Another practice, found by its words (Enter searches, never sends the editor's form); never itself.
    const words = picker('practice').getByLabel('Words of a practice to add', { exact: true });
    await words.fill('promenade');
    await words.press('Enter');
    const found = picker('practice').getByRole('list', { name: 'Practices found' });
    await found.waitFor();
    expect(await editor.isVisible()).toBe(true);
    const titles = await found.locator('li').allTextContents();
    expect(titles.some((t) => t.includes('Messages d’alerte rédigés à l’avance'))).toBe(true);
    expect(titles.some((t) => t.includes('Un groupe radio commun'))).toBe(false);
    await found
      .getByRole('button', {
        name: 'Add the practice “Messages d’alerte rédigés à l’avance pour la promenade”',
      })
      .click();
    await rows
      .getByText('Practice: Messages d’alerte rédigés à l’avance pour la promenade', { exact: true })
      .waitFor();
    await picker('practice').getByText('No other practice matches these words.').waitFor();

    await editor.getByRole('button', { name: 'Save the practice' }).click();
    await editor.waitFor({ state: 'detached' });
    const saved = await nice.getPractice(practiceId);
    expect(saved.content.links).toEqual({
      siteIds: [site.id],
      eventIds: [],
      exerciseActions: [{ exerciseId, actionId: action.id }],
      practiceIds: [otherId],
    });

    // The practice's page names them, each a link to its page.
    expect(await linksShown(page)).toEqual({
      site: [SITE],
      action: [`${ACTION} — exercise “${DEMO_EXERCISE.exercise.name}”`],
      practice: ['Messages d’alerte rédigés à l’avance pour la promenade'],
    });
    const section = page.locator('section[data-section="links"]');
    await section.screenshot({ path: '/tmp/pactesur-practice-links.png' });
    expect(await section.getByRole('link', { name: SITE, exact: true }).getAttribute('href')).toBe(
      `/sites/${site.id}`,
    );
  });

  it('are shown to a reader of Liège, who cannot read Nice’s records, by their kind only, and nothing is asked', async () => {
    await nice.stepPractice(practiceId, { action: 'submit' });
    const efus = new PactesurClient({ baseUrl: server.url, cookieJar: true });
    await efus.signIn({ email: EFUS, password: DEMO_PASSWORD });
    expect((await efus.stepPractice(practiceId, { action: 'publish', maturity: 'inspiring' })).state).toBe(
      'published',
    );

    const page = await tab();
    await signIn(page, LIEGE, '/practices');
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`/practices/${practiceId}`);
    await page.locator('[data-testid="practice"][data-state="published"]').waitFor();
    expect(await linksShown(page)).toEqual({
      site: ['A site of Ville de Nice'],
      action: ['A corrective action of an exercise of Ville de Nice'],
      practice: ['A practice not shared with you'],
    });
    const section = page.locator('section[data-section="links"]');
    expect(await section.textContent()).not.toContain(SITE);
    expect(await section.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Liège's own lists are not read for Nice's records.
    expect(asked.filter((p) => /^\/api\/(sites|events|exercises)\b/.test(p))).toEqual([]);
  });

  it('are shown by their kind to a reader without an account too', async () => {
    const page = await tab();
    await page.goto(`/practices/${practiceId}`);
    await page.locator('[data-testid="practice"][data-state="published"]').waitFor();
    expect(await linksShown(page)).toEqual({
      site: ['A site of Ville de Nice'],
      action: ['A corrective action of an exercise of Ville de Nice'],
      practice: ['A practice not shared with you'],
    });
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
