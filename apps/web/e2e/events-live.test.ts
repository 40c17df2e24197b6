import type { PactesurClient } from '@pactesur/api-client';
import type { EventRecord, LngLat, LogEntry, PostGateCountInput, Site } from '@pactesur/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun, registerSite, sharedExtract } from './scenario.ts';

const NICE_ADMIN = 'admin@nice.example.org';
const NICE_EDITOR = 'editor@nice.example.org';
const COMMANDER = 'commander@police.nice.example.org';
const MUNICH = 'editor@muenchen.example.org';
const EVENT_NAME = 'Marienplatz fan zone';
const TRIGGER_NAME = 'Fan zone full';
const HEADLINE = 'Marienplatz fan zone is full';

/** How many gate counts the stewards post, and how many posters send them at once. */
const COUNTS = 200;
const POSTERS = 4;

const run = new BrowserRun();
let site: Site;
let admin: PactesurClient;
let editor: PactesurClient;
let event: EventRecord;

/** A point `east` and `north` metres from `at`, to 7 decimals (about 1 cm). */
function offset([lon, lat]: LngLat, east: number, north: number): LngLat {
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return [round(lon + east / (111_320 * Math.cos((lat * Math.PI) / 180))), round(lat + north / 111_320)];
}

/**
 * The i-th count of the run: one, two or three people in at alternating gates, every tenth post two out.
 * In all 180 posts in (60 × 1 + 60 × 2 + 60 × 3 = 360 people) and 20 out (40 people): 320 inside.
 */
function countOf(i: number): PostGateCountInput {
  const gate = i % 2 === 0 ? 'north' : 'south';
  return i % 10 === 9
    ? { gate, out: 2, counter: `poster ${i % POSTERS}` }
    : { gate, in: 1 + (i % 3), counter: `poster ${i % POSTERS}` };
}

/** What the page shows of its log: each row's kind and the entries it covers. */
const rowsOf = (page: Page) =>
  page
    .getByTestId('log-row')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-kind'),
        Number(r.getAttribute('data-first')),
        Number(r.getAttribute('data-last')),
      ]),
    );

/**
 * The log as a page shows it holds every entry once, in order: its rows cover 1…last without a hole or an
 * overlap, a row of counts holds only counts (those that follow one another, in one row), any other row
 * one entry of its kind.
 */
function expectLogShown(rows: readonly (string | number | null)[][], entries: readonly LogEntry[]): void {
  let next = 1;
  let previous: string | null = null;
  for (const [kind, first, last] of rows) {
    expect(first).toBe(next);
    const covered = entries.slice(Number(first) - 1, Number(last));
    expect(covered.map((e) => e.kind)).toEqual(covered.map(() => kind));
    if (kind === 'count') expect(previous).not.toBe('count');
    else expect(last).toBe(first);
    previous = String(kind);
    next = Number(last) + 1;
  }
  expect(next).toBe(entries.length + 1);
}

async function openLive(email: string): Promise<Page> {
  const { page } = await run.tab({ watchConsole: true });
  await signIn(page, email, `/events/${event.id}`);
  await page.getByRole('heading', { level: 1, name: EVENT_NAME }).waitFor();
  await page.getByRole('tab', { name: 'Live' }).click();
  await page.locator('[data-testid="event-live"][data-status="live"]').waitFor();
  await page.getByTestId('live-gauge').waitFor();
  return page;
}

