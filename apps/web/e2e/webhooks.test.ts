import type { Listening } from '@pactesur/server';
import { waitFor } from '@pactesur/server/test/wait-for';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openTab, signIn, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';

const ADMIN = 'admin@nice.example.org';

/** A request the receiver got: its headers and its body exactly as sent. */
interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let server: Listening;
let browser: Browser;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const tabs: Tab[] = [];

const tab = async (): Promise<Tab> => {
  const opened = await openTab(browser, server.url);
  tabs.push(opened);
  return opened;
};

beforeAll(async () => {
  // The receiver is on the loopback address, which webhooks may call only when private addresses are allowed.
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/pactesur-hook`;
  [server, browser] = await Promise.all([
    startWebPlatform({ env: { WEBHOOKS_ALLOW_PRIVATE: '1', OUTBOX_POLL_MS: '100' } }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
  expect(tabs.flatMap((t) => t.pageErrors)).toEqual([]);
});

describe('webhooks in Chromium', () => {
  it('lets an admin connect a receiver, shows the secret once, and delivers a signed test', async () => {
    const { page, context } = await tab();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No webhooks yet.').waitFor();

    await page.getByRole('button', { name: 'New webhook' }).click();
    await page.getByLabel('Address of the receiver').fill(receiverUrl);
    await page.getByLabel('Description (optional)').fill('Control room of the municipal police');
    await page.getByRole('checkbox', { name: 'Test message' }).check();
    await page.getByRole('button', { name: 'Create webhook' }).click();

    const secretBox = page.getByTestId('webhook-secret');
    await secretBox.getByText('it will not be shown again').waitFor();
    const secret = await secretBox.getByLabel('Secret', { exact: true }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await secretBox.textContent()).toContain('pactesur-signature');
    await secretBox.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: 'The secret has been copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.screenshot({ path: '/tmp/pactesur-webhooks.png', fullPage: true });

    const row = page.getByTestId('webhooks').locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual([
      'Test message, Result ready, Result failed',
      'On',
      'Control room of the municipal police',
      expect.any(String),
    ]);

    // On the webhook's own page the secret is gone for good.
    await page.getByRole('link', { name: `Open the webhook to ${receiverUrl}` }).click();
    await page.getByRole('heading', { level: 1, name: receiverUrl }).waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    expect(await page.getByText(secret).count()).toBe(0);

    await page.getByRole('button', { name: 'Send a test' }).click();
    const history = page.getByTestId('webhook-deliveries');
    const delivery = history.locator('tbody tr[data-delivery-id]');
    await delivery.first().waitFor();
    // The worker delivers in the background: the page shows it once asked again.
    await waitFor(
      async () => {
        await history.getByRole('button', { name: 'Refresh', disabled: false }).click();
        await history.getByRole('button', { name: 'Refresh', disabled: false }).waitFor();
        return delivery.first().getAttribute('data-status');
      },
      (status) => status === 'delivered',
      30_000,
      250,
    );
    expect(await delivery.first().locator('th, td').allTextContents()).toEqual([
      'Test message',
      'Delivered',
      '1',
      'HTTP 204',
      '—',
      expect.any(String),
      'Show attempts',
    ]);
    await delivery.first().getByRole('button', { name: /^Attempts to send “Test message”/ }).click();
    expect(await history.getByRole('table', { name: 'Attempts to deliver this message' }).locator('tbody tr').count()).toBe(1);
    await page.screenshot({ path: '/tmp/pactesur-webhook.png', fullPage: true });

    // What the receiver got is signed with the secret shown: "<timestamp>.<body>", HMAC-SHA256, hex.
    expect(received).toHaveLength(1);
    const [ping] = received;
    const timestamp = String(ping?.headers['pactesur-timestamp']);
    const expected = createHmac('sha256', secret).update(`${timestamp}.${ping?.body}`).digest('hex');
    expect(ping?.headers['pactesur-signature']).toBe(`v1=${expected}`);
    expect(ping?.headers['pactesur-event']).toBe('webhook.ping');
    expect(JSON.parse(ping?.body ?? '{}')).toMatchObject({ event: 'webhook.ping' });
  }, 60_000);

  it('shows no Webhooks entry to an editor or a viewer, and tells them at /webhooks who manages them', async () => {
    for (const email of ['editor@nice.example.org', 'viewer@nice.example.org']) {
      const { page } = await tab();
      await signIn(page, email);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Home' }).waitFor();
      expect(await nav.getByRole('link').allTextContents(), email).not.toContain('Webhooks');

      await page.goto('/webhooks');
      await page
        .getByTestId('webhooks-not-allowed')
        .filter({ hasText: 'Only the administrators of Ville de Nice manage its webhooks.' })
        .waitFor();
      expect(await page.getByRole('button', { name: 'New webhook' }).count(), email).toBe(0);
    }
  }, 30_000);
});
