import type { PactesurClient } from '@pactesur/api-client';
import type { PracticeContentInput } from '@pactesur/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const LIEGE = 'admin@liege.example.org';
const NICE_EDITOR = 'editor@nice.example.org';
const EFUS = 'coordinator@efus.example.org';

/** The French word Liège looks for: the practices below say it, in the singular or the plural. */
const WORD = 'jardinières';
/** The name Liège saves the search under. */
const SEARCH_NAME = 'Planters';

const TITLE_FR = 'Des jardinières anti-bélier sur le cours Saleya';
const TITLE_EN = 'Anti-ram planters on the Cours Saleya';
const SECOND_TITLE = 'Jardinières mobiles pour le marché aux fleurs';

/** A practice of Nice written in French that meets the four criteria, so that it can be published. */
function practiceOf(
  title: PracticeContentInput['title'],
  confidentiality: 'network' | 'public',
): PracticeContentInput {
  const fr = (text: string) => ({ source: 'fr', texts: { fr: text } });
  return {
    title,
    city: 'Nice',
    country: 'FR',
    contact: 'Direction de la sécurité urbaine, Ville de Nice',
    confidentiality,
    problem: fr(
      'Le cours Saleya accueille chaque matin le marché aux fleurs et, l’été, des milliers de promeneurs le soir. Ses entrées restaient ouvertes aux véhicules entre les livraisons.',
    ),
    threats: ['vehicle-ramming'],
    placeTypes: ['market'],
    objectives: fr(
      'Arrêter un véhicule lancé vers la foule à chaque entrée, sans fermer le marché aux livreurs.',
    ),
    method: fr(
      'Des jardinières en béton armé, testées contre un véhicule de 7,5 t, sont posées aux entrées ; une jardinière sur roues se déplace pour laisser passer les livraisons et les secours.',
    ),
    functions: ['security-by-design'],
    costBand: '10k-100k',
    evaluation: 'outcome',
    results: fr(
      'Aucune entrée restée ouverte pendant les marchés d’une saison ; les secours passent en moins de deux minutes.',
    ),
    conditions: fr(
      'Des jardinières certifiées, un plan de pose accepté par les secours et une équipe qui déplace la jardinière mobile.',
    ),
  };
}

const run = new BrowserRun();
let liege: PactesurClient;
let nice: PactesurClient;
let efus: PactesurClient;
let liegeTab: Page;
let firstId = '';

/** Nice writes the practice and submits it; Efus publishes it. Its id. */
async function publishedByNice(content: PracticeContentInput): Promise<string> {
  const made = await nice.createPractice({ content });
  expect(made.unmet).toEqual([]);
  await nice.stepPractice(made.id, { action: 'submit' });
  const published = await efus.stepPractice(made.id, { action: 'publish', maturity: 'inspiring' });
  expect(published.state).toBe('published');
  return made.id;
}

/** The bell of the header. */
const bell = (page: Page): Locator => page.getByTestId('notification-bell');

/** The notifications the bell's panel lists, as their sentences. */
const panelSentences = (page: Page): Promise<string[]> =>
  page.getByTestId('notification-panel').getByTestId('notification').locator('a').allTextContents();

/** A mark left in the page's window: gone if the page is ever reloaded. */
const markWindow = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
const windowKept = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

beforeAll(async () => {
  await run.start();
  [liege, nice, efus] = await Promise.all([run.client(LIEGE), run.client(NICE_EDITOR), run.client(EFUS)]);
});
afterAll(() => run.finish());

