import { ApiError, PactesurClient } from '@pactesur/api-client';
import type { Practice, PracticeContentInput, PracticeResults } from '@pactesur/contracts';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const NICE_EDITOR = 'editor@nice.example.org';
const EFUS = 'coordinator@efus.example.org';
const MADRID = 'admin@madrid.example.org';
const SDIS = 'officer@sdis06.example.org';

/** Nice's practice, written in French: its problem says « barrière », never the plural searched for. */
const TITLE = 'Fermer les rues piétonnes du Vieux-Nice les soirs d’été';
const SUMMARY =
  'Des obstacles mobiles posés chaque soir par la police municipale aux entrées des rues piétonnes.';
const PROBLEM =
  'Les rues piétonnes du Vieux-Nice accueillent jusqu’à 20 000 personnes les soirs d’été. Aucune barrière ne protégeait leurs accès contre un véhicule lancé dans la foule, et les secours devaient pouvoir passer.';
const OBJECTIVES =
  'Arrêter un véhicule lourd avant la foule à chacun des douze accès, sans gêner les secours ni les riverains.';
const METHOD =
  'Des obstacles mobiles certifiés IWA 14 sont posés à 19 h et retirés à 2 h par deux équipes de la police municipale. Un plan de pose fixe leur position ; un passage de 3,5 m reste libre pour les secours, tenu par un agent.';
const RESULTS =
  'Pose complète en 25 minutes en moyenne sur 60 soirées ; aucun accès resté ouvert ; les secours sont passés en moins de 90 secondes lors des trois exercices.';
const CONDITIONS =
  'Disposer d’obstacles mobiles certifiés, d’un lieu de stockage proche des accès et de deux équipes formées ; obtenir l’accord des secours sur les passages à laisser libres.';
const CONTACT = 'Direction de la sécurité urbaine, Ville de Nice';
const RETURN_NOTE = 'Précisez qui tient le passage laissé aux secours pendant la pose.';

/** Madrid's practice, published and public: same threat, another country, no word of « barrière ». */
const MADRID_PRACTICE: PracticeContentInput = {
  title: { source: 'es', texts: { es: 'Bolardos retráctiles en la Puerta del Sol' } },
  city: 'Madrid',
  country: 'ES',
  contact: 'Dirección General de la Policía Municipal, Ayuntamiento de Madrid',
  confidentiality: 'public',
  problem: {
    source: 'es',
    texts: {
      es: 'La Puerta del Sol recibe a más de 30 000 personas en Nochevieja y sus accesos rodados quedaban abiertos hasta que llegaban los camiones que los cerraban.',
    },
  },
  threats: ['vehicle-ramming'],
  placeTypes: ['square'],
  objectives: { source: 'es', texts: { es: 'Cerrar cada acceso rodado antes de que llegue la multitud.' } },
  method: {
    source: 'es',
    texts: {
      es: 'Se instalaron bolardos retráctiles certificados en los seis accesos rodados de la plaza, manejados desde el centro de mando de la Policía Municipal, que los eleva dos horas antes del evento.',
    },
  },
  functions: ['security-by-design'],
  costBand: '100k-1m',
  evaluation: 'outcome',
  results: { source: 'es', texts: { es: 'Cierre completo en 4 minutos en las tres últimas Nocheviejas.' } },
  conditions: {
    source: 'es',
    texts: {
      es: 'Requiere obra civil en cada acceso, un centro de mando con vista de las cámaras y un protocolo acordado con los servicios de emergencia.',
    },
  },
};

const run = new BrowserRun();
let nice: PactesurClient;
let efus: PactesurClient;
let madrid: PactesurClient;
let niceTab: Page;
let efusTab: Page;
let madridTab: Page;
let practiceId = '';
let madridPracticeId = '';

/** The ids of the practices a search finds, as the API gives them. */
const foundIds = (results: PracticeResults): string[] => results.hits.map((h) => h.id);

/** A facet's values as its tick boxes show them: value and count. */
const facetShown = (page: Page, facet: string): Promise<{ value: string; count: number }[]> =>
  page
    .locator(`[data-testid="facet"][data-facet="${facet}"] [data-testid="facet-value"]`)
    .evaluateAll((labels) =>
      labels.map((l) => ({
        value: l.getAttribute('data-value') ?? '',
        count: Number(l.getAttribute('data-count')),
      })),
    );

