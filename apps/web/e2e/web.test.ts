import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Tab } from './browser.ts';
import { BrowserRun } from './scenario.ts';

const ADMIN = 'admin@nice.example.org';
const COMMANDER = 'commander@police.nice.example.org';

// Every page of every test runs without an uncaught script error (checked once all are done).
const run = new BrowserRun();
const tab = (): Promise<Tab> => run.tab();

beforeAll(() => run.start());

afterAll(() => run.finish());

describe('the web app in Chromium', () => {
  it('signs in and shows PACTESUR 2 on the map and in the table', async () => {
    const { page } = await tab();
    await signIn(page, ADMIN, '/networks/pactesur-2');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'PACTESUR 2' }).waitFor();
    expect(await page.getByTestId('org-switcher').locator('option:checked').textContent()).toContain(
      'Ville de Nice',
    );

    const map = page.getByTestId('network-map');
    await page.locator('[data-testid="network-map"][data-map-state="loaded"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => map.getAttribute('data-rendered-points'), { timeout: 15_000 }).toBe('17');
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas?.width).toBeGreaterThan(300);
    expect(canvas?.height).toBeGreaterThan(300);

    const rows = page.getByTestId('network-members').locator('tbody tr');
    expect(await rows.count()).toBe(17);
    const nice = rows.filter({ hasText: 'Ville de Nice' });
    expect(await nice.locator('td').nth(2).textContent()).toBe('Lead');
    expect(await rows.filter({ hasText: 'Città di Torino' }).locator('td').nth(1).textContent()).toBe(
      'Italy',
    );

    await page.screenshot({ path: '/tmp/pactesur-network.png', fullPage: true });
    await nice.getByRole('button', { name: 'Show Ville de Nice on the map' }).click();
    await page.locator('.maplibregl-popup .map-popup').filter({ hasText: 'Ville de Nice' }).waitFor();
  });

  it('switches to French, keeps it after a reload, and back to English', async () => {
    const { page } = await tab();
    await signIn(page, ADMIN, '/networks/pactesur-2');
    await page.getByTestId('language').selectOption('fr');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Réseau' })
      .waitFor();
    await page.getByRole('status').filter({ hasText: "L'interface est maintenant en français." }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('columnheader', { name: 'Rôle dans le réseau' }).count()).toBe(1);

    await page.reload();
    await page.getByRole('link', { name: "Journal d'audit" }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('button', { name: 'Se déconnecter', exact: true }).count()).toBe(1);
    expect(
      await page
        .getByTestId('network-members')
        .locator('tbody tr')
        .filter({ hasText: 'Ville de Nice' })
        .locator('td')
        .nth(2)
        .textContent(),
    ).toBe('Chef de file');

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('link', { name: 'Audit log' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('invites a member whose link creates the account, and the audit log shows invite and join', async () => {
    const admin = await tab();
    await signIn(admin.page, ADMIN, '/members');
    await admin.page.getByRole('heading', { name: 'Members of Ville de Nice' }).waitFor();
    await admin.page.getByLabel('E-mail address').fill('new.officer@nice.example.org');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('editor');
    await admin.page.getByRole('button', { name: 'Create invitation' }).click();
    const link = await admin.page.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${run.url}/invite/[\\w-]+$`));
    await admin.page.getByTestId('invitations').getByText('new.officer@nice.example.org').waitFor();
    await admin.page.screenshot({ path: '/tmp/pactesur-members.png', fullPage: true });

    const guest = await tab();
    await guest.page.goto(link);
    await guest.page.getByLabel('Your name').waitFor();
    await guest.page.screenshot({ path: '/tmp/pactesur-invitation.png' });
    await guest.page.getByRole('heading', { name: 'Join Ville de Nice' }).waitFor();
    await guest.page.getByLabel('Your name').fill('Nadia Rossi');
    await guest.page.getByLabel('Password (at least 10 characters)').fill('correct horse battery');
    await guest.page.getByRole('button', { name: 'Create my account and join' }).click();
    await guest.page.getByTestId('user-name').filter({ hasText: 'Nadia Rossi' }).waitFor();
    await guest.page.getByRole('heading', { level: 1, name: 'Ville de Nice' }).waitFor();
    expect(await guest.page.getByTestId('org-switcher').locator('option:checked').textContent()).toBe(
      'Ville de Nice · Editor',
    );
    await guest.page.getByRole('link', { name: 'Members' }).click();
    const me = guest.page.getByTestId('members').locator('tbody tr').filter({ hasText: 'Nadia Rossi' });
    expect(await me.locator('td').nth(1).textContent()).toBe('Editor');

    await admin.page.getByRole('link', { name: 'Audit log' }).click();
    await admin.page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const entries = admin.page.getByTestId('audit-entries');
    await entries
      .locator('tr[data-action="join"]')
      .filter({ hasText: 'new.officer@nice.example.org' })
      .waitFor();
    const invite = entries
      .locator('tr[data-action="invite"]')
      .filter({ hasText: 'new.officer@nice.example.org as editor' });
    expect(await invite.getByText('Invitation sent').count()).toBe(1);
    expect(await admin.page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')).toBe(
      '/api/audit.csv',
    );

    await admin.page.getByLabel('Action').selectOption('join');
    await expect.poll(() => entries.locator('tbody tr').count()).toBe(1);
    expect(await admin.page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')).toBe(
      '/api/audit.csv?action=join',
    );
    await admin.page.getByLabel('Action').selectOption('');
    await expect.poll(() => entries.locator('tbody tr[data-action="invite"]').count()).toBeGreaterThan(0);
    await admin.page.screenshot({ path: '/tmp/pactesur-audit.png', fullPage: true });
  });

  it('shares a briefing with Police municipale de Nice, whose commander then reads it', async () => {
    const admin = await tab();
    await signIn(admin.page, ADMIN, '/briefings/new');
    await admin.page.getByLabel('Title').fill('Carnival of Nice — security arrangements');
    await admin.page.getByLabel('Text').fill('Vehicle barriers on Place Masséna from 18:00.');
    await admin.page.getByRole('button', { name: 'Create briefing' }).click();
    await admin.page
      .getByRole('heading', { level: 1, name: 'Carnival of Nice — security arrangements' })
      .waitFor();
    await admin.page.getByText('This briefing is not shared with any organisation.').waitFor();
    await admin.page.getByLabel('Organisation').selectOption({ label: 'Police municipale de Nice' });
    await admin.page.getByLabel('Right').selectOption('read');
    await admin.page.getByRole('button', { name: 'Share', exact: true }).click();
    await admin.page
      .getByTestId('shares')
      .getByRole('rowheader', { name: 'Police municipale de Nice' })
      .waitFor();

    const commander = await tab();
    await signIn(commander.page, COMMANDER, '/briefings');
    const row = commander.page
      .getByTestId('briefings')
      .locator('tbody tr')
      .filter({ hasText: 'Carnival of Nice' });
    expect(await row.locator('td').nth(0).textContent()).toBe('Ville de Nice');
    expect(await row.locator('td').nth(1).textContent()).toBe('Read only');
    await row.getByRole('link').click();
    await commander.page
      .getByTestId('briefing-body')
      .filter({ hasText: 'Vehicle barriers on Place Masséna' })
      .waitFor();
    expect(await commander.page.getByRole('button', { name: 'Edit' }).count()).toBe(0);

    await commander.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await commander.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await commander.page.reload();
    await commander.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await commander.page.getByTestId('user-name').count()).toBe(0);
  });
});