describe('notifications in Chromium: Liège saves a search, and is told of the practices Nice publishes', () => {
  it('saves a search for a French word from the search page, notifications on', async () => {
    ({ page: liegeTab } = await run.tab({ watchConsole: true }));
    await signIn(liegeTab, LIEGE, '/practices');
    await liegeTab.getByRole('heading', { level: 1, name: 'Promising practices' }).waitFor();
    expect((await liege.notifications()).unread).toBe(0);
    await liegeTab.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    expect(await bell(liegeTab).getAttribute('data-unread')).toBe('0');

    await liegeTab.getByLabel('Words to look for').fill(WORD);
    await liegeTab.getByRole('button', { name: 'Search', exact: true }).click();
    await liegeTab.waitForURL((url) => url.searchParams.get('q') === WORD);
    await liegeTab.getByTestId('saved-searches').getByText('None yet.', { exact: false }).waitFor();

    // The name offered is the words; the notifications are on unless unticked.
    await liegeTab.getByRole('button', { name: 'Save this search' }).click();
    const form = liegeTab.getByTestId('saved-search-form');
    const name = form.getByLabel('Name of the search');
    expect(await name.inputValue()).toBe(WORD);
    expect(await form.getByLabel('Notify me of new practices').isChecked()).toBe(true);
    await name.fill(SEARCH_NAME);
    await form.getByRole('button', { name: 'Save the search' }).click();
    await liegeTab
      .getByTestId('saved-search-known')
      .getByText(`This search is saved as “${SEARCH_NAME}”.`)
      .waitFor();

    const row = liegeTab.getByTestId('saved-search');
    await row.getByRole('link', { name: SEARCH_NAME }).waitFor();
    expect(await row.getAttribute('data-notify')).toBe('true');
    expect(await row.locator('.saved-search-news').textContent()).toBe('No new practice since saved');
    const saved = await liege.listSavedSearches();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: SEARCH_NAME, notify: true, matches: 0 });
    expect(saved[0]?.search.q).toBe(WORD);
  });

  it('shows the bell go to 1 without reloading when Efus publishes a network practice of Nice with the word', async () => {
    await markWindow(liegeTab);
    firstId = await publishedByNice(
      practiceOf({ source: 'fr', texts: { fr: TITLE_FR, en: TITLE_EN } }, 'network'),
    );

    // The news comes on Liège's own channel: the page is not reloaded.
    await liegeTab.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 15_000 });
    expect(await bell(liegeTab).getAttribute('data-unread')).toBe('1');
    expect(await bell(liegeTab).locator('.notification-badge').textContent()).toBe('1');
    expect(await windowKept(liegeTab)).toBe(true);
    const inbox = await liege.notifications();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]?.subject).toMatchObject({
      kind: 'practice-match',
      practiceId: firstId,
      searchName: SEARCH_NAME,
    });

    // The panel says which search and which practice, the title in the reader's language.
    await bell(liegeTab).click();
    expect(await bell(liegeTab).getAttribute('aria-expanded')).toBe('true');
    expect(await panelSentences(liegeTab)).toEqual([
      `New practice for your search “${SEARCH_NAME}”: ${TITLE_EN}`,
    ]);
    await liegeTab.screenshot({ path: '/tmp/pactesur-notification-panel.png' });

    // Opening it opens the practice, and it is read.
    await liegeTab
      .getByTestId('notification-panel')
      .getByRole('link', { name: TITLE_EN, exact: false })
      .click();
    await liegeTab.getByRole('heading', { level: 1, name: TITLE_EN }).waitFor();
    expect(new URL(liegeTab.url()).pathname).toBe(`/practices/${firstId}`);
    await liegeTab.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    expect(await bell(liegeTab).locator('.notification-badge').count()).toBe(0);
    await expect.poll(async () => (await liege.notifications()).unread).toBe(0);
    expect((await liege.notifications()).items[0]?.readAt).not.toBeNull();
    expect(await windowKept(liegeTab)).toBe(true);
  });

  it('words the next one in French once Liège reads in French, and counts it on the saved search', async () => {
    await liegeTab.getByTestId('language').selectOption('fr');
    await liegeTab.getByRole('button', { name: 'Notifications, aucune non lue' }).waitFor();
    const secondId = await publishedByNice(
      practiceOf({ source: 'fr', texts: { fr: SECOND_TITLE } }, 'public'),
    );

    await liegeTab.getByRole('button', { name: 'Notifications, 1 non lue' }).waitFor({ timeout: 15_000 });
    await bell(liegeTab).click();
    // Newest first; the first practice's title as written, in French, now.
    expect(await panelSentences(liegeTab)).toEqual([
      `Nouvelle pratique pour votre recherche « ${SEARCH_NAME} » : ${SECOND_TITLE}`,
      `Nouvelle pratique pour votre recherche « ${SEARCH_NAME} » : ${TITLE_FR}`,
    ]);
    const items = liegeTab.getByTestId('notification-panel').getByTestId('notification');
    expect(await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-read')))).toEqual([
      'false',
      'true',
    ]);
    await items.first().getByRole('link').click();
    await liegeTab.getByRole('heading', { level: 1, name: SECOND_TITLE }).waitFor();
    expect(new URL(liegeTab.url()).pathname).toBe(`/practices/${secondId}`);
    await liegeTab.getByRole('button', { name: 'Notifications, aucune non lue' }).waitFor();

    // The whole inbox, in French: both, read.
    await bell(liegeTab).click();
    await liegeTab
      .getByTestId('notification-panel')
      .getByRole('link', { name: 'Voir toutes les notifications' })
      .click();
    await liegeTab.getByRole('heading', { level: 1, name: 'Vos notifications' }).waitFor();
    const inbox = liegeTab.getByTestId('notification-inbox').getByTestId('notification');
    await expect.poll(() => inbox.count()).toBe(2);
    expect(await inbox.evaluateAll((list) => list.map((i) => i.getAttribute('data-read')))).toEqual([
      'true',
      'true',
    ]);
    await liegeTab.screenshot({ path: '/tmp/pactesur-notifications-page.png', fullPage: true });
    await liegeTab.getByLabel('Non lues seulement').check();
    await liegeTab.getByText('Aucune notification non lue.').waitFor();

    // The saved search counts both practices it met since it was saved, and runs again in one click.
    await liegeTab
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Pratiques', exact: true })
      .click();
    await liegeTab.getByRole('heading', { level: 1, name: 'Pratiques prometteuses' }).waitFor();
    const row = liegeTab.getByTestId('saved-search');
    await row.getByText('2 nouvelles pratiques depuis l’enregistrement').waitFor();
    await row.getByRole('link', { name: SEARCH_NAME }).click();
    await liegeTab.waitForURL((url) => url.searchParams.get('q') === WORD);
    expect(await liegeTab.getByLabel('Mots à rechercher').inputValue()).toBe(WORD);
    await expect
      .poll(() =>
        liegeTab
          .getByTestId('practice-hit')
          .evaluateAll((hits) => hits.map((h) => h.getAttribute('data-practice-id'))),
      )
      .toEqual(expect.arrayContaining([firstId, secondId]));
    expect(await windowKept(liegeTab)).toBe(true);
  });
});
