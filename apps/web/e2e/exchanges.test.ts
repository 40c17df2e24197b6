import type { PactesurClient } from '@pactesur/api-client';
import type { Activity } from '@pactesur/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

/** Nice leads PACTESUR 2 and hosts the exchange; Madrid and Liège are consortium partners that send officers. */
const NICE_ADMIN = 'admin@nice.example.org';
const MADRID_ADMIN = 'admin@madrid.example.org';
const LIEGE_ADMIN = 'admin@liege.example.org';
const NETWORK = 'pactesur-2';
const TITLE = 'Officer exchange — Carnival of Nice';
const OBJECTIVES = 'See how the parades are secured: perimeter, vehicle barriers, control room.';
const OFFICER = 'Officer of the Policía Municipal de Madrid';

const run = new BrowserRun();
let nice: PactesurClient;
let madrid: PactesurClient;
let exchange: Activity;
let niceTab: Page;

/** A day `offset` days from now, as a date input takes it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const START = day(40);
const END = day(44);

const page = (id: string) => `/networks/${NETWORK}/activities/${id}`;

beforeAll(async () => {
  await run.start();
  [nice, madrid] = await Promise.all([run.client(NICE_ADMIN), run.client(MADRID_ADMIN)]);
  exchange = await nice.createActivity(NETWORK, {
    kind: 'exchange',
    title: TITLE,
    startsOn: START,
    endsOn: END,
    city: 'Nice',
    country: 'FR',
    massEvent: 'Carnival of Nice',
    public: false,
  });
});
afterAll(() => run.finish());

describe('an exchange of officers in Chromium: set up by its host, officers sent by the other members', () => {
  it('is set up by Nice, which runs the programme: its host and objectives', async () => {
    ({ page: niceTab } = await run.tab({ watchConsole: true }));
    await signIn(niceTab, NICE_ADMIN, `/networks/${NETWORK}`);
    const card = niceTab.getByTestId('programme-upcoming').getByTestId('activity').filter({ hasText: TITLE });
    await card.getByRole('link', { name: `Exchange: ${TITLE}` }).click();
    await niceTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(niceTab.url()).toContain(page(exchange.id));
    const section = niceTab.getByTestId('exchange');
    await section.getByTestId('exchange-none').waitFor();

    await section.getByRole('button', { name: 'Set up the exchange' }).click();
    const form = section.getByTestId('exchange-form');
    await form.getByLabel('Host').selectOption({ label: 'Ville de Nice' });
    await form.getByLabel('Objectives').fill(OBJECTIVES);
    await form.getByLabel('Programme').fill('Day 1: control room.\nDay 2: patrols on the parade route.');
    // Nice acts for the host: it may tie one of its event plans (it has none yet).
    expect(await form.getByLabel('Event plan').inputValue()).toBe('');
    await form.getByRole('button', { name: 'Set up the exchange' }).click();

    await expect.poll(() => section.getByTestId('exchange-host').textContent()).toBe('Ville de Nice');
    expect(await section.getByTestId('exchange-objectives').innerText()).toBe(OBJECTIVES);
    expect(await section.getByTestId('exchange-programme').innerText()).toContain(
      'Day 2: patrols on the parade route.',
    );
    // The host receives the guests; it does not send any.
    expect(await section.getByTestId('exchange-guest-form').count()).toBe(0);
    const saved = await nice.getExchange(NETWORK, exchange.id);
    expect(saved).toMatchObject({
      hostName: 'Ville de Nice',
      objectives: OBJECTIVES,
      eventId: null,
      guests: [],
    });
  });

  it('takes an officer another member city sends, within the days of the exchange', async () => {
    const { page: tab } = await run.tab({ watchConsole: true });
    await signIn(tab, MADRID_ADMIN, page(exchange.id));
    const form = tab.getByTestId('exchange-guest-form');
    await form.getByLabel('Name').fill(OFFICER);
    await form.getByLabel('Rank and unit').fill('Sergeant, central security unit');
    expect(await form.getByLabel('Arrives on').inputValue()).toBe(START);
    // A departure after the exchange ends is refused before anything is sent.
    await form.getByLabel('Leaves on').fill(day(50));
    await form.getByRole('button', { name: 'Add to the guests' }).click();
    await form.getByRole('alert').filter({ hasText: 'Departure: a day from' }).waitFor();
    await form.getByLabel('Leaves on').fill(day(42));
    await form.getByRole('button', { name: 'Add to the guests' }).click();

    const row = tab.getByTestId('exchange-guest').filter({ hasText: OFFICER });
    await row.waitFor();
    expect(await row.innerText()).toContain('Sergeant, central security unit');
    expect(await row.getByRole('button', { name: `Withdraw ${OFFICER}` }).count()).toBe(1);
    // Madrid reads the host's exchange, without Nice's link to a plan.
    expect(await tab.getByTestId('exchange-host').textContent()).toBe('Ville de Nice');
    const guests = (await madrid.getExchange(NETWORK, exchange.id)).guests;
    expect(guests.map((g) => [g.name, g.arrivesOn, g.leavesOn])).toEqual([[OFFICER, START, day(42)]]);
  });

  it('shows the guest to the host, who may withdraw them', async () => {
    await niceTab.reload();
    const row = niceTab.getByTestId('exchange-guest').filter({ hasText: OFFICER });
    await row.waitFor();
    expect(await row.innerText()).toContain('Madrid');
    expect(await row.getByRole('button', { name: `Withdraw ${OFFICER}` }).count()).toBe(1);
  });

  it('speaks French to a reader who chose it', async () => {
    const liege = await run.client(LIEGE_ADMIN);
    await liege.updateMe({ locale: 'fr' });
    const { page: tab } = await run.tab({ watchConsole: true });
    await signIn(tab, LIEGE_ADMIN, page(exchange.id));
    const section = tab.getByTestId('exchange');
    await section.getByRole('heading', { level: 2, name: 'L’échange' }).waitFor();
    // The heading comes before the exchange is read: wait for its first field.
    await section.getByText('Hôte', { exact: true }).first().waitFor();
    const text = (await section.textContent()) ?? '';
    for (const words of [
      'Hôte',
      'Objectifs',
      'Programme des journées',
      'Invités',
      'Grade et service',
      'Envoyer un policier',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Guests');
    await section.getByRole('button', { name: 'Modifier l’échange' }).waitFor();
    expect(await section.getByTestId('exchange-guest').filter({ hasText: OFFICER }).count()).toBe(1);
  });
});
