import type { PactesurClient } from '@pactesur/api-client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

/** Nice leads the first PACTESUR and keeps its programme; London is one of its associated cities. */
const NICE_ADMIN = 'admin@nice.example.org';
const LONDON_ADMIN = 'admin@london.example.org';
const NETWORK = 'pactesur';
const TITLE = 'Police academy: vehicle threat on promenades';

const run = new BrowserRun();
let nice: PactesurClient;
let london: PactesurClient;
let niceTab: Page;

/** A day a month from now, as a date input takes it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const START = day(30);
const END = day(32);

/** The card of the activity in the programme's upcoming list. */
const card = (page: Page) => page.getByTestId('programme-upcoming').getByTestId('activity').filter({ hasText: TITLE });

beforeAll(async () => {
  await run.start();
  [nice, london] = await Promise.all([run.client(NICE_ADMIN), run.client(LONDON_ADMIN)]);
});
afterAll(() => run.finish());

describe("the network's programme in Chromium: kept by its lead, registered to by its members", () => {
  it('is added to by the lead through the form', async () => {
    ({ page: niceTab } = await run.tab({ watchConsole: true }));
    await signIn(niceTab, NICE_ADMIN, `/networks/${NETWORK}`);
    const section = niceTab.getByTestId('network-programme');
    await section.getByRole('button', { name: 'Add an activity' }).click();
    const form = niceTab.getByTestId('activity-form');
    await form.getByLabel('Kind of activity').selectOption('academy');
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Description').fill('Three days with the municipal police of Nice.');
    await form.getByLabel('Start').fill(START);
    await form.getByLabel('End', { exact: true }).fill(END);
    await form.getByLabel('City').fill('Nice');
    await form.getByLabel('Country').selectOption('FR');
    await form.getByLabel('Places').fill('20');
    await form.getByRole('button', { name: 'Add to the programme' }).click();

    await card(niceTab).waitFor();
    await expect.poll(() => card(niceTab).getByTestId('activity-kind').textContent()).toBe('Police academy');
    const [saved] = (await nice.listActivities(NETWORK)).filter((a) => a.title === TITLE);
    expect(saved).toMatchObject({ kind: 'academy', startsOn: START, endsOn: END, city: 'Nice', country: 'FR', places: 20, public: true, taken: 0 });
  });

  it('takes a member’s registration, which its lead then sees', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, LONDON_ADMIN, `/networks/${NETWORK}`);
    const registration = card(page).getByTestId('activity-registration');
    await registration.getByLabel('Number of people').fill('3');
    await registration.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => card(page).getByTestId('registration-mine').textContent()).toBe('My organisation is registered. People: 3');
    expect((await london.listActivities(NETWORK)).find((a) => a.title === TITLE)?.mine?.people).toBe(3);
    // London reads the programme, it does not keep it.
    expect(await card(page).getByRole('button', { name: 'Edit' }).count()).toBe(0);

    await niceTab.reload();
    const listed = card(niceTab).getByTestId('activity-registrations');
    await listed.locator('summary').click();
    const row = listed.getByTestId('registration');
    await expect.poll(() => row.textContent()).toContain('London');
    expect(await row.textContent()).toContain('3');
  });

  it('subscribes as iCalendar with the activity and its dates', async () => {
    const link = niceTab.getByTestId('calendar-ics');
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/networks/${NETWORK}/calendar.ics`);
    const response = await niceTab.request.get(href!);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:${TITLE.replace(/[,;]/g, (c) => `\\${c}`)}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${START.replaceAll('-', '')}`);
  });
});
