/**
 * Retention: a report is deleted by the module's scheduled purge once its category's period is over, with
 * its photos. The test moves the clock the module reads (vitest's fake `Date`, advancing with real time) and
 * waits for the scheduler to notice and purge — it never calls the purge itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PactesurClient } from '@pactesur/api-client';
import type { ReportReceipt } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { waitFor } from '../../../test/wait-for.ts';
import { coverNice, IN_CENTRE, IN_OLD_TOWN } from './test-support/areas.ts';

const DAY_MS = 86_400_000;
const PHOTO = readFileSync(new URL('../../../test/fixtures/photo-gps.jpg', import.meta.url));

let platform: TestPlatform;
let city: PactesurClient;
let citizen: PactesurClient;

beforeAll(async () => {
  // Only `Date` is faked, and it runs on with real time: timers, the database thread and sockets are real.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform();
  city = await platform.signedIn('admin@nice.example.org');
  await coverNice(city, await platform.signedIn('commander@police.nice.example.org'));
  citizen = platform.client();
}, 240_000);
afterAll(async () => {
  vi.useRealTimers();
  await platform?.close();
});

/** The photo files a report names now. */
async function photoKeysOf(receipt: ReportReceipt): Promise<string[]> {
  const row = await platform.database.db.selectFrom('citizen_reports').select(['photo_key', 'published_photo_key']).where('id', '=', receipt.id).executeTakeFirstOrThrow();
  return [row.photo_key, row.published_photo_key].filter((k): k is string => k !== null);
}

const stored = (key: string) => existsSync(join(platform.config.filesDir, 'files', key));
const kept = async (receipt: ReportReceipt) => (await platform.database.db.selectFrom('citizen_reports').select('id').where('id', '=', receipt.id).executeTakeFirst()) !== undefined;
/** Waits for the report's row, then its photo files (removed once the deletion committed), to be gone. */
const purged = (receipt: ReportReceipt, photos: readonly string[]) =>
  waitFor(async () => !(await kept(receipt)) && photos.every((key) => !stored(key)), Boolean, 10_000);
const moveClock = (days: number) => vi.setSystemTime(new Date(Date.now() + days * DAY_MS));

describe('retention', () => {
  it('deletes each report with its photos once its category’s period is over, at the next scheduled purge', async () => {
    const send = (category: 'crowding' | 'lighting-fault' | 'event-safety', location: [number, number]) =>
      citizen.sendReport({ category, location, description: `A ${category} report.`, contact: { email: 'someone@example.org' } });
    // Crowding is kept 30 days, a lighting fault 180, event safety 90 after it is closed.
    const crowding = await send('crowding', IN_OLD_TOWN);
    const lighting = await send('lighting-fault', IN_CENTRE);
    const event = await send('event-safety', IN_CENTRE);
    await citizen.sendReportPhoto(crowding.token, PHOTO);
    await citizen.sendReportPhoto(lighting.token, PHOTO);
    const police = await platform.signedIn('commander@police.nice.example.org');
    await police.triageReport(crowding.id, { status: 'in-progress', published: true });
    const crowdingPhotos = await photoKeysOf(crowding);
    const lightingPhotos = await photoKeysOf(lighting);
    expect(crowdingPhotos).toHaveLength(2);
    expect(lightingPhotos).toHaveLength(1);
    for (const key of [...crowdingPhotos, ...lightingPhotos]) expect(stored(key)).toBe(true);

    // Day 20: the event report is closed, and is kept 90 days from now on.
    moveClock(20);
    const editor = await platform.signedIn('editor@nice.example.org');
    const closed = await editor.triageReport(event.id, { status: 'closed', published: false });
    expect(Date.parse(closed.purgeAfter)).toBe(Date.parse(closed.updatedAt) + 90 * DAY_MS);

    // Day 31: the crowding report's 30 days are over.
    moveClock(11);
    await purged(crowding, crowdingPhotos);
    expect(await kept(lighting)).toBe(true);
    expect(await kept(event)).toBe(true);
    for (const key of lightingPhotos) expect(stored(key)).toBe(true);
    await expect(citizen.trackReport(crowding.token)).rejects.toMatchObject({ status: 404 });
    expect((await platform.request(`/open311/v2/requests/${crowding.requestId}.json`)).status).toBe(404);
    expect((await platform.request(`/api/citizens/public/${crowding.requestId}/photo.jpg`)).status).toBe(404);
    const transparency = await citizen.citizenTransparency();
    expect(transparency.purged).toBe(1);
    expect(transparency.photos).toBe(2);
    expect(transparency.categories.find((c) => c.category === 'crowding')).toMatchObject({ received: 1, kept: { open: 0, 'in-progress': 0, closed: 0 } });

    // Day 111: 90 days after it was closed, the event report goes; day 181: the lighting fault.
    moveClock(80);
    await purged(event, []);
    expect(await kept(lighting)).toBe(true);
    moveClock(70);
    await purged(lighting, lightingPhotos);
    expect((await citizen.citizenTransparency()).purged).toBe(3);

    // Each deletion is in the receiving organisation's audit log, as the retention job's (no user).
    const admin = await platform.signedIn('admin@nice.example.org');
    const { entries } = await admin.audit({ recordId: lighting.id, limit: 20 });
    expect(entries.find((e) => e.action === 'delete')).toMatchObject({ userId: null, detail: `${lighting.requestId}: retention period over` });
  }, 120_000);
});
