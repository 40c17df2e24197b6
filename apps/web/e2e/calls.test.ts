import { ApiError, PactesurClient } from '@pactesur/api-client';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const NICE_EDITOR = 'editor@nice.example.org';
/** München is a member of the first PACTESUR, not of PACTESUR 2: it answers the call from outside. */
const MUNICH_EDITOR = 'editor@muenchen.example.org';
const LONDON_ADMIN = 'admin@london.example.org';
const NETWORK = 'pactesur-2';
const MUNICH = 'Landeshauptstadt München';

const TITLE = 'Associated cities for the mass events of 2027';
const DESCRIPTION = 'PACTESUR 2 looks for a city that hosts mass events and shares how it protects them.';
const MASS_EVENTS = 'Hosting of mass events';
const MASS_EVENTS_GUIDANCE = 'Which events, how many people, in which public spaces.';
const COMMITMENT = 'Commitment of the local police';
const ANSWER_EVENTS = 'Oktoberfest on the Theresienwiese: six million visitors over sixteen days.';
const ANSWER_COMMITMENT = 'The Kreisverwaltungsreferat and the Polizeipräsidium München take part together.';
const MOTIVATION = 'We protect the Theresienwiese with mobile barriers and want to compare our plans.';
const CONTACT = 'Kreisverwaltungsreferat München, public-space security';
const REVIEW_COMMENT = 'Strong experience of very large crowds.';
const DECISION_NOTE = 'München joins the associated cities from January 2027.';

const run = new BrowserRun();
let nice: PactesurClient;
let munich: PactesurClient;
let london: PactesurClient;
let niceTab: Page;
let munichTab: Page;
let callId = '';

/** The deadline chosen in the form: ten days from now at 17:00, in the time zone of the browser and of this test. */
const deadlineAt = (() => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 10, 17, 0);
})();
const two = (n: number) => String(n).padStart(2, '0');
const deadlineDate = `${deadlineAt.getFullYear()}-${two(deadlineAt.getMonth() + 1)}-${two(deadlineAt.getDate())}`;

/** The call's page in a given stage. */
const callPageIn = (page: Page, stage: string): Promise<void> =>
  page.locator(`[data-testid="call-page"][data-stage="${stage}"]`).waitFor();

/** An application as its reviewers see it, by organisation. */
const applicationOf = (page: Page, org: string): Locator =>
  page.locator(`[data-testid="application-review"][data-org="${org}"]`);

/** The names of the members of PACTESUR 2 as its page lists them. */
const membersShown = (page: Page): Promise<string[]> =>
  page.getByTestId('network-members').locator('tbody th').allTextContents();

beforeAll(async () => {
  await run.start();
  nice = await run.client(NICE_EDITOR);
  [munich, london] = await Promise.all([run.client(MUNICH_EDITOR), run.client(LONDON_ADMIN)]);
});
afterAll(() => run.finish());

