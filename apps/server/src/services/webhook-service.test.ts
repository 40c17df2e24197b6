import type { PactesurClient } from '@pactesur/api-client';
import { WebhookEnvelope, type WebhookDelivery } from '@pactesur/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { waitFor } from '../../test/wait-for.ts';
import { verifyDelivery } from '../outbox/signature.ts';
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '../outbox/testing/webhook-receiver.ts';

const header = (r: ReceivedRequest, name: string) => String(r.headers[name] ?? '');
const envelopeOf = (r: ReceivedRequest) => WebhookEnvelope.parse(JSON.parse(r.body));
const verifies = (secret: string, r: ReceivedRequest) =>
  verifyDelivery(secret, header(r, 'pactesur-signature'), header(r, 'pactesur-timestamp'), r.body);

describe('webhooks on a network where receivers may be private', () => {
  let platform: TestPlatform;
  let admin: PactesurClient;
  const receivers: WebhookReceiver[] = [];
  const receiver = async (answer: Parameters<typeof startWebhookReceiver>[0]) => {
    const r = await startWebhookReceiver(answer);
    receivers.push(r);
    return r;
  };
  /** The delivery once it is delivered or failed. */
  const settled = async (id: string, deliveryId: string): Promise<WebhookDelivery> => {
    const delivery = await waitFor(
      async () => (await admin.webhookDeliveries(id)).deliveries.find((d) => d.id === deliveryId),
      (d) => d !== undefined && d.status !== 'pending',
    );
    if (!delivery) throw new Error(`no delivery ${deliveryId}`);
    return delivery;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      env: {
        WEBHOOKS_ALLOW_PRIVATE: '1',
        OUTBOX_POLL_MS: '50',
        OUTBOX_RETRY_BASE_MS: '20',
        OUTBOX_MAX_ATTEMPTS: '3',
        OUTBOX_TIMEOUT_MS: '1000',
      },
    });
    admin = await platform.signedIn('admin@nice.example.org');
  });
  afterEach(async () => {
    while (receivers.length > 0) await receivers.pop()?.close();
  });
  afterAll(() => platform.close());

  it('a receiver that fails twice gets the ping on the third attempt, signed with the secret', async () => {
    const hook = await receiver((n) => (n < 2 ? 500 : 200));
    const created = await admin.createWebhook({ url: hook.url, events: ['record.ready'], description: 'Operations room' });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created).toMatchObject({ url: hook.url, events: ['record.ready'], active: true, description: 'Operations room' });
    expect(await admin.getWebhook(created.id)).not.toHaveProperty('secret');
    expect(JSON.stringify(await admin.listWebhooks())).not.toContain(created.secret);

    const ping = await admin.pingWebhook(created.id);
    expect(ping).toMatchObject({ webhookId: created.id, event: 'webhook.ping', status: 'pending' });
    const done = await settled(created.id, ping.id);

    expect(done).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(done.history.map((a) => [a.attempt, a.statusCode])).toEqual([[3, 200], [2, 500], [1, 500]]);
    expect(done.history[1]?.error).toBe('HTTP 500 Internal Server Error');
    expect(hook.received).toHaveLength(3);
    const last = hook.received[2]!;
    expect(last.method).toBe('POST');
    expect(header(last, 'content-type')).toBe('application/json');
    expect(header(last, 'pactesur-event')).toBe('webhook.ping');
    expect(header(last, 'pactesur-delivery')).toBe(ping.id);
    expect(header(last, 'pactesur-signature')).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifies(created.secret, last)).toBe(true);
    expect(verifies('whsec_wrong', last)).toBe(false);
    const envelope = envelopeOf(last);
    expect(envelope).toMatchObject({ id: ping.messageId, event: 'webhook.ping', organisationId: created.ownerOrgId, data: { webhookId: created.id } });
    // Every retry carries the same message.
    expect(new Set(hook.received.map((r) => envelopeOf(r).id))).toEqual(new Set([ping.messageId]));

    const { entries } = await admin.audit({ recordId: created.id });
    expect(entries.map((e) => `${e.action}:${e.detail ?? ''}`)).toEqual(expect.arrayContaining(['create:127.0.0.1:' + new URL(hook.url).port, 'export:ping']));
  });

  it('gives up after the last attempt, recording why each one failed', async () => {
    const hook = await receiver(() => 'hang');
    const created = await admin.createWebhook({ url: hook.url, events: ['record.failed'] });
    const ping = await admin.pingWebhook(created.id);
    const done = await settled(created.id, ping.id);
    expect(done).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: null, lastError: 'no answer within 1000 ms', nextAttemptAt: null });
    expect(done.history.map((a) => a.error)).toEqual(Array(3).fill('no answer within 1000 ms'));
  });

  it("an event goes, in the transaction that causes it, to its organisation's active webhooks subscribed to it", async () => {
    const hook = await receiver(() => 204);
    const liege = await platform.signedIn('admin@liege.example.org');
    const subscribed = await liege.createWebhook({ url: hook.url, events: ['record.ready'] });
    const other = await liege.createWebhook({ url: hook.url, events: ['record.failed'] });
    const off = await liege.createWebhook({ url: hook.url, events: ['record.ready'], active: false });
    const { outbox } = platform.outbox;
    const ownerOrgId = subscribed.ownerOrgId;
    const db = platform.database.db;

    const rolledBack = db.transaction().execute(async (trx) => {
      await outbox.enqueue(trx, { ownerOrgId, event: 'record.ready', payload: { kind: 'site', id: 'never' } });
      throw new Error('the change failed');
    });
    await expect(rolledBack).rejects.toThrow('the change failed');
    const sent = await db.transaction().execute((trx) =>
      outbox.enqueue(trx, { ownerOrgId, event: 'record.ready', payload: { kind: 'threat-analysis', id: 'a1' } }),
    );
    expect(sent.deliveryIds).toHaveLength(1);

    const done = await waitFor(
      async () => (await liege.webhookDeliveries(subscribed.id)).deliveries,
      (list) => list[0]?.status === 'delivered',
    );
    expect(done).toEqual([expect.objectContaining({ id: sent.deliveryIds[0], event: 'record.ready', attempts: 1, lastStatusCode: 204 })]);
    expect((await liege.webhookDeliveries(other.id)).deliveries).toEqual([]);
    expect((await liege.webhookDeliveries(off.id)).deliveries).toEqual([]);
    expect(hook.received.map((r) => envelopeOf(r).data)).toEqual([{ kind: 'threat-analysis', id: 'a1' }]);
    expect(verifies(subscribed.secret, hook.received[0]!)).toBe(true);
  });

  it('a rotated secret signs from then on; updates are checked and kept', async () => {
    const hook = await receiver(() => 200);
    const created = await admin.createWebhook({ url: hook.url, events: ['record.ready'] });
    const rotated = await admin.rotateWebhookSecret(created.id);
    expect(rotated.secret).not.toBe(created.secret);
    const ping = await admin.pingWebhook(created.id);
    await settled(created.id, ping.id);
    expect(verifies(rotated.secret, hook.received[0]!)).toBe(true);
    expect(verifies(created.secret, hook.received[0]!)).toBe(false);

    const updated = await admin.updateWebhook(created.id, { events: ['record.ready', 'record.failed'], active: false, description: 'Paused' });
    expect(updated).toMatchObject({ events: ['record.ready', 'record.failed'], active: false, description: 'Paused' });
    expect((await apiError(admin.updateWebhook(created.id, { url: 'ftp://127.0.0.1/' }))).code).toBe('webhook_url_invalid');
    expect((await apiError(admin.updateWebhook(created.id, {}))).code).toBe('validation_failed');
    expect((await admin.getWebhook(created.id)).url).toBe(hook.url);
  });

  it('pages the history, latest first', async () => {
    const hook = await receiver(() => 200);
    const created = await admin.createWebhook({ url: hook.url, events: ['record.ready'] });
    const pings = [];
    for (let i = 0; i < 3; i++) pings.push(await admin.pingWebhook(created.id));
    const first = await admin.webhookDeliveries(created.id, { limit: 2 });
    expect(first.deliveries.map((d) => d.id)).toEqual([pings[2]!.id, pings[1]!.id]);
    expect(first.next).toBe(pings[1]!.id);
    const second = await admin.webhookDeliveries(created.id, { limit: 2, before: first.next! });
    expect(second).toEqual({ deliveries: [expect.objectContaining({ id: pings[0]!.id })], next: null });
  });

  it("is for the organisation's admins; another organisation's webhook is not found, and the attempt audited", async () => {
    const created = await admin.createWebhook({ url: 'http://127.0.0.1:9/hook', events: ['record.ready'] });
    const editor = await platform.signedIn('editor@nice.example.org');
    expect((await apiError(editor.listWebhooks())).code).toBe('forbidden');
    expect((await apiError(editor.getWebhook(created.id))).code).toBe('forbidden');
    const liege = await platform.signedIn('admin@liege.example.org');
    const attempts = [liege.getWebhook, liege.pingWebhook, liege.webhookDeliveries, liege.deleteWebhook];
    for (const attempt of attempts) expect((await apiError(attempt(created.id))).status).toBe(404);
    expect((await liege.listWebhooks()).map((w) => w.id)).not.toContain(created.id);
    const { entries } = await admin.audit({ recordId: created.id, action: 'access-denied' });
    expect(entries.length).toBe(4);
    await admin.deleteWebhook(created.id);
    expect((await apiError(admin.getWebhook(created.id))).status).toBe(404);
  });
});

