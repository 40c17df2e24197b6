import type { PactesurClient } from '@pactesur/api-client';
import type { AlertDraftContentInput, PracticeContentInput } from '@pactesur/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urgentAlertInfo } from './alertInfo.ts';
import { signIn } from './browser.ts';
import { BrowserRun, loadedMap } from './scenario.ts';

const NICE_EDITOR = 'editor@nice.example.org';
const NICE_ADMIN = 'admin@nice.example.org';
const EFUS = 'coordinator@efus.example.org';

/** What Nice's page tells, in French as written and in English as translated by a person. */
const ATTACK = {
  fr: {
    title: 'En cas d’attaque',
    body: 'Fuyez si vous le pouvez ; sinon cachez-vous, puis alertez.\n\n- Éloignez-vous du danger\n- Appelez le 17 ou le 112\n\n<b>pas en gras</b>',
  },
  en: {
    title: 'In an attack',
    body: 'Run if you can; otherwise hide, then tell.\n\n- Move away from the danger\n- Call 17 or 112\n\n<b>not bold</b>',
  },
} as const;
const CONTACTS = {
  fr: { title: 'Qui appeler', body: 'Police municipale de Nice : 04 93 00 00 00' },
  en: { title: 'Whom to call', body: 'Nice municipal police: +33 4 93 00 00 00' },
} as const;

/** A public practice of Nice, published by Efus: part of the public collection and of Nice's page. */
const PRACTICE_TITLE = 'Des bancs-barrières sur la place Masséna';
const PRACTICE: PracticeContentInput = {
  title: { source: 'fr', texts: { fr: PRACTICE_TITLE } },
  city: 'Nice',
  country: 'FR',
  contact: 'Direction de la sécurité urbaine, Ville de Nice',
  confidentiality: 'public',
  problem: {
    source: 'fr',
    texts: {
      fr: 'La place Masséna reçoit des foules denses les soirs de fête et ses accès restaient ouverts aux véhicules.',
    },
  },
  threats: ['vehicle-ramming'],
  placeTypes: ['square'],
  objectives: {
    source: 'fr',
    texts: { fr: 'Fermer les accès aux véhicules sans fermer la place aux passants.' },
  },
  method: {
    source: 'fr',
    texts: {
      fr: 'Des bancs lestés et certifiés ferment les accès tout en servant de mobilier, ce qui garde la place accueillante ; deux passages gardés restent libres pour les secours et les livraisons du matin.',
    },
  },
  functions: ['security-by-design'],
  costBand: '100k-1m',
  evaluation: 'outcome',
  results: {
    source: 'fr',
    texts: {
      fr: 'Aucun véhicule n’a franchi les accès pendant les essais ; les passants utilisent les bancs.',
    },
  },
  conditions: {
    source: 'fr',
    texts: {
      fr: 'Des fondations sans réseaux enterrés sous les bancs, l’accord des secours sur les passages laissés libres et un agent pour les tenir.',
    },
  },
};

/** A public alert of Nice in force, over Place Masséna. */
const ALERT_HEADLINE = 'Évitez la place Masséna';
const ALERT_AREA = 'Place Masséna';
const alertContent = (): AlertDraftContentInput => ({
  template: 'vehicle-ramming',
  status: 'Actual',
  infos: [
    urgentAlertInfo(
      'fr-FR',
      {
        event: 'Attaque au véhicule-bélier',
        headline: ALERT_HEADLINE,
        instruction: 'Éloignez-vous de la place.',
        contact: 'Police municipale de Nice, 04 93 00 00 00',
      },
      [
        {
          areaDesc: ALERT_AREA,
          polygons: ['43.6985,7.2685 43.6985,7.2725 43.6960,7.2725 43.6960,7.2685 43.6985,7.2685'],
        },
      ],
      new Date(Date.now() + 2 * 3_600_000).toISOString(),
    ),
  ],
});

const run = new BrowserRun();
let nice: PactesurClient;
let practiceId = '';