beforeAll(async () => {
  await run.start();
  const munich = await run.client(MUNICH);
  [admin, editor] = await Promise.all([run.client(NICE_ADMIN), run.client(NICE_EDITOR)]);
  const orgs = await admin.listOrgs();
  const orgId = (slug: string) => orgs.find((o) => o.slug === slug)?.id ?? '';
  // München's square, shared with Nice to read, as the demo shares it.
  site = await registerSite(munich, sharedExtract('munich-marienplatz.osm'), 'Marienplatz');
  await munich.share('site', site.id, orgId('nice'), 'read');

  // A small fan zone in the middle of the square: 14 m × 14 m, a gate on its north and south sides.
  const c = site.centre;
  const corner = (e: number, n: number) => offset(c, e, n);
  event = await admin.createEvent({
    siteId: site.id,
    name: EVENT_NAME,
    kind: 'sport',
    startsAt: '2026-07-14T18:00:00+02:00',
    endsAt: '2026-07-14T23:30:00+02:00',
    plan: {
      expectedPeak: 300,
      features: [
        {
          id: 'zone',
          name: 'Fan zone',
          type: 'zone',
          use: 'audience',
          polygon: {
            type: 'Polygon',
            coordinates: [[corner(-7, -7), corner(7, -7), corner(7, 7), corner(-7, 7), corner(-7, -7)]],
          },
        },
        { id: 'north', name: 'North gate', type: 'exit', line: [corner(-3, 7), corner(3, 7)], widthM: 6 },
        { id: 'south', name: 'South gate', type: 'exit', line: [corner(-2, -7), corner(2, -7)], widthM: 4 },
      ],
      triggers: [
        {
          id: 'full',
          name: TRIGGER_NAME,
          metric: 'occupancy',
          threshold: 150,
          action: 'Close the north gate to people coming in.',
          alert: {
            headline: HEADLINE,
            description: 'The fan zone has reached its capacity.',
            instruction: 'Do not come to Marienplatz.',
            severity: 'Severe',
            urgency: 'Immediate',
          },
        },
      ],
    },
  });
  // Signed by the municipal police, then live.
  await admin.submitEvent(event.id, { reviewers: [orgId('nice-police')], message: 'For the quarter-final.' });
  const commander = await run.client(COMMANDER);
  await commander.reviewEvent(event.id, { decision: 'approved', comment: 'Stewards at both gates.' });
  event = await admin.startEventLive(event.id);
  expect(event.status).toBe('live');
});

afterAll(() => run.finish());