/** The same values as the API counts them, in the order the panel does not care about. */
const sorted = (values: readonly { value: string; count: number }[]) =>
  [...values].sort((a, b) => a.value.localeCompare(b.value));

/** The criteria of the EUCPN checklist as shown: criterion and whether it is met. */
const criteriaShown = (page: Page): Promise<[string, string][]> =>
  page
    .getByTestId('eucpn-criterion')
    .evaluateAll((items) =>
      items.map((i) => [i.getAttribute('data-criterion') ?? '', i.getAttribute('data-met') ?? '']),
    );

/** The words a control is described by (its `aria-describedby`), as a screen reader reads them. */
const description = (control: Locator): Promise<string> =>
  control.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

const actions = (p: Practice): string[] => p.history.map((h) => h.action);

/** The practice page in a given state of the workflow. */
const practiceIn = (page: Page, state: string): Promise<void> =>
  page.locator(`[data-testid="practice"][data-state="${state}"]`).waitFor();

beforeAll(async () => {
  await run.start();
  [nice, efus, madrid] = await Promise.all([run.client(NICE_EDITOR), run.client(EFUS), run.client(MADRID)]);
  // Madrid's own practice, published by Efus: something else to find, and to narrow away with the facets.
  const made = await madrid.createPractice({ content: MADRID_PRACTICE });
  madridPracticeId = made.id;
  expect(made.unmet).toEqual([]);
  await madrid.stepPractice(made.id, { action: 'submit' });
  expect((await efus.stepPractice(made.id, { action: 'publish', maturity: 'inspiring' })).state).toBe(
    'published',
  );
});
afterAll(() => run.finish());