describe('a call for expressions of interest in Chromium: written by Nice, answered by München, decided', () => {
  it('is written by Nice’s editor as a draft, then published', async () => {
    ({ page: niceTab } = await run.tab({ watchConsole: true }));
    await signIn(niceTab, NICE_EDITOR, `/networks/${NETWORK}`);
    const section = niceTab.getByTestId('network-calls');
    await section.getByRole('heading', { name: 'Calls for expressions of interest' }).waitFor();
    await section.getByText('The network has no call for expressions of interest.').waitFor();
    await section.getByRole('button', { name: 'New call' }).click();

    const form = niceTab.getByTestId('call-form');
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Description', { exact: true }).fill(DESCRIPTION);
    const first = form.getByRole('group', { name: 'Criterion 1' });
    await first.getByLabel('Criterion', { exact: true }).fill(MASS_EVENTS);
    // The key follows the label.
    expect(await first.getByLabel('Key', { exact: true }).inputValue()).toBe('hosting-of-mass-events');
    await first.getByLabel('Weight (1–5)').fill('3');
    await first.getByLabel('Guidance for applicants').fill(MASS_EVENTS_GUIDANCE);
    await form.getByRole('button', { name: 'Add a criterion' }).click();
    const second = form.getByRole('group', { name: 'Criterion 2' });
    await second.getByLabel('Criterion', { exact: true }).fill(COMMITMENT);
    await second.getByLabel('Key', { exact: true }).fill('police');

    // Without a deadline, the form says so and sends nothing.
    await form.getByRole('button', { name: 'Create the call' }).click();
    await form.getByText('Give the deadline as a date and a time.').waitFor();
    expect(await nice.listCalls(NETWORK)).toEqual([]);

    await form.getByLabel('Deadline (date)').fill(deadlineDate);
    await form.getByLabel('Deadline (time)').fill('17:00');
    await form.getByLabel('Places', { exact: true }).fill('1');
    expect(await form.getByLabel('The organisations selected join as').inputValue()).toBe('associated');
    expect(await form.getByLabel('Published').isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Create the call' }).click();

    // Created as a draft, on its own page.
    await niceTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await callPageIn(niceTab, 'draft');
    callId = new URL(niceTab.url()).pathname.split('/').at(-1) ?? '';
    expect(callId).toMatch(/^[0-9a-f-]{36}$/);
    const draft = await nice.getCall(NETWORK, callId);
    expect(draft).toMatchObject({ title: TITLE, description: DESCRIPTION, places: 1, joinAs: 'associated' });
    expect(draft).toMatchObject({ published: false, stage: 'draft', canManage: true, canApply: false });
    expect(draft.criteria).toEqual([
      { id: 'hosting-of-mass-events', label: MASS_EVENTS, guidance: MASS_EVENTS_GUIDANCE, weight: 3 },
      { id: 'police', label: COMMITMENT, guidance: '', weight: 1 },
    ]);
    expect(new Date(draft.deadline).getTime()).toBe(deadlineAt.getTime());
    // A draft is its managers' only.
    const anyone = new PactesurClient({ baseUrl: run.url });
    expect(await anyone.listCalls(NETWORK)).toEqual([]);
    await expect(anyone.getCall(NETWORK, callId)).rejects.toMatchObject({ status: 404 });
    expect(await munich.listCalls(NETWORK)).toEqual([]);

    // Published through the editor.
    await niceTab.getByTestId('call-management').getByRole('button', { name: 'Edit' }).click();
    await niceTab.getByTestId('call-form').getByLabel('Published').check();
    await niceTab.getByTestId('call-form').getByRole('button', { name: 'Save' }).click();
    await callPageIn(niceTab, 'open');
    expect(await niceTab.getByTestId('call-stage').textContent()).toBe('Open to applications');
    expect((await nice.getCall(NETWORK, callId)).stage).toBe('open');

    // The deadline in the reader's language and time zone, and what is left.
    const deadline = niceTab.getByTestId('call-detail').getByTestId('call-deadline');
    expect(await deadline.locator('time').getAttribute('datetime')).toBe(deadlineAt.toISOString());
    const inEnglish = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en', o).format(deadlineAt);
    expect(await deadline.textContent()).toContain(
      inEnglish({ day: 'numeric', month: 'long', year: 'numeric' }),
    );
    expect(await deadline.textContent()).toContain(inEnglish({ hour: '2-digit', minute: '2-digit' }));
    expect(await deadline.getByTestId('call-countdown').textContent()).toMatch(/^closes in (9|10) days$/);
    const criteria = niceTab.getByTestId('call-criteria').locator('li');
    expect(await criteria.first().textContent()).toContain(MASS_EVENTS_GUIDANCE);
    expect(await criteria.first().getByTestId('criterion-weight').textContent()).toBe('Weight 3');
  });

  it('is read by the public, without an account', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await page.goto(`/networks/${NETWORK}/calls/${callId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);
    expect(await page.getByTestId('call-detail').textContent()).toContain(MASS_EVENTS);
    expect(await page.getByTestId('how-to-apply').textContent()).toContain('Sign in as an editor');
    expect(await page.getByTestId('application-form').count()).toBe(0);
    const anyone = new PactesurClient({ baseUrl: run.url });
    const read = await anyone.getCall(NETWORK, callId);
    expect(read).toMatchObject({
      title: TITLE,
      stage: 'open',
      canApply: false,
      mine: null,
      applications: [],
    });
    expect((await anyone.listCalls(NETWORK)).map((c) => c.title)).toEqual([TITLE]);
  });

  it('is answered by München, which is not a member, from the network page', async () => {
    expect((await munich.getNetwork(NETWORK)).members.map((m) => m.org.name)).not.toContain(MUNICH);
    ({ page: munichTab } = await run.tab({ watchConsole: true }));
    await signIn(munichTab, MUNICH_EDITOR, `/networks/${NETWORK}`);
    await munichTab.getByTestId('network-members').waitFor();
    expect(await membersShown(munichTab)).not.toContain(MUNICH);
    const listed = munichTab.locator(`[data-testid="call"][data-call-id="${callId}"]`);
    expect(await listed.getByTestId('call-stage').textContent()).toBe('Open to applications');
    expect(await listed.textContent()).toContain('Places: 1');
    expect(await listed.textContent()).toContain('Joins the network as: Associated city');
    await listed.getByRole('link', { name: TITLE }).click();
    await callPageIn(munichTab, 'open');

    const form = munichTab.getByTestId('application-form');
    // Nothing answered: the form asks for every criterion, the motivation and a contact.
    await form.getByRole('button', { name: 'Send the application' }).click();
    await form.getByText('Answer every criterion.').waitFor();
    expect(await form.getByText('Say why your organisation applies.').count()).toBe(1);
    expect((await munich.getCall(NETWORK, callId)).mine).toBeNull();

    // Each criterion is answered under its guidance.
    const events = form.getByLabel(MASS_EVENTS, { exact: true });
    const hint = await events.getAttribute('aria-describedby');
    expect(await form.locator(`[id="${hint}"]`).textContent()).toBe(MASS_EVENTS_GUIDANCE);
    await events.fill(ANSWER_EVENTS);
    await form.getByLabel(COMMITMENT, { exact: true }).fill(ANSWER_COMMITMENT);
    await form.getByLabel('Motivation').fill(MOTIVATION);
    await form.getByLabel('Contact', { exact: true }).fill(CONTACT);
    await form.getByRole('button', { name: 'Send the application' }).click();
    await form.getByRole('button', { name: 'Withdraw the application' }).waitFor();
    expect(await form.getByTestId('application-status').textContent()).toMatch(/^Sent on /);

    const applied = await munich.getCall(NETWORK, callId);
    expect(applied.canApply).toBe(true);
    expect(applied.mine).toMatchObject({ orgName: MUNICH, motivation: MOTIVATION, contact: CONTACT });
    expect(applied.mine).toMatchObject({ outcome: 'pending', reviews: [] });
    expect(applied.mine?.answers).toEqual({
      'hosting-of-mass-events': ANSWER_EVENTS,
      police: ANSWER_COMMITMENT,
    });
    // The applicant reads only its own application.
    expect(applied.applications).toEqual([]);
    expect(applied.applicationCount).toBeNull();

    // London applies too, through the API: a second application to rank.
    await london.applyToCall(NETWORK, callId, {
      answers: { 'hosting-of-mass-events': 'New Year’s Eve on the Thames.', police: 'The Met.' },
      motivation: 'We would like to share our hostile vehicle mitigation.',
      contact: 'Greater London Authority',
    });
  });

  it('is closed early by Nice, scored and decided: München is selected and joins the network', async () => {
    await niceTab.reload();
    await callPageIn(niceTab, 'open');
    const manage = niceTab.getByTestId('call-management');
    await manage.getByRole('button', { name: 'Close the applications now' }).click();
    await niceTab.getByRole('alertdialog').getByRole('button', { name: 'Close now' }).click();
    await callPageIn(niceTab, 'closed');
    expect((await nice.getCall(NETWORK, callId)).stage).toBe('closed');
    // No application is taken once closed.
    const late = munich.applyToCall(NETWORK, callId, { answers: {}, motivation: 'Late', contact: 'KVR' });
    await expect(late).rejects.toBeInstanceOf(ApiError);
    await expect(late).rejects.toMatchObject({ status: 409, code: 'call_stage' });

    // Nice scores München's application, criterion by criterion.
    const application = applicationOf(niceTab, MUNICH);
    expect(await application.getByTestId('application-answers').textContent()).toContain(ANSWER_EVENTS);
    expect(await application.getByTestId('application-score').textContent()).toBe('Not reviewed yet');
    const review = application.getByTestId('review-form');
    await review.getByLabel(MASS_EVENTS, { exact: true }).selectOption('4');
    await review.getByLabel(COMMITMENT, { exact: true }).selectOption('3');
    expect(await review.getByTestId('review-preview').textContent()).toBe('My score: 3.8 / 5');
    await review.getByLabel('Comment').fill(REVIEW_COMMENT);
    await review.getByRole('button', { name: 'Save my review' }).click();
    await expect
      .poll(() => application.getByTestId('application-score').getAttribute('data-score'))
      .toBe('3.75');
    expect(await application.getByTestId('application-score').textContent()).toBe(
      'Score 3.8 / 5 · reviews: 1',
    );
    const scored = await nice.getCall(NETWORK, callId);
    expect(scored.applications.map((a) => a.orgName)).toEqual([MUNICH, 'London']);
    expect(scored.applications[0]).toMatchObject({ score: 3.75 });
    expect(scored.applications[0]?.reviews).toMatchObject([
      { scores: { 'hosting-of-mass-events': 4, police: 3 }, comment: REVIEW_COMMENT },
    ]);

    // The selection ranks München first; choosing both is more than the one place: said, not refused.
    const selection = niceTab.getByTestId('selection-panel');
    const choices = selection.getByTestId('selection-choice');
    expect(await choices.first().textContent()).toMatch(new RegExp(`^${MUNICH} score 3.8 / 5`));
    expect(await choices.nth(1).textContent()).toMatch(/^London Not reviewed yet/);
    await selection.getByLabel(new RegExp(`^${MUNICH}`)).check();
    expect(await selection.getByTestId('selection-count').textContent()).toBe('Selected: 1 of 1 places.');
    await selection.getByLabel(/^London/).check();
    expect(await selection.getByTestId('selection-count').getAttribute('data-fit')).toBe('over');
    expect(await selection.getByTestId('selection-count').textContent()).toContain('more than the 1 places');
    await selection.getByLabel(/^London/).uncheck();
    await selection.getByLabel('Note of the decision').fill(DECISION_NOTE);
    await niceTab.screenshot({ path: '/tmp/pactesur-call-selection.png', fullPage: true });
    await selection.getByRole('button', { name: 'Confirm the selection' }).click();
    await callPageIn(niceTab, 'decided');
    expect(await niceTab.getByTestId('selected-org').allTextContents()).toEqual([MUNICH]);
    const decision = niceTab.getByTestId('decision-panel');
    expect(await decision.getByTestId('decision-note').textContent()).toBe(DECISION_NOTE);

    const decided = await nice.getCall(NETWORK, callId);
    expect(decided).toMatchObject({ stage: 'decided', decisionNote: DECISION_NOTE });
    expect(decided.decidedAt).not.toBeNull();
    expect(decided.applications.map((a) => [a.orgName, a.outcome])).toEqual([
      [MUNICH, 'selected'],
      ['London', 'not-selected'],
    ]);
    // A decided call no longer changes.
    await expect(nice.closeCall(NETWORK, callId)).rejects.toMatchObject({ status: 409, code: 'call_stage' });
  });

  it('tells München it is selected, and lists it among the members of the network', async () => {
    await munichTab.reload();
    const mine = munichTab.getByTestId('my-application');
    await mine.waitFor();
    expect(await mine.getAttribute('data-outcome')).toBe('selected');
    expect(await mine.getByTestId('application-outcome').textContent()).toBe('Selected');
    expect(await mine.textContent()).toContain('Your organisation joins PACTESUR 2 as: Associated city.');
    expect(await mine.getByTestId('decision-note').textContent()).toBe(DECISION_NOTE);
    expect((await munich.getCall(NETWORK, callId)).mine?.outcome).toBe('selected');
    expect((await london.getCall(NETWORK, callId)).mine?.outcome).toBe('not-selected');

    await munichTab.getByRole('link', { name: 'Back to PACTESUR 2' }).click();
    await munichTab.getByTestId('network-members').waitFor();
    await expect.poll(() => membersShown(munichTab)).toContain(MUNICH);
    const row = munichTab.getByTestId('network-members').locator('tbody tr', { hasText: MUNICH });
    expect(await row.textContent()).toContain('Associated city');
    const after = await munich.getNetwork(NETWORK);
    expect(after.members.find((m) => m.org.name === MUNICH)?.role).toBe('associated');
    expect(after.members.map((m) => m.org.name)).not.toContain('London');
    await munichTab.screenshot({ path: '/tmp/pactesur-call-decided.png', fullPage: true });
  });
});