describe('live operations of an event in Chromium', () => {
  let owner: Page;
  let agency: Page;

  it('shows two pages the same log, in order, while stewards post 200 counts at once', async () => {
    [owner, agency] = await Promise.all([openLive(NICE_ADMIN), openLive(COMMANDER)]);
    const before = await admin.eventLive(event.id);
    for (const page of [owner, agency])
      await expect
        .poll(() => page.getByTestId('event-live').getAttribute('data-seq'), { timeout: 15_000 })
        .toBe(String(before.seq));
    // The agency reads the plan: it follows the log, it does not count.
    expect(await agency.getByRole('button', { name: /in at North gate/ }).count()).toBe(0);
    expect(await owner.getByRole('button', { name: '1 in at North gate' }).count()).toBe(1);

    // Four posters at once, two of them the same person in two sessions.
    const posters = [admin, editor, await run.client(NICE_ADMIN), await run.client(NICE_EDITOR)];
    await Promise.all(
      posters.map(async (api, k) => {
        for (let i = k; i < COUNTS; i += POSTERS) await api.postGateCount(event.id, countOf(i));
      }),
    );
    const after = await admin.eventLive(event.id);
    expect(after.occupancy).toBe(320);
    expect(after.entries.map((e) => e.seq)).toEqual(Array.from({ length: after.seq }, (_, i) => i + 1));
    expect(after.entries.filter((e) => e.kind === 'count')).toHaveLength(COUNTS);
    expect(after.triggered.map((t) => t.id)).toEqual(['full']);

    for (const page of [owner, agency]) {
      await expect
        .poll(() => page.getByTestId('event-live').getAttribute('data-seq'), { timeout: 30_000 })
        .toBe(String(after.seq));
      expect(await page.getByTestId('live-occupancy').getAttribute('data-value')).toBe('320');
      expect(await page.getByTestId('live-occupancy').innerText()).toBe('320');
      expectLogShown(await rowsOf(page), after.entries);
      await page.locator('[data-testid="trigger-reached"][data-trigger="full"]').waitFor();
    }
    expect(await rowsOf(agency)).toEqual(await rowsOf(owner));
    // The gates' totals as the log has them, the same on both pages.
    for (const page of [owner, agency]) {
      const north = page.locator('[data-testid="gate"][data-gate="north"]');
      expect([await north.getAttribute('data-in'), await north.getAttribute('data-out')]).toEqual([
        String(after.gates.find((g) => g.id === 'north')?.in),
        String(after.gates.find((g) => g.id === 'north')?.out),
      ]);
    }
    await owner.screenshot({ path: '/tmp/pactesur-event-live.png', fullPage: true });
  });

  it('carries a steward’s click and a drafted CAP alert from one page to the other', async () => {
    await owner.getByRole('button', { name: '1 in at North gate' }).click();
    for (const page of [owner, agency])
      await expect
        .poll(() => page.getByTestId('live-occupancy').getAttribute('data-value'), { timeout: 15_000 })
        .toBe('321');

    await owner.getByTestId('trigger-reached').getByRole('button', { name: 'Draft CAP alert' }).click();
    const link = owner.getByTestId('trigger-reached').getByRole('link', { name: 'Open the alert' });
    await link.waitFor();
    const alertId = (await owner.getByTestId('trigger-reached').getAttribute('data-alert')) ?? '';
    expect(alertId).toMatch(/^[0-9a-f-]{36}$/);
    // The other page hears of it: the incident in its log, the alert beside the trigger point.
    await agency
      .locator('[data-testid="log-row"][data-kind="incident"]')
      .getByText(`Public alert drafted for the trigger point “${TRIGGER_NAME}”.`)
      .waitFor();
    await agency.locator(`[data-testid="trigger-reached"][data-alert="${alertId}"]`).waitFor();
    expect(await rowsOf(agency)).toEqual(await rowsOf(owner));

    // A real public alert in the plan's words over the fan zone, in Nice's language, a draft to complete.
    const alert = await admin.getAlert(alertId);
    expect(alert).toMatchObject({ state: 'draft', status: 'Actual', scope: 'Public', siteId: site.id });
    expect(alert.content.infos).toHaveLength(1);
    expect(alert.content.infos[0]).toMatchObject({
      language: 'fr-FR',
      headline: HEADLINE,
      severity: 'Severe',
      urgency: 'Immediate',
      event: TRIGGER_NAME,
    });
    expect(alert.content.infos[0]?.areas[0]?.polygons).toHaveLength(1);
    await link.click();
    await owner.locator(`[data-testid="alert"][data-state="draft"]`).waitFor();
    expect(new URL(owner.url()).pathname).toBe(`/alerts/${alertId}`);
  });
  it('ends the event with its debrief: both pages show the log as it was, without counters', async () => {
    await owner.goto(`/events/${event.id}`);
    await owner.getByRole('tab', { name: 'Sign-off' }).click();
    await owner.getByLabel('Debrief').fill('Gates held; the north gate closed at 150 people as planned.');
    await owner.getByRole('button', { name: 'End and debrief' }).click();
    await owner.locator('[data-testid="event-signoff"][data-status="debriefed"]').waitFor();
    await owner
      .getByTestId('signoff-debrief')
      .getByText('Gates held; the north gate closed at 150 people as planned.')
      .waitFor();

    await agency.locator('[data-testid="event-live"][data-status="debriefed"]').waitFor({ timeout: 15_000 });
    await owner.getByRole('tab', { name: 'Live' }).click();
    await owner.locator('[data-testid="event-live"][data-status="debriefed"]').waitFor();
    const last = (await admin.eventLive(event.id)).seq;
    for (const page of [owner, agency]) {
      await expect
        .poll(() => page.getByTestId('event-live').getAttribute('data-seq'), { timeout: 15_000 })
        .toBe(String(last));
      expect(await page.getByRole('button', { name: /in at North gate/ }).count()).toBe(0);
      expect(await page.getByTestId('incident-form').count()).toBe(0);
    }
    expect(await rowsOf(agency)).toEqual(await rowsOf(owner));
  });
});