describe('promising practices in Chromium: written by Nice, reviewed by Efus, found by Madrid', () => {
  it('is written in French through the editor, blocked from review while the criteria are unmet, then submitted', async () => {
    ({ page: niceTab } = await run.tab({ watchConsole: true }));
    await signIn(niceTab, NICE_EDITOR, '/practices');
    await niceTab.getByRole('heading', { level: 1, name: 'Promising practices' }).waitFor();
    await niceTab.getByRole('link', { name: 'New practice' }).click();
    await niceTab.getByRole('heading', { level: 1, name: 'New practice' }).waitFor();

    // Written in French, though the interface is in English: the tab and the fields say so.
    const editor = niceTab.getByTestId('practice-editor');
    await editor.getByLabel('Written in', { exact: true }).selectOption('fr');
    const tab = editor.getByRole('tab', { selected: true });
    expect(await tab.getAttribute('data-lang')).toBe('fr');
    expect(await tab.textContent()).toBe('French (as written)');
    const title = editor.locator('section[data-section="identity"]').getByLabel('Title', { exact: true });
    expect(await title.getAttribute('lang')).toBe('fr');

    // The first save, with only a title.
    await title.fill(TITLE);
    await editor.getByRole('button', { name: 'Create the draft' }).click();
    await niceTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    practiceId = new URL(niceTab.url()).pathname.split('/').at(-1) ?? '';
    expect(practiceId).toMatch(/^[0-9a-f-]{36}$/);
    await practiceIn(niceTab, 'draft');
    expect(await niceTab.locator('header [data-testid="written-in"]').getAttribute('data-lang')).toBe('fr');
    const created = await nice.getPractice(practiceId);
    expect(created).toMatchObject({ state: 'draft', maturity: 'inspiring', canEdit: true });
    expect(created.content.title).toEqual({ source: 'fr', texts: { fr: TITLE }, machine: {} });
    expect(created.unmet).toHaveLength(4);
    expect(actions(created)).toEqual(['created']);

    // Not one criterion is met: the submit button is disabled, and says why.
    expect(await criteriaShown(niceTab)).toEqual(created.unmet.map((c) => [c, 'false']));
    const workflow = niceTab.getByTestId('practice-workflow');
    const submit = workflow.getByRole('button', { name: 'Submit for review' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await description(submit)).toBe('It can be submitted once the four criteria are met.');

    // Every part the criteria ask for, written in the editor.
    await niceTab.getByRole('button', { name: 'Edit', exact: true }).click();
    const section = (name: string) => editor.locator(`section[data-section="${name}"]`);
    expect(await editor.getByRole('tab', { selected: true }).getAttribute('data-lang')).toBe('fr');
    const identity = section('identity');
    await identity.getByLabel('Summary', { exact: true }).fill(SUMMARY);
    await identity.getByLabel('City', { exact: true }).fill('Nice');
    await identity.getByLabel('Country', { exact: true }).selectOption('FR');
    await identity.getByLabel('Longitude', { exact: true }).fill('7.2755');
    await identity.getByLabel('Latitude', { exact: true }).fill('43,6967');
    await identity.getByLabel('Contact', { exact: true }).fill(CONTACT);
    await identity.getByLabel('Network', { exact: true }).check();
    const problem = section('problem');
    await problem.getByLabel('Problem', { exact: true }).fill(PROBLEM);
    await problem.getByLabel('Vehicle ramming', { exact: true }).check();
    await problem.getByLabel('Pedestrian street', { exact: true }).check();
    const intervention = section('intervention');
    await intervention.getByLabel('Objectives', { exact: true }).fill(OBJECTIVES);
    await intervention.getByLabel('Method, and why it should work', { exact: true }).fill(METHOD);
    await intervention.getByLabel('Security by design', { exact: true }).check();
    await section('resources').getByLabel('Cost', { exact: true }).selectOption('10k-100k');
    const evidence = section('evidence');
    await evidence.getByLabel('Evaluation', { exact: true }).selectOption('outcome');
    await evidence.getByLabel('Indicators and results', { exact: true }).fill(RESULTS);
    await section('transfer').getByLabel('Conditions for transfer', { exact: true }).fill(CONDITIONS);
    await editor.getByRole('button', { name: 'Save the practice' }).click();
    await editor.waitFor({ state: 'detached' });

    // Saved: the four criteria turn met, and it can be submitted.
    await expect
      .poll(() => criteriaShown(niceTab))
      .toEqual([
        ['problem-described', 'true'],
        ['intervention-explained', 'true'],
        ['outcome-or-plausibility', 'true'],
        ['replicable', 'true'],
      ]);
    const saved = await nice.getPractice(practiceId);
    expect(saved.unmet).toEqual([]);
    expect(saved.content).toMatchObject({
      country: 'FR',
      city: 'Nice',
      location: [7.2755, 43.6967],
      contact: CONTACT,
      confidentiality: 'network',
      threats: ['vehicle-ramming'],
      placeTypes: ['pedestrian-street'],
      functions: ['security-by-design'],
      costBand: '10k-100k',
      evaluation: 'outcome',
    });
    expect(saved.content.problem).toEqual({ source: 'fr', texts: { fr: PROBLEM }, machine: {} });
    expect(saved.content.method?.texts.fr).toBe(METHOD);
    expect(actions(saved)).toEqual(['created', 'edited']);
    expect(await submit.isDisabled()).toBe(false);
    expect(await description(submit)).toBe(
      'The network’s editors review it, then publish it or send it back with a note.',
    );

    await submit.click();
    await practiceIn(niceTab, 'review');
    await workflow.getByText('The network’s editors are reviewing it.').waitFor();
    const submitted = await nice.getPractice(practiceId);
    expect(submitted.state).toBe('review');
    expect(actions(submitted)).toEqual(['created', 'edited', 'submitted']);
    // Its own organisation does not review it.
    expect(submitted.canReview).toBe(false);
    await niceTab.screenshot({ path: '/tmp/pactesur-practice-submitted.png', fullPage: true });
  });

  it('is sent back by Efus with a note, submitted again by Nice, and published by Efus as peer-reviewed', async () => {
    ({ page: efusTab } = await run.tab({ watchConsole: true }));
    await signIn(efusTab, EFUS, '/practices');
    await efusTab.getByRole('heading', { level: 1, name: 'Promising practices' }).waitFor();
    const hit = efusTab.locator(`[data-testid="practice-hit"][data-practice-id="${practiceId}"]`);
    // Not among the published practices; found with the drafts and reviews of its organisation.
    await efusTab.getByTestId('practice-count').waitFor();
    expect(await hit.count()).toBe(0);
    await efusTab.getByLabel('Also show the drafts of my organisation and the practices it reviews').check();
    await hit.waitFor();
    expect(new URL(efusTab.url()).searchParams.get('mine')).toBe('1');
    expect(await hit.getByText('In review', { exact: true }).count()).toBe(1);
    expect(await hit.textContent()).toContain('by Ville de Nice');
    expect(foundIds(await efus.searchPractices({ mine: true }))).toContain(practiceId);

    await hit.getByRole('link', { name: TITLE }).click();
    await practiceIn(efusTab, 'review');
    expect((await efus.getPractice(practiceId)).canReview).toBe(true);
    const workflow = efusTab.getByTestId('practice-workflow');
    const sendBack = workflow.getByRole('button', { name: 'Send back to its authors' });
    expect(await sendBack.isDisabled()).toBe(true);
    await workflow.getByLabel('What to change').fill(RETURN_NOTE);
    await sendBack.click();
    await practiceIn(efusTab, 'draft');
    const returned = await nice.getPractice(practiceId);
    expect(returned.state).toBe('draft');
    expect(returned.history.at(-1)).toMatchObject({
      action: 'returned',
      note: RETURN_NOTE,
      orgName: 'European Forum for Urban Security (Efus)',
    });

    // Nice reads the note in the history, newest first, and submits again.
    await niceTab.reload();
    await practiceIn(niceTab, 'draft');
    const history = niceTab.locator('.practice-history li');
    expect(await history.evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))).toEqual([
      'returned',
      'submitted',
      'edited',
      'created',
    ]);
    expect(await history.first().locator('blockquote').textContent()).toBe(RETURN_NOTE);
    expect(await history.first().textContent()).toContain(
      'Efus network coordinator, European Forum for Urban Security (Efus)',
    );
    await niceTab.getByTestId('practice-workflow').getByRole('button', { name: 'Submit for review' }).click();
    await practiceIn(niceTab, 'review');

    // Efus publishes it with the label "peer-reviewed".
    await efusTab.reload();
    await practiceIn(efusTab, 'review');
    await workflow.getByLabel('Peer-reviewed', { exact: true }).check();
    await workflow.getByRole('button', { name: 'Publish', exact: true }).click();
    await practiceIn(efusTab, 'published');
    expect(await efusTab.locator('header [data-maturity]').getAttribute('data-maturity')).toBe(
      'peer-reviewed',
    );
    const published = await nice.getPractice(practiceId);
    expect(published).toMatchObject({ state: 'published', maturity: 'peer-reviewed' });
    expect(published.publishedAt).not.toBeNull();
    expect(actions(published)).toEqual([
      'created',
      'edited',
      'submitted',
      'returned',
      'submitted',
      'published',
    ]);
    await efusTab.screenshot({ path: '/tmp/pactesur-practice-published.png', fullPage: true });
  });

  it('is found by Madrid in French by « barrières » and by its facets, and by neither SDIS 06 nor the public', async () => {
    ({ page: madridTab } = await run.tab({ watchConsole: true }));
    await signIn(madridTab, MADRID, '/practices');
    await madridTab.getByRole('heading', { level: 1, name: 'Promising practices' }).waitFor();
    await madridTab.getByTestId('language').selectOption('fr');
    await madridTab.getByRole('heading', { level: 1, name: 'Pratiques prometteuses' }).waitFor();

    // The plural finds the singular: French words stem as French.
    await madridTab.getByLabel('Mots à rechercher').fill('barrières');
    await madridTab.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const api = await madrid.searchPractices({ q: 'barrières' });
    expect(foundIds(api)).toEqual([practiceId]);
    const hits = madridTab.getByTestId('practice-hit');
    await expect
      .poll(() => hits.evaluateAll((h) => h.map((e) => e.getAttribute('data-practice-id'))))
      .toEqual([practiceId]);
    expect(await madridTab.getByTestId('practice-count').getAttribute('data-total')).toBe('1');
    const hit = hits.first();
    expect(await hit.getByRole('link', { name: TITLE }).count()).toBe(1);
    expect(await hit.locator('[data-maturity]').getAttribute('data-maturity')).toBe('peer-reviewed');
    expect(await hit.locator('[data-maturity]').textContent()).toBe('Relue par les pairs');
    // The extract marks the word found, as written.
    const marked = await hit.getByTestId('practice-headline').locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toBe('barrière');
    expect(await hit.getByTestId('practice-headline').textContent()).toContain(
      'Aucune barrière ne protégeait',
    );
    // The facets count what the words found, as the API does, in French.
    expect(api.facets.threat).toEqual([{ value: 'vehicle-ramming', count: 1 }]);
    expect(sorted(await facetShown(madridTab, 'threat'))).toEqual(sorted(api.facets.threat ?? []));
    expect(sorted(await facetShown(madridTab, 'country'))).toEqual(sorted(api.facets.country ?? []));
    expect(
      await madridTab
        .locator(
          '[data-testid="facet"][data-facet="threat"] [data-value="vehicle-ramming"] .practice-facet-label',
        )
        .textContent(),
    ).toBe('Attaque au véhicule-bélier');
    await madridTab.screenshot({ path: '/tmp/pactesur-practices-search.png', fullPage: true });

    // Without words, by its facets: the threat finds Madrid's and Nice's, the country only Nice's.
    await madridTab.getByLabel('Mots à rechercher').fill('');
    await madridTab.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await expect.poll(() => hits.count()).toBe((await madrid.searchPractices({})).total);
    const value = (facet: string, v: string) =>
      madridTab.locator(
        `[data-testid="facet"][data-facet="${facet}"] [data-testid="facet-value"][data-value="${v}"]`,
      );
    await value('threat', 'vehicle-ramming').getByRole('checkbox').check();
    const byThreat = await madrid.searchPractices({ facets: { threat: ['vehicle-ramming'] } });
    expect(foundIds(byThreat).sort()).toEqual([practiceId, madridPracticeId].sort());
    await expect.poll(() => madridTab.getByTestId('practice-count').getAttribute('data-total')).toBe('2');
    // The countries of what the threat found, with their counts.
    await expect
      .poll(() => facetShown(madridTab, 'country').then(sorted))
      .toEqual(sorted(byThreat.facets.country ?? []));
    expect(sorted(byThreat.facets.country ?? [])).toEqual([
      { value: 'ES', count: 1 },
      { value: 'FR', count: 1 },
    ]);
    expect(await value('country', 'FR').locator('.practice-facet-label').textContent()).toBe('France');
    expect(await value('country', 'FR').locator('.practice-facet-count').textContent()).toBe('1');
    await value('country', 'FR').getByRole('checkbox').check();
    await expect
      .poll(() => hits.evaluateAll((h) => h.map((e) => e.getAttribute('data-practice-id'))))
      .toEqual([practiceId]);
    const search = new URL(madridTab.url()).searchParams;
    expect([search.get('threat'), search.get('country')]).toEqual(['vehicle-ramming', 'FR']);
    expect(
      foundIds(await madrid.searchPractices({ facets: { threat: ['vehicle-ramming'], country: ['FR'] } })),
    ).toEqual([practiceId]);
    // Its pin is on the map of the results.
    const map = madridTab.locator('[data-testid="practice-map"][data-map-state="loaded"]');
    await map.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => map.getAttribute('data-rendered-points').then(Number), { timeout: 15_000 })
      .toBe(1);

    // SDIS 06, in none of Nice's networks, finds Madrid's public practice but not Nice's.
    const sdis = await run.client(SDIS);
    expect(foundIds(await sdis.searchPractices({ q: 'barrières' }))).toEqual([]);
    expect(foundIds(await sdis.searchPractices({ facets: { threat: ['vehicle-ramming'] } }))).toEqual([
      madridPracticeId,
    ]);
    await expect(sdis.getPractice(practiceId)).rejects.toMatchObject({ status: 404 });
    // Nor does the public, without an account.
    const anyone = new PactesurClient({ baseUrl: run.url });
    expect(foundIds(await anyone.searchPractices({ q: 'barrières' }))).toEqual([]);
    expect(foundIds(await anyone.searchPractices({}))).toEqual([madridPracticeId]);
    const refused = await anyone.getPractice(practiceId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 404 });
  });
});