beforeAll(async () => {
  await run.start();
  const [editor, admin, efus] = await Promise.all([
    run.client(NICE_EDITOR),
    run.client(NICE_ADMIN),
    run.client(EFUS),
  ]);
  nice = editor;
  const made = await nice.createPractice({ content: PRACTICE });
  practiceId = made.id;
  await nice.stepPractice(made.id, { action: 'submit' });
  expect((await efus.stepPractice(made.id, { action: 'publish', maturity: 'inspiring' })).state).toBe(
    'published',
  );
  const alert = await nice.createAlert({ content: alertContent() });
  await nice.submitAlert(alert.id);
  expect((await admin.approveAlert(alert.id)).state).toBe('published');
});
afterAll(() => run.finish());

/** The editor of a section, by its place on the page (from 0). */
const sectionEditor = (page: Page, index: number): Locator =>
  page.getByTestId('awareness-section-editor').nth(index);

/** Writes a section's title and text in the tab of the language the page is written in. */
async function write(
  section: Locator,
  words: { readonly title: string; readonly body: string },
): Promise<void> {
  await section.getByLabel('Title', { exact: true }).fill(words.title);
  await section.getByLabel('Text', { exact: true }).fill(words.body);
}

/** Writes a person's translation of a section's title and text in a translation's tab. */
async function translate(
  section: Locator,
  words: { readonly title: string; readonly body: string },
): Promise<void> {
  await section
    .getByRole('group', { name: 'Title', exact: true })
    .getByLabel('Translation by a person')
    .fill(words.title);
  await section
    .getByRole('group', { name: 'Text', exact: true })
    .getByLabel('Translation by a person')
    .fill(words.body);
}