describe('worksheets and sign-off of a draft in Chromium', () => {
  it('takes the assessment’s scenarios, saves the worksheets as they are filled in, and tracks an agency’s condition', async () => {
    // München's assessment of the square, shared with Nice to read: two scenarios scored, one not.
    const munich = await run.client(MUNICH);
    const niceId = (await admin.listOrgs()).find((o) => o.slug === 'nice')?.id ?? '';
    const assessment = await munich.createAssessment({
      siteId: site.id,
      title: 'Marienplatz, summer',
      content: {
        existingMeasures: [{ id: 'bollards', kind: 'built', description: 'Bollards on Kaufingerstraße' }],
        scenarios: [
          { threat: 'vehicle-ramming', likelihood: 4, impact: 5, existingMeasureIds: ['bollards'] },
          { threat: 'firearms', likelihood: 2, impact: 5 },
          { threat: 'arson', likelihood: 3 },
        ],
      },
    });
    await munich.share('assessment', assessment.id, niceId, 'read');
    const draft = await admin.createEvent({
      siteId: site.id,
      name: 'Marienplatz summer concert',
      kind: 'concert',
      startsAt: '2026-08-01T19:00:00+02:00',
      endsAt: '2026-08-01T23:00:00+02:00',
      plan: { expectedPeak: 900 },
    });

    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, NICE_ADMIN, `/events/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: 'Marienplatz summer concert' }).waitFor();
    await page.getByRole('tab', { name: 'Risks' }).click();
    const saved = () =>
      expect
        .poll(
          () => page.getByTestId('event-worksheets').getByTestId('save-status').getAttribute('data-state'),
          { timeout: 15_000 },
        )
        .toBe('saved');

    await page
      .getByRole('button', { name: 'Take the terrorist scenarios from the site’s vulnerability assessment' })
      .click();
    await expect.poll(() => page.getByTestId('risk-import-outcome').getAttribute('data-added')).toBe('2');
    expect(
      await page
        .locator('[data-testid="risk-entry"][data-from-assessment="true"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-risk'))),
    ).toEqual(['20', '10']);
    await page
      .getByLabel('Normal (Design · Ingress)', { exact: true })
      .fill('Queues held on Kaufingerstraße, screening at the two gates.');
    // 900 people expected: the enhanced duty, its procedures and measures ticked when in place.
    expect(await page.getByTestId('martyn-outcome').getAttribute('data-tier')).toBe('enhanced');
    await page.getByRole('checkbox', { name: 'Evacuation procedure' }).check();
    await page.getByLabel('New trigger point').fill('Square full');
    await page.getByRole('button', { name: 'Add the trigger point' }).click();
    await saved();
    await page.screenshot({ path: '/tmp/pactesur-event-worksheets.png', fullPage: true });
    const plan = (await admin.getEvent(draft.id)).plan;
    expect(
      plan.risks.map((r) => [r.hazard, r.likelihood, r.impact, r.controls, r.fromAssessment?.threat]),
    ).toEqual([
      ['Vehicle ramming', 4, 5, 'Bollards on Kaufingerstraße', 'vehicle-ramming'],
      ['Firearms attack', 2, 5, '', 'firearms'],
    ]);
    expect(plan.dimIce).toEqual([
      expect.objectContaining({
        row: 'design',
        column: 'ingress',
        normal: 'Queues held on Kaufingerstraße, screening at the two gates.',
      }),
    ]);
    expect(plan.martyn).toEqual(['evacuation']);
    expect(plan.triggers.map((t) => [t.name, t.metric, t.threshold])).toEqual([
      ['Square full', 'density', 4],
    ]);

    // Submitted from the sign-off tab to the municipal police.
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    await page.getByRole('checkbox', { name: /^Police municipale de Nice/ }).check();
    await page.getByRole('button', { name: 'Submit the plan' }).click();
    await page.locator('[data-testid="event-signoff"][data-status="submitted"]').waitFor();
    await page.locator('[data-testid="signoff-reviews"] tr[data-decision="pending"]').waitFor();

    // The commander approves with a condition in the browser.
    const police = (await run.tab({ watchConsole: true })).page;
    await signIn(police, COMMANDER, `/events/${draft.id}`);
    await police.getByRole('tab', { name: 'Sign-off' }).click();
    await police.getByRole('radio', { name: 'Approved with conditions' }).check();
    await police.getByLabel('Condition 1').fill('Two stewards at each gate from 18:00.');
    await police.getByLabel('Comment').fill('Good plan.');
    await police.getByRole('button', { name: 'Record the decision' }).click();
    await police.locator('[data-testid="event-signoff"][data-status="approved"]').waitFor();
    expect(await police.getByTestId('signoff-decision').count()).toBe(0);

    // Nice hears of it, marks the condition met, and may go live.
    await page.locator('[data-testid="event-signoff"][data-status="approved"]').waitFor({ timeout: 15_000 });
    const condition = page.getByTestId('signoff-condition');
    expect(await condition.getAttribute('data-status')).toBe('open');
    await condition.getByLabel('Note').fill('Rota signed by the stewarding company.');
    await condition.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-testid="signoff-condition"][data-status="met"]').waitFor();
    expect((await admin.getEvent(draft.id)).conditions).toEqual([
      expect.objectContaining({ status: 'met', note: 'Rota signed by the stewarding company.' }),
    ]);
    await page.getByRole('button', { name: 'Go live' }).waitFor();
    await page.screenshot({ path: '/tmp/pactesur-event-signoff.png', fullPage: true });
  });
});
