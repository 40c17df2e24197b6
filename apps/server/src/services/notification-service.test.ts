import type { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';

let platform: TestPlatform;
let madrid: PactesurClient;
let madridUser: { id: string; orgId: string };

beforeAll(async () => {
  platform = await startTestPlatform();
  madrid = await platform.signedIn('admin@madrid.example.org');
  const me = await madrid.me();
  madridUser = { id: me.id, orgId: (await madrid.listOrgs()).find((o) => o.slug === 'madrid')!.id };
}, 240_000);
afterAll(() => platform?.close());

const decided = (n: number) => ({ kind: 'call-decided' as const, networkSlug: 'pactesur-2', callId: '00000000-0000-4000-8000-00000000000' + String(n), callTitle: `Call ${n}`, selected: n % 2 === 0 });

describe('notifications', () => {
  it('are written with a transaction and kept only if it commits', async () => {
    const before = (await madrid.notifications()).items.length;
    await expect(
      platform.database.db.transaction().execute(async (trx) => {
        await platform.services.notifications.notify(trx, [{ userId: madridUser.id, orgId: madridUser.orgId, subject: decided(0) }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await madrid.notifications()).items.length).toBe(before);
  });

  it('list newest first, page by `before`, filter the unread, and are marked read by id or all at once', async () => {
    for (const n of [1, 2, 3]) {
      const announce = await platform.database.db
        .transaction()
        .execute((trx) => platform.services.notifications.notify(trx, [{ userId: madridUser.id, orgId: madridUser.orgId, subject: decided(n) }]));
      await announce();
    }
    const first = await madrid.notifications({ limit: 2 });
    const titles = (list: typeof first) => list.items.map((i) => (i.subject.kind === 'call-decided' ? i.subject.callTitle : i.subject.kind));
    expect(titles(first)).toEqual(['Call 3', 'Call 2']);
    expect(first.unread).toBeGreaterThanOrEqual(3);
    const next = await madrid.notifications({ limit: 2, before: first.items[1]!.id });
    expect(titles(next)[0]).toBe('Call 1');
    expect(next.items[0]?.orgName).toBe('Ayuntamiento de Madrid');

    const afterOne = await madrid.markNotificationsRead({ ids: [first.items[0]!.id] });
    expect(afterOne.unread).toBe(first.unread - 1);
    expect(titles(await madrid.notifications({ unread: true, limit: 2 }))).toEqual(['Call 2', 'Call 1']);
    expect((await madrid.markNotificationsRead({ all: true })).unread).toBe(0);
    expect((await madrid.notifications({ unread: true })).items).toEqual([]);
  });

  it('refuses a malformed query with a named field', async () => {
    const bad = await platform.request('/api/notifications?limit=0', { headers: { cookie: madrid.transport.cookieHeader() ?? '' } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; details?: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details?.map((d) => d.path)).toContain('limit');
  });
});
