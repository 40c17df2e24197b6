import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/test-database.ts';
import { waitFor } from '../../test/wait-for.ts';
import { loadConfig, type Config } from '../config.ts';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.ts';
import { startPlatform, type Platform } from '../platform.ts';
import { retryDelayMs } from './delivery-worker.ts';
import { verifyDelivery } from './signature.ts';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.ts';

describe('retry delays', () => {
  it('double after each attempt, with at most a tenth added, and never exceed a day', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(30_000, n, () => 0))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30_000, 2, () => 0.999)).toBeCloseTo(65_994, 0);
    expect(retryDelayMs(30_000, 40, () => 0)).toBe(86_400_000);
  });
});

/**
 * "A crash between commit and delivery still delivers": messages are committed by a server whose worker
 * never sends them (one left claimed, as by a server that died mid-attempt); that server goes away, a new
 * one opens the same database and delivers them.
 */
describe('a message committed but not sent before the server went away', () => {
  let database: Config['database'];
  let drop: () => Promise<void>;
  let dataDir: string | null = null;
  let receiver: WebhookReceiver;

  const start = (env: Record<string, string>) => {
    const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEBHOOKS_ALLOW_PRIVATE: '1', OUTBOX_POLL_MS: '50', ...env });
    return startPlatform(Object.freeze({ ...base, database, redisUrl: null }));
  };
  const clientOf = async (platform: Platform) => {
    const fetch = (input: string, init: RequestInit) => Promise.resolve(platform.app.fetch(new Request(new URL(input, 'http://localhost'), init)));
    const client = new PactesurClient({ baseUrl: 'http://localhost', fetch, cookieJar: true });
    await client.signIn({ email: 'admin@nice.example.org', password: DEMO_PASSWORD });
    return client;
  };

  beforeAll(async () => {
    const test = await testDatabase();
    drop = test.drop;
    if (test.database.kind === 'postgres') database = test.database;
    else {
      // The embedded database in a directory, so that a second server opens what the first one wrote.
      dataDir = mkdtempSync(join(tmpdir(), 'pactesur-outbox-'));
      database = { kind: 'pglite', dataDir };
    }
    receiver = await startWebhookReceiver(() => 200);
  });
  afterAll(async () => {
    await receiver.close();
    await drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  // Two servers start one after the other on an embedded database in a directory: slower than in memory.
  it('is delivered by the next server on the same database', { timeout: 180_000 }, async () => {
    const first = await start({ OUTBOX_WORKER: '0' });
    await seedDemo(first.repositories);
    const admin = await clientOf(first);
    const webhook = await admin.createWebhook({ url: receiver.url, events: ['record.ready'] });
    const ready = await first.outbox.outbox.enqueue(first.database.db, {
      ownerOrgId: webhook.ownerOrgId,
      event: 'record.ready',
      payload: { kind: 'protection-plan', id: 'p1' },
    });
    // A server took this one and died before recording its attempt: it is due again when the lease ends.
    const claimed = await first.outbox.deliveries.claimDue(10, 500);
    expect(claimed.map((c) => c.id)).toEqual(ready.deliveryIds);
    const ping = await admin.pingWebhook(webhook.id);
    const off = await admin.createWebhook({ url: receiver.url, events: ['record.failed'] });
    const offFailed = await first.outbox.outbox.enqueue(first.database.db, { ownerOrgId: webhook.ownerOrgId, event: 'record.failed', payload: null });
    await admin.updateWebhook(off.id, { active: false });
    await first.close();
    expect(receiver.received).toEqual([]);

    const second = await start({ OUTBOX_WORKER: '1', OUTBOX_RETRY_BASE_MS: '20' });
    try {
      const owner = await clientOf(second);
      const deliveries = await waitFor(
        async () => (await owner.webhookDeliveries(webhook.id)).deliveries,
        (list) => list.length === 2 && list.every((d) => d.status === 'delivered'),
      );
      expect(deliveries.map((d) => d.id).sort()).toEqual([ping.id, ready.deliveryIds[0]!].sort());
      // The lost attempt counts, but only the one that answered is in the history.
      const leased = deliveries.find((d) => d.id === ready.deliveryIds[0]);
      expect(leased).toMatchObject({ attempts: 2, history: [expect.objectContaining({ attempt: 2, statusCode: 200 })] });
      expect(receiver.received.map((r) => r.headers['pactesur-event']).sort()).toEqual(['record.ready', 'webhook.ping']);
      for (const r of receiver.received) {
        expect(verifyDelivery(webhook.secret, String(r.headers['pactesur-signature']), String(r.headers['pactesur-timestamp']), r.body)).toBe(true);
      }
      // A webhook switched off after the message was written gets nothing, and says why.
      const abandoned = await waitFor(
        async () => (await owner.webhookDeliveries(off.id)).deliveries,
        (list) => list[0]?.status === 'failed',
      );
      expect(abandoned).toEqual([
        expect.objectContaining({ id: offFailed.deliveryIds[0], attempts: 0, lastError: 'the webhook is switched off', history: [] }),
      ]);
      expect(receiver.received).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('claimers working at once never take the same delivery', { timeout: 120_000 }, async () => {
    const platform = await start({ OUTBOX_WORKER: '0' });
    try {
      const admin = await clientOf(platform);
      const webhook = await admin.createWebhook({ url: receiver.url, events: ['record.failed'] });
      const { db } = platform.database;
      const enqueued = [];
      for (let i = 0; i < 12; i++) {
        enqueued.push(await platform.outbox.outbox.enqueue(db, { ownerOrgId: webhook.ownerOrgId, event: 'record.failed', payload: { i } }));
      }
      const rounds = await Promise.all([1, 2, 3, 4].map(() => platform.outbox.deliveries.claimDue(5, 60_000)));
      const claimed = rounds.flat().map((c) => c.id);
      expect(claimed).toHaveLength(12);
      expect(new Set(claimed)).toEqual(new Set(enqueued.flatMap((e) => e.deliveryIds)));
      expect(await platform.outbox.deliveries.claimDue(5, 60_000)).toEqual([]);
    } finally {
      await platform.close();
    }
  });
});