describe('public pages in Chromium: a city’s awareness page and the practices, read without an account', () => {
  it('is written by Nice’s editor in French and English, its sections ordered, and published', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, NICE_EDITOR, '/');
    await page.goto('/cities/nice');
    await page.getByRole('heading', { level: 1, name: 'Ville de Nice' }).waitFor();
    await page.getByTestId('awareness-unpublished').waitFor();
    await page.getByRole('button', { name: 'Edit the page' }).click();

    const editor = page.getByTestId('awareness-editor');
    await editor.getByLabel('Written in', { exact: true }).selectOption('fr');
    for (let i = 0; i < 3; i++) await editor.getByRole('button', { name: 'Add a section' }).click();
    expect(await page.getByTestId('awareness-section-editor').count()).toBe(3);

    // Whom to call first, then what to do; the third section is not wanted.
    await sectionEditor(page, 0).getByLabel('Topic').selectOption('contacts');
    await write(sectionEditor(page, 0), CONTACTS.fr);
    await sectionEditor(page, 1).getByLabel('Topic').selectOption('what-to-do');
    await write(sectionEditor(page, 1), ATTACK.fr);
    await editor.getByRole('button', { name: 'Remove section 3' }).click();
    await editor.getByRole('button', { name: 'Move section 2 up' }).click();
    expect(await sectionEditor(page, 0).getAttribute('data-topic')).toBe('what-to-do');
    expect(await sectionEditor(page, 1).getAttribute('data-topic')).toBe('contacts');
    expect(await sectionEditor(page, 0).getByLabel('Title', { exact: true }).inputValue()).toBe(
      ATTACK.fr.title,
    );

    // The English translation, by a person, in its own tab.
    await editor.getByLabel('Add a translation into').selectOption('en');
    await editor.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await editor.getByRole('tab', { selected: true }).getAttribute('data-lang')).toBe('en');
    await translate(sectionEditor(page, 0), ATTACK.en);
    await translate(sectionEditor(page, 1), CONTACTS.en);

    await editor.getByLabel('Published', { exact: true }).check();
    await editor.getByRole('button', { name: 'Save the page' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(await page.getByTestId('awareness-unpublished').count()).toBe(0);

    const saved = await nice.getAwarenessPage('nice');
    expect(saved.published).toBe(true);
    expect(saved.sections.map((s) => s.topic)).toEqual(['what-to-do', 'contacts']);
    expect(saved.sections[0]?.title).toEqual({
      source: 'fr',
      texts: { fr: ATTACK.fr.title, en: ATTACK.en.title },
      machine: {},
    });
    expect(saved.sections[0]?.body.texts).toEqual({ fr: ATTACK.fr.body, en: ATTACK.en.body });
    expect(saved.sections[1]?.body.texts).toEqual({ fr: CONTACTS.fr.body, en: CONTACTS.en.body });
  });

  it('is found and read without an account, in French then in English, its markup shown as text', async () => {
    // A French visitor: the page opens in French, the language of their browser.
    const { page } = await run.tab({ watchConsole: true, locale: 'fr-FR' });
    await page.goto('/cities');
    const row = page.getByTestId('cities').locator('tr[data-slug="nice"]');
    await row.getByRole('link', { name: 'Ville de Nice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ville de Nice' }).waitFor();
    expect(await page.getByTestId('user-name').count()).toBe(0);

    const sections = page.getByTestId('awareness-section');
    await sections.first().getByRole('heading', { level: 2, name: ATTACK.fr.title }).waitFor();
    expect(await page.getByTestId('awareness-language').inputValue()).toBe('fr');
    expect(await sections.first().getByRole('listitem').allTextContents()).toEqual([
      'Éloignez-vous du danger',
      'Appelez le 17 ou le 112',
    ]);
    await sections.first().getByText('<b>pas en gras</b>', { exact: true }).waitFor();
    expect(await sections.locator('b').count()).toBe(0);
    await sections.nth(1).getByText(CONTACTS.fr.body, { exact: true }).waitFor();

    await page.getByTestId('awareness-language').selectOption('en');
    await sections.first().getByRole('heading', { level: 2, name: ATTACK.en.title }).waitFor();
    await sections.first().getByText('<b>not bold</b>', { exact: true }).waitFor();
    expect(await sections.first().getByRole('listitem').allTextContents()).toEqual([
      'Move away from the danger',
      'Call 17 or 112',
    ]);
    expect(await sections.locator('b').count()).toBe(0);
    await sections.nth(1).getByRole('heading', { level: 2, name: CONTACTS.en.title }).waitFor();
    expect(await page.getByTestId('machine-translation').count()).toBe(0);

    // Beside it, the city's public alert in force, on the list and on the map, and its public practice.
    const alert = page.getByTestId('city-alert');
    await alert.getByText(ALERT_HEADLINE).waitFor();
    expect(await alert.getAttribute('data-severity')).toBe('Extreme');
    expect(await alert.textContent()).toContain(ALERT_AREA);
    const map = loadedMap(page, 'city-alerts-map');
    await map.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => map.getAttribute('data-rendered-marks').then(Number), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const practices = page.getByTestId('city-practices');
    await practices.getByRole('link', { name: PRACTICE_TITLE }).waitFor();
  });

  it('opens the public collection of practices without an account, without what needs one', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await page.goto('/practices');
    await page.getByRole('heading', { level: 1, name: 'Promising practices' }).waitFor();
    const hit = page.locator(`[data-testid="practice-hit"][data-practice-id="${practiceId}"]`);
    await hit.getByRole('link', { name: PRACTICE_TITLE }).waitFor();
    expect(await page.getByRole('link', { name: 'New practice' }).count()).toBe(0);
    expect(await page.locator('a[href="/practices/new"]').count()).toBe(0);
    expect(
      await page.getByLabel('Also show the drafts of my organisation and the practices it reviews').count(),
    ).toBe(0);

    // The practice's page, as read: no editing, no workflow, no history.
    await hit.getByRole('link', { name: PRACTICE_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: PRACTICE_TITLE }).waitFor();
    expect(await page.getByTestId('practice').getAttribute('data-state')).toBe('published');
    expect(await page.getByTestId('practice-workflow').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByTestId('user-name').count()).toBe(0);
  });

  it('links the public pages from the sign-in screen', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await page.goto('/');
    await page.getByLabel('E-mail address').waitFor();
    await page
      .getByRole('navigation', { name: 'Open without an account' })
      .getByRole('link', { name: 'Staying safe in our cities' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Staying safe in our cities' }).waitFor();
    await page.getByTestId('cities').getByRole('link', { name: 'Ville de Nice' }).waitFor();
  });
});
