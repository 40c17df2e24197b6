import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const VIEWER = 'viewer@nice.example.org';
const run = new BrowserRun();

beforeAll(() => run.start());
afterAll(() => run.finish());

describe('errors in words', () => {
  it('says that the e-mail address or password is wrong, not that a session ended', async () => {
    const { page } = await run.tab();
    await page.goto('/');
    await page.getByLabel('E-mail address').fill(VIEWER);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'password is wrong' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The e-mail address or the password is wrong.');
    expect(await alert.locator('.error-code').innerText()).toBe('Reference: invalid_credentials');
    expect(await page.locator('body').innerText()).not.toContain('session has ended');
    expect(await page.locator('body').innerText()).not.toContain('(invalid_credentials)');

    // The right password still signs in from the same form.
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('user-name').waitFor();
  });

  it('says that the session ended only when it did', async () => {
    const { page } = await run.tab();
    await signIn(page, VIEWER, '/briefings');
    await page.getByRole('heading', { level: 1, name: 'Briefings' }).waitFor();
    // The same user signs out everywhere from elsewhere: this tab's session is over.
    await (await run.client(VIEWER)).signOutEverywhere();
    await page.getByRole('link', { name: 'Sites', exact: true }).click();
    await page.getByText('Your session has ended. Please sign in again.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('explains an invitation link that is not valid any more, without "Page not found" or a raw code', async () => {
    const { page } = await run.tab();
    await page.goto('/invite/no-such-invitation-token-0123456789');
    await page.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('This invitation link is not valid any more');
    expect(text).toContain('Ask the person who invited you to send a new invitation.');
    expect(text).not.toContain('Page not found');
    expect(text).not.toContain('(invitation_invalid)');
    expect(await page.locator('.error-code').innerText()).toBe('Reference: invitation_invalid');
  });

  it('speaks the reader’s language', async () => {
    const { page } = await run.tab({ locale: 'fr-FR' });
    await page.goto('/invite/no-such-invitation-token-0123456789');
    await page
      .getByRole('heading', { level: 1, name: 'Cette invitation ne peut pas être utilisée' })
      .waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain("Ce lien d'invitation n'est plus valable");
    expect(text).toContain('Référence : invitation_invalid');
    expect(text).not.toContain('This invitation');
  });
});