describe('webhooks where receivers must be public', () => {
  let platform: TestPlatform;
  let admin: PactesurClient;
  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.signedIn('admin@nice.example.org');
  });
  afterAll(() => platform.close());

  it('refuses other schemes, credentials, private addresses and unknown hosts, each with its code', async () => {
    const refusals: [string, string][] = [
      ['ftp://hooks.example.org/x', 'webhook_url_invalid'],
      ['javascript:alert(1)', 'webhook_url_invalid'],
      ['https://user:secret@93.184.215.14/hook', 'webhook_url_invalid'],
      ['http://127.0.0.1:8080/hook', 'webhook_url_private'],
      ['http://localhost/hook', 'webhook_url_private'],
      ['http://169.254.169.254/latest/meta-data', 'webhook_url_private'],
      ['http://[::1]/hook', 'webhook_url_private'],
      ['https://hooks.pactesur.invalid/hook', 'webhook_host_unknown'],
    ];
    for (const [url, code] of refusals) {
      const error = await apiError(admin.createWebhook({ url, events: ['record.ready'] }));
      expect([error.status, error.code], url).toEqual([400, code]);
    }
    expect(await admin.listWebhooks()).toEqual([]);
    // A public address is accepted (nothing is sent until an event happens).
    expect((await admin.createWebhook({ url: 'https://93.184.215.14/hook', events: ['record.ready'], active: false })).url).toBe('https://93.184.215.14/hook');
  });
});
