/**
 * Live mode over real sockets: fifty stewards' counters post their gate counts (twenty each, one every
 * 30 s of a 10-minute opening, sent as fast as the server takes them), while pages follow the event's
 * channel as a browser does — on each piece of news they read the entries after the last one they hold.
 * Every page must end with every entry, in order, once, and the totals the counters sent.
 */
import type { PactesurClient} from '@pactesur/api-client';
import { RealtimeClient } from '@pactesur/api-client';
import type { LiveState, LogEntry, PlanFeatureInput } from '@pactesur/contracts';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doorOnOutline } from '../../../test/door-on-outline.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';
import { waitFor } from '../../../test/wait-for.ts';
import { listen, type Listening } from '../../listen.ts';
import { recordChannel } from '../../realtime/channels.ts';
import { signedInOverHttp } from '../../../test/signed-in-over-http.ts';

const COUNTERS = 50;
const POSTS_EACH = 20;

let platform: TestPlatform;
let server: Listening;

const signedIn = (email: string): Promise<PactesurClient> => signedInOverHttp(server.url, email);

beforeAll(async () => {
  platform = await startTestPlatform();
  server = await listen(platform, '127.0.0.1', 0);
}, 240_000);
afterAll(async () => {
  await server?.close();
  await platform?.close();
});

/** A page open on the live tab: follows the channel, reads what came after its last entry on each news. */
function openPage(api: PactesurClient, eventId: string) {
  const entries: LogEntry[] = [];
  let state: LiveState | null = null;
  let reading: Promise<void> | null = null;
  let again = false;
  const read = async (): Promise<void> => {
    do {
      again = false;
      const next = await api.eventLive(eventId, entries.at(-1)?.seq ?? 0);
      entries.push(...next.entries);
      state = next;
    } while (again || (state && entries.length < state.seq));
  };
  const onNews = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = read().finally(() => (reading = null));
  };
  const socket = new RealtimeClient({
    url: `${server.url.replace(/^http/, 'ws')}/api/realtime`,
    WebSocket,
    cookies: () => api.transport.cookieHeader(),
  });
  let subscribed = false;
  socket.subscribe(recordChannel('event', eventId), { message: onNews, subscribed: () => ((subscribed = true), onNews()) });
  return {
    entries,
    state: () => state,
    subscribed: () => subscribed,
    idle: () => reading === null,
    close: () => socket.close(),
  };
}

describe('live mode', () => {
  it(`${COUNTERS} gate counters posting ${POSTS_EACH} counts each reach every open page, in order, once`, async () => {
    const nice = await signedIn('admin@nice.example.org');
    const police = await signedIn('commander@police.nice.example.org');
    const site = await registerSite(nice, 'breda-grote-markt.osm', 'Grote Markt');
    const gates: PlanFeatureInput[] = [4, 3, 2].map((w, i) => ({ id: `gate-${i}`, type: 'exit', name: `Gate ${i + 1}`, line: doorOnOutline(site.outline, w, `gate-${i}`).line, widthM: w }));
    const e = await nice.createEvent({
      siteId: site.id,
      name: 'Fireworks',
      startsAt: '2027-07-14T20:00:00+02:00',
      endsAt: '2027-07-14T23:30:00+02:00',
      plan: {
        expectedPeak: 3000,
        features: [{ id: 'square', type: 'zone', name: 'Square', polygon: { type: 'Polygon', coordinates: site.outline.coordinates[0]! } }, ...gates],
        triggers: [{ id: 'full', name: 'Square full', metric: 'occupancy', threshold: 1500, action: 'Close the entry gates' }],
      },
    });
    const orgs = await nice.listOrgs();
    await nice.submitEvent(e.id, { reviewers: [orgs.find((o) => o.slug === 'nice-police')!.id], message: '' });
    await police.reviewEvent(e.id, { decision: 'approved' });
    await nice.startEventLive(e.id);

    const pages = [openPage(nice, e.id), openPage(await signedIn('editor@nice.example.org'), e.id), openPage(police, e.id)];
    try {
      await waitFor(() => Promise.resolve(pages.every((p) => p.subscribed())), (ok) => ok);
      const stewards = await Promise.all(Array.from({ length: 5 }, () => signedIn('editor@nice.example.org')));
      // Counter k posts at its gate: 3 in per post, and 1 out every other post.
      await Promise.all(
        Array.from({ length: COUNTERS }, async (_, k) => {
          const api = stewards[k % stewards.length]!;
          for (let i = 0; i < POSTS_EACH; i++)
            await api.postGateCount(e.id, { gate: `gate-${k % 3}`, in: 3, out: i % 2, counter: `steward ${k + 1}` });
        }),
      );
      const final = await nice.eventLive(e.id);
      const counts = COUNTERS * POSTS_EACH;
      expect(final.occupancy).toBe(COUNTERS * POSTS_EACH * 3 - COUNTERS * (POSTS_EACH / 2));
      expect(final.gates.reduce((n, g) => n + g.in, 0)).toBe(COUNTERS * POSTS_EACH * 3);
      // The log: the status line of going live, every count, and the trigger point reached once.
      expect(final.triggered.map((t) => t.id)).toEqual(['full']);
      expect(final.seq).toBeGreaterThanOrEqual(counts + 2);

      for (const page of pages) {
        await waitFor(() => Promise.resolve(page.entries.length >= final.seq && page.idle()), (ok) => ok, 60_000);
        expect(page.entries.map((x) => x.seq)).toEqual(Array.from({ length: final.seq }, (_, i) => i + 1));
        expect(page.entries.filter((x) => x.kind === 'count')).toHaveLength(counts);
        expect(page.entries.at(-1)?.occupancy).toBe(final.occupancy);
      }
      // Occupancy after each entry never jumps: each count changes it by exactly what it says.
      const log = pages[0]!.entries;
      for (let i = 1; i < log.length; i++) {
        const x = log[i]!;
        if (x.kind === 'count') expect(x.occupancy - log[i - 1]!.occupancy).toBe(x.in - x.out);
      }
    } finally {
      for (const page of pages) page.close();
    }
  }, 600_000);
});
