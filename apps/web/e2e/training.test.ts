import { ApiError, PactesurClient } from '@pactesur/api-client';
import type { Course } from '@pactesur/contracts';
import { pdfWords } from '@pactesur/server/test/pdf-words';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

/** Nice leads PACTESUR (and PACTESUR 2); London is an associated member of PACTESUR only. */
const NICE = 'admin@nice.example.org';
const LONDON = 'admin@london.example.org';
const NETWORK = 'pactesur';

const TITLE = 'Vulnerability assessment of crowded places';
const DESCRIPTION = 'For security coordinators and police commanders: the method, then a site visit.';
const OFFICER = 'Priya Raman';
const RANK = 'Sergeant, protective security';
/** Enrolled by Nice itself: London must not see them. */
const NICE_OFFICER = 'Marc Dupont';
const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

const run = new BrowserRun();
let nice: PactesurClient;
let london: PactesurClient;
let niceTab: Page;
let londonTab: Page;
let courseId = '';

/** A calendar day `offset` days from today in the local time zone, as a date field takes it. */
function day(offset: number): string {
  const at = new Date();
  at.setDate(at.getDate() + offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

const participantNamed = (course: Course, name: string) => course.participants.find((p) => p.name === name);

/** The tick box of a participant at a session, in the organisers' attendance grid. */
const attendanceBox = (page: Page, name: string, session: string): Locator =>
  page.getByTestId('attendance-grid').getByRole('checkbox', { name: `${name} present at ${session}` });

beforeAll(async () => {
  await run.start();
  [nice, london] = await Promise.all([run.client(NICE), run.client(LONDON)]);
});
afterAll(() => run.finish());

describe('training in Chromium: a course of Nice, an officer of London, attendance, certificate', () => {
  it('is created by Nice’s admin through the editor, with two sessions, a curriculum and a trainer', async () => {
    ({ page: niceTab } = await run.tab({ watchConsole: true }));
    await signIn(niceTab, NICE, '/training');
    await niceTab.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
    await niceTab.getByRole('link', { name: 'New course' }).click();
    await niceTab.getByRole('heading', { level: 1, name: 'New course' }).waitFor();

    const editor = niceTab.getByTestId('course-editor');
    await editor.getByLabel('Network', { exact: true }).selectOption(NETWORK);
    const about = editor.getByRole('group', { name: 'The course' });
    await about.getByLabel('Title', { exact: true }).fill(TITLE);
    await about.getByLabel('Theme', { exact: true }).selectOption('vulnerability-assessment');
    await about.getByLabel('Description', { exact: true }).fill(DESCRIPTION);
    // Taught in the reader's language, and in French.
    await about.getByLabel('Add a language').selectOption('fr');
    expect(
      await about
        .locator('.course-languages li')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-lang'))),
    ).toEqual(['en', 'fr']);

    await editor.getByRole('button', { name: 'Add a topic' }).click();
    await editor.getByRole('button', { name: 'Add a topic' }).click();
    const topics = editor.getByTestId('curriculum-row');
    await topics.nth(0).getByLabel('Topic', { exact: true }).fill('The method: threats, likelihood, impact');
    await topics.nth(0).getByLabel('Hours', { exact: true }).fill('3');
    await topics.nth(1).getByLabel('Topic', { exact: true }).fill('Site visit and scoring');
    await topics.nth(1).getByLabel('Hours', { exact: true }).fill('3.5');
    await editor.getByRole('button', { name: 'Add a trainer' }).click();
    const trainer = editor.getByTestId('trainer-row').first();
    await trainer.getByLabel('Name', { exact: true }).fill('Camille Laurent');
    await trainer.getByLabel('Organisation', { exact: true }).fill('Ville de Nice');

    // Two sessions, both over: the course is recorded after the fact, enrolment left open for a week.
    const sessions = editor.getByTestId('session-row');
    const first = sessions.nth(0);
    await first.getByLabel('Title', { exact: true }).fill('The method');
    expect(await first.getByLabel('Key', { exact: true }).inputValue()).toBe('the-method');
    await first.getByLabel('Date', { exact: true }).fill(day(-3));
    await first.getByLabel('From', { exact: true }).fill('09:00');
    await first.getByLabel('To', { exact: true }).fill('12:30');
    await first.getByLabel('Place', { exact: true }).fill('Centre de supervision urbain, Nice');
    await editor.getByRole('button', { name: 'Add a session' }).click();
    const second = sessions.nth(1);
    await second.getByLabel('Title', { exact: true }).fill('Site visit, Promenade des Anglais');
    expect(await second.getByLabel('Key', { exact: true }).inputValue()).toBe(
      'site-visit-promenade-des-anglais',
    );
    await second.getByLabel('Key', { exact: true }).fill('site-visit');
    await second.getByLabel('Date', { exact: true }).fill(day(-2));
    await second.getByLabel('From', { exact: true }).fill('14:00');
    await second.getByLabel('To', { exact: true }).fill('17:30');

    await editor.getByLabel('Places', { exact: true }).fill('12');
    await editor.getByLabel('Enrolment closes on', { exact: true }).fill(day(7));
    await editor.getByLabel('at', { exact: true }).fill('18:00');
    await editor.getByRole('button', { name: 'Create the course' }).click();

    await niceTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    courseId = new URL(niceTab.url()).pathname.split('/').at(-1) ?? '';
    expect(courseId).toMatch(/^[0-9a-f-]{36}$/);
    const made = await nice.getCourse(courseId);
    expect(made).toMatchObject({
      networkSlug: NETWORK,
      organiserOrgName: 'Ville de Nice',
      title: TITLE,
      description: DESCRIPTION,
      languages: ['en', 'fr'],
      places: 12,
      hours: 6.5,
      stage: 'ended',
      enrolmentOpen: true,
      certificate: true,
      attendanceRequired: 80,
      canManage: true,
    });
    expect(made.sessions.map((s) => [s.id, s.title])).toEqual([
      ['the-method', 'The method'],
      ['site-visit', 'Site visit, Promenade des Anglais'],
    ]);
    expect(made.curriculum.map((c) => c.hours)).toEqual([3, 3.5]);
    expect(made.trainers).toEqual([
      { name: 'Camille Laurent', organisation: 'Ville de Nice', expertise: '' },
    ]);
    expect(made.enrolmentCloses).not.toBeNull();

    // Its page: the sessions in time order, the curriculum's total, the stage.
    expect(await niceTab.getByTestId('course-page').getAttribute('data-stage')).toBe('ended');
    expect(
      await niceTab
        .getByTestId('sessions')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id'))),
    ).toEqual(['the-method', 'site-visit']);
    expect(await niceTab.getByTestId('curriculum-total').textContent()).toBe('6.5');
    expect(await niceTab.getByTestId('course-places').textContent()).toBe('12 of 12 places left');
    await niceTab.getByTestId('attendance').getByText('Nobody is enrolled yet.').waitFor();
  });

  it('is found by London in the list, which enrols an officer through the form and sees only its own people', async () => {
    // Nice enrols one of its own officers too.
    await nice.enrolInCourse(courseId, { name: NICE_OFFICER, function: 'Brigadier-chef, police municipale' });

    ({ page: londonTab } = await run.tab({ watchConsole: true }));
    await signIn(londonTab, LONDON, '/training');
    const item = londonTab.locator(`[data-testid="course"][data-course-id="${courseId}"]`);
    await item.waitFor();
    expect(await item.getByTestId('course-places').textContent()).toBe('11 of 12 places left');
    expect(await item.getByTestId('course-stage').textContent()).toBe('Ended');
    await item.getByRole('link', { name: TITLE }).click();
    await londonTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // A member enrols; it does not keep the course.
    expect(await londonTab.getByTestId('attendance').count()).toBe(0);
    expect(await londonTab.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);

    const form = londonTab.getByTestId('enrol-form');
    await form.getByLabel('Name', { exact: true }).fill(OFFICER);
    await form.getByLabel('Rank or function', { exact: true }).fill(RANK);
    await form.getByRole('button', { name: 'Enrol' }).click();
    const mine = londonTab.getByTestId('my-participants');
    await mine.getByRole('rowheader', { name: OFFICER }).waitFor();
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('');

    const seen = await london.getCourse(courseId);
    expect(seen.taken).toBe(2);
    expect(seen.canEnrol).toBe(true);
    expect(seen.participants.map((p) => [p.name, p.function, p.orgName])).toEqual([
      [OFFICER, RANK, 'London'],
    ]);
    expect((await nice.getCourse(courseId)).participants.map((p) => p.name).sort()).toEqual(
      [NICE_OFFICER, OFFICER].sort(),
    );
    // Nothing attended yet: no certificate, and the server refuses one.
    expect(await mine.getByTestId('participant').count()).toBe(1);
    expect(await mine.getByTestId('participant').getAttribute('data-certified')).toBe('false');
    await mine.getByText('Not earned').waitFor();
    const officerId = participantNamed(seen, OFFICER)?.id ?? '';
    const refused = await london.certificatePdf(courseId, officerId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409, code: 'not_certified' });
  });

  it('has both sessions of the officer marked present by Nice in the attendance grid, which certifies them', async () => {
    await niceTab.reload();
    await niceTab.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const row = niceTab.getByTestId('attendance-row').filter({ hasText: OFFICER });
    await row.waitFor();
    expect(await niceTab.getByTestId('attendance-row').count()).toBe(2);

    for (const session of ['The method', 'Site visit, Promenade des Anglais']) {
      const box = attendanceBox(niceTab, OFFICER, session);
      await box.check();
      // Recorded: the box is enabled again, still ticked, once the server answered.
      await expect.poll(() => box.isEnabled()).toBe(true);
      expect(await box.isChecked()).toBe(true);
    }
    await expect.poll(() => row.getAttribute('data-certified')).toBe('true');
    expect(await row.getByTestId('attendance-share').textContent()).toBe('100%');
    await row.getByTestId('certificate-link').waitFor();
    // Nice's own officer attended nothing.
    const other = niceTab.getByTestId('attendance-row').filter({ hasText: NICE_OFFICER });
    expect(await other.getAttribute('data-certified')).toBe('false');
    expect(await other.getByTestId('attendance-share').textContent()).toBe('0%');

    const marked = participantNamed(await nice.getCourse(courseId), OFFICER);
    expect([...(marked?.attended ?? [])].sort()).toEqual(['site-visit', 'the-method']);
    expect(marked?.attendance).toBe(1);
    expect(marked?.certified).toBe(true);
    expect(marked?.certificateCode).toMatch(CODE);
    await niceTab.screenshot({ path: '/tmp/pactesur-training-attendance.png', fullPage: true });
  });

  it('gives London the certificate as a PDF naming the officer, whose code the public page verifies without an account', async () => {
    await londonTab.reload();
    const mine = londonTab.getByTestId('my-participants');
    const link = mine.getByTestId('certificate-link');
    await link.waitFor();
    expect(await link.getAttribute('aria-label')).toBe(`Certificate of ${OFFICER} (PDF)`);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('lang=en');
    const pdf = await londonTab.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const words = pdfWords(new Uint8Array(await pdf.body()));
    expect(words).toContain(OFFICER);

    const officer = participantNamed(await london.getCourse(courseId), OFFICER);
    const code = officer?.certificateCode ?? '';
    expect(code).toMatch(CODE);
    expect(words).toContain(code);
    expect(await mine.getByTestId('certificate-code').textContent()).toBe(code);

    // Anyone checks the code at the address the certificate prints, signed out.
    const { page: publicTab } = await run.tab({ watchConsole: true });
    await publicTab.goto(`/training/certificates/${code}`);
    await publicTab.getByRole('heading', { level: 1, name: 'Check a training certificate' }).waitFor();
    const valid = publicTab.getByTestId('certificate-valid');
    await valid.waitFor();
    expect(await valid.getAttribute('data-code')).toBe(code);
    expect(await publicTab.getByTestId('certificate-name').textContent()).toBe(OFFICER);
    expect(await publicTab.getByTestId('certificate-course').textContent()).toBe(TITLE);
    expect(await publicTab.getByLabel('Password').count()).toBe(0);
    const anyone = new PactesurClient({ baseUrl: run.url });
    expect(await anyone.checkCertificate(code)).toMatchObject({
      name: OFFICER,
      orgName: 'London',
      courseTitle: TITLE,
      attendance: 1,
    });

    await publicTab.screenshot({ path: '/tmp/pactesur-training-certificate.png', fullPage: true });

    // A code no certificate has is said so.
    await publicTab.getByLabel('Code', { exact: true }).fill('2345-6789-ABCD');
    await publicTab.getByRole('button', { name: 'Check', exact: true }).click();
    await publicTab.getByTestId('certificate-unknown').waitFor();
    expect(new URL(publicTab.url()).pathname).toBe('/training/certificates/2345-6789-ABCD');
    expect(await publicTab.getByTestId('certificate-valid').count()).toBe(0);
  });
});
