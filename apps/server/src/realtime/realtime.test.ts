/**
 * The realtime socket on one instance (embedded database), over real sockets: who may open it, what a
 * client may follow, garbage frames, revocation, and resuming after a dropped connection.
 * The multi-instance behaviour is in `realtime-instances.test.ts`.
 */
import { randomUUID } from 'node:crypto';
import type { PactesurClient} from '@pactesur/api-client';
import { RealtimeClient } from '@pactesur/api-client';
import type { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../listen.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { waitFor } from '../../test/wait-for.ts';
import { RealtimeMessageRepository } from './message-repository.ts';
import { refusal, SocketProbe } from './testing/socket-probe.ts';
import { routedWebSocket } from './testing/routed-socket.ts';
import { signedInOverHttp } from '../../test/signed-in-over-http.ts';

let platform: TestPlatform;
let server: Listening;
let wsUrl: string;
let origin: string;
let nice: PactesurClient;
let liege: PactesurClient;
let liegeOrgId: string;
let briefingId: string;
const probes: SocketProbe[] = [];

const signedIn = (email: string): Promise<PactesurClient> => signedInOverHttp(server.url, email);

/** A raw socket signed in as `client`'s session, sent from the server's own origin. */
async function probeOf(client: PactesurClient): Promise<SocketProbe> {
  const probe = await SocketProbe.open(wsUrl, { origin, cookie: client.transport.cookieHeader() ?? '' });
  probes.push(probe);
  return probe;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  server = await listen(platform, '127.0.0.1', 0);
  origin = server.url;
  wsUrl = `${server.url.replace(/^http/, 'ws')}/api/realtime`;
  [nice, liege] = await Promise.all([
    signedIn('editor@nice.example.org'),
    signedIn('admin@liege.example.org'),
  ]);
  liegeOrgId = (await liege.me()).memberships[0]?.orgId ?? '';
  briefingId = (await nice.createBriefing({ title: 'Carnival route', body: 'Live notes' })).id;
});

afterAll(async () => {
  for (const probe of probes) probe.close();
  await server?.close();
});

describe('opening the realtime socket', () => {
  it('refuses a handshake from another origin, or without one, with 403', async () => {
    const cookie = nice.transport.cookieHeader() ?? '';
    expect(await refusal(wsUrl, { origin: 'https://evil.example', cookie })).toEqual({
      status: 403,
      code: 'csrf_failed',
    });
    expect(await refusal(wsUrl, { cookie })).toEqual({ status: 403, code: 'csrf_failed' });
    // Same host and port, another scheme: another site.
    expect(await refusal(wsUrl, { origin: origin.replace(/^http:/, 'https:'), cookie })).toEqual({
      status: 403,
      code: 'csrf_failed',
    });
  });

  it('refuses a handshake without a valid session with 401', async () => {
    expect(await refusal(wsUrl, { origin })).toEqual({ status: 401, code: 'unauthenticated' });
    expect(await refusal(wsUrl, { origin, cookie: 'pactesur_session=forged' })).toEqual({
      status: 401,
      code: 'session_expired',
    });
  });

  it('answers 404 to an upgrade on any other path', async () => {
    const cookie = nice.transport.cookieHeader() ?? '';
    expect(await refusal(`${wsUrl}-not`, { origin, cookie })).toEqual({
      status: 404,
      code: 'route_not_found',
    });
  });
});

describe('frames', () => {
  it('answers garbage with an error frame and keeps the socket usable', async () => {
    const probe = await probeOf(nice);
    probe.send('not json at all');
    expect(await probe.next((f) => f.type === 'error')).toMatchObject({
      type: 'error',
      code: 'invalid_json',
    });
    probe.send({ type: 'subscribe' });
    const invalid = await probe.next((f) => f.type === 'error' && f.code === 'validation_failed');
    expect(invalid.type === 'error' && invalid.message).toMatch(/channel/);
    probe.send({ type: 'dance', channel: 'x' });
    probe.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    await probe.next((f) => f.type === 'error' && f.message === 'Send JSON text frames.');
    expect(probe.frames.filter((f) => f.type === 'error')).toHaveLength(4);

    const channel = `record:briefing:${briefingId}`;
    probe.send({ type: 'subscribe', channel });
    expect(await probe.outcome(channel)).toMatchObject({ type: 'subscribed', channel });
  });

  it('closes a socket that sends a frame over 64 kB', async () => {
    const probe = await probeOf(nice);
    const closed = new Promise<number>((resolve) => probe.ws.once('close', (code: number) => resolve(code)));
    probe.send({ type: 'subscribe', channel: 'x'.repeat(70_000) });
    expect(await closed).toBe(1009);
  });

  it('refuses channels that do not exist, and the internal access channels', async () => {
    const probe = await probeOf(nice);
    for (const channel of [
      'jobs',
      'record:briefing:not-a-uuid',
      `record:nothing:${briefingId}`,
      `access:briefing:${briefingId}`,
    ]) {
      probe.send({ type: 'subscribe', channel });
      expect(await probe.outcome(channel)).toEqual({ type: 'refused', channel, code: 'unknown_channel' });
    }
  });
});

describe('channels of records', () => {
  it('delivers what the server publishes to a subscriber of the record, in order', async () => {
    const probe = await probeOf(nice);
    const channel = `record:briefing:${briefingId}`;
    probe.send({ type: 'subscribe', channel });
    await probe.outcome(channel);
    const seqs: number[] = [];
    for (const n of [1, 2, 3]) seqs.push(await platform.realtime.publish(channel, { n }));
    await probe.next((f) => f.type === 'message' && f.seq === seqs[2]);
    expect(probe.payloads(channel)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(probe.frames.flatMap((f) => (f.type === 'message' ? [f.seq] : []))).toEqual(seqs);
  });

  it("refuses a subscriber of another organisation's record as not found, as the API does", async () => {
    const probe = await probeOf(liege);
    const channel = `record:briefing:${briefingId}`;
    probe.send({ type: 'subscribe', channel });
    expect(await probe.outcome(channel)).toEqual({ type: 'refused', channel, code: 'not_found' });
    const job = `job:${randomUUID()}`;
    probe.send({ type: 'subscribe', channel: job });
    expect(await probe.outcome(job)).toEqual({ type: 'refused', channel: job, code: 'not_found' });

    // Nothing published on the record reaches it.
    const own = (await liege.createBriefing({ title: 'Liège own' })).id;
    const ownChannel = `record:briefing:${own}`;
    probe.send({ type: 'subscribe', channel: ownChannel });
    await probe.outcome(ownChannel);
    await platform.realtime.publish(channel, { secret: true });
    const marker = await platform.realtime.publish(ownChannel, { marker: true });
    await probe.next((f) => f.type === 'message' && f.seq === marker);
    expect(probe.payloads(channel)).toEqual([]);
  });

  it('lets an organisation the record is shared with follow it, and revokes it when the share is', async () => {
    const channel = `record:briefing:${briefingId}`;
    await nice.share('briefing', briefingId, liegeOrgId, 'read');
    const probe = await probeOf(liege);
    probe.send({ type: 'subscribe', channel });
    expect(await probe.outcome(channel)).toMatchObject({ type: 'subscribed' });
    const seen = await platform.realtime.publish(channel, { before: 'revocation' });
    await probe.next((f) => f.type === 'message' && f.seq === seen);

    await nice.unshare('briefing', briefingId, liegeOrgId);
    expect(await probe.next((f) => f.type === 'revoked')).toEqual({ type: 'revoked', channel });

    // The channel is closed: a later message does not come, and subscribing again is refused.
    await platform.realtime.publish(channel, { after: 'revocation' });
    probe.send({ type: 'subscribe', channel });
    expect(await probe.outcome(channel, probe.frames.length)).toEqual({
      type: 'refused',
      channel,
      code: 'not_found',
    });
    expect(probe.payloads(channel)).toEqual([{ before: 'revocation' }]);
  });
});

describe('resuming', () => {
  it('replays the messages after `after`, in order, then live ones', async () => {
    const channel = `record:briefing:${briefingId}`;
    const first = await platform.realtime.publish(channel, { step: 1 });
    await platform.realtime.publish(channel, { step: 2 });
    await platform.realtime.publish(channel, { step: 3 });
    const probe = await probeOf(nice);
    probe.send({ type: 'subscribe', channel, after: first });
    const subscribed = await probe.outcome(channel);
    expect(probe.payloads(channel)).toEqual([{ step: 2 }, { step: 3 }]);
    expect(subscribed).toMatchObject({ type: 'subscribed', seq: first + 2 });
    expect(subscribed).not.toHaveProperty('gap');
    const live = await platform.realtime.publish(channel, { step: 4 });
    await probe.next((f) => f.type === 'message' && f.seq === live);
    expect(probe.payloads(channel)).toEqual([{ step: 2 }, { step: 3 }, { step: 4 }]);
  });

  it('gives a client that dropped the messages it missed once, in order', async () => {
    const channel = `record:briefing:${briefingId}`;
    let reachable = true;
    const sockets: WebSocket[] = [];
    // While unreachable the handshake goes to a path that refuses it, so the client keeps retrying.
    const WebSocket = routedWebSocket(
      (url) => (reachable ? url : `${url}-unreachable`),
      (socket) => sockets.push(socket),
    );
    const opened: boolean[] = [];
    const client = new RealtimeClient({
      url: wsUrl,
      WebSocket,
      cookies: () => nice.transport.cookieHeader(),
      minDelayMs: 20,
      maxDelayMs: 100,
      onStatus: (s) => opened.push(s.open),
    });
    const received: unknown[] = [];
    const subscribed: number[] = [];
    client.subscribe(channel, {
      message: (payload) => received.push(payload),
      subscribed: (seq) => subscribed.push(seq),
    });
    try {
      await until(() => subscribed.length === 1);
      await platform.realtime.publish(channel, { n: 1 });
      await platform.realtime.publish(channel, { n: 2 });
      await until(() => received.length === 2);

      reachable = false;
      sockets.at(-1)?.terminate();
      await until(() => opened.filter((o) => !o).length >= 2); // the drop, then at least one failed attempt
      for (const n of [3, 4, 5]) await platform.realtime.publish(channel, { n });
      reachable = true;
      await until(() => received.length === 5);
      const last = await platform.realtime.publish(channel, { n: 6 });
      await until(() => client.lastSeq(channel) === last);

      expect(received).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ n })));
      expect(subscribed).toHaveLength(2);
    } finally {
      client.close();
    }
  });

  it('says when the messages after `after` may have been trimmed', async () => {
    const channel = `record:briefing:${briefingId}`;
    const old = await platform.realtime.publish(channel, { old: true });
    await platform.realtime.publish(channel, { newer: true });
    await new RealtimeMessageRepository(platform.database.db).trim(0); // keeps only the newest message
    const probe = await probeOf(nice);
    probe.send({ type: 'subscribe', channel, after: old - 1 });
    expect(await probe.outcome(channel)).toMatchObject({ type: 'subscribed', gap: true });
    expect(probe.payloads(channel)).toEqual([{ newer: true }]);
  });
});

describe('a position from another history', () => {
  it('starts a client whose `after` the channel never reached from now, and says so', async () => {
    const channel = `record:briefing:${briefingId}`;
    const latest = await platform.realtime.publish(channel, { before: true });
    const probe = await probeOf(nice);
    probe.send({ type: 'subscribe', channel, after: latest + 1_000_000 });
    expect(await probe.outcome(channel)).toEqual({ type: 'subscribed', channel, seq: latest, gap: true });
    const next = await platform.realtime.publish(channel, { after: true });
    await probe.next((f) => f.type === 'message' && f.seq === next);
    expect(probe.payloads(channel)).toEqual([{ after: true }]);
  });
});

describe('publishing from the server', () => {
  it('commits a message with its transaction, and forgets it when the transaction rolls back', async () => {
    const channel = `record:briefing:${briefingId}`;
    const got: unknown[] = [];
    const follower = await platform.realtime.subscribe(channel, null, (m) => got.push(m.payload));
    try {
      await platform.database.db
        .transaction()
        .execute(async (trx) => {
          await platform.realtime.publishInTransaction(trx, channel, { rolled: 'back' });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      const pending = await platform.database.db
        .transaction()
        .execute((trx) => platform.realtime.publishInTransaction(trx, channel, { committed: true }));
      await pending.announce();
      await until(() => got.length === 1);
      expect(got).toEqual([{ committed: true }]);
    } finally {
      follower.close();
    }
  });

  it('replays a channel to a server-side subscriber from `after`, then follows it', async () => {
    const channel = `job:${randomUUID()}`;
    const first = await platform.realtime.publish(channel, { percent: 10 });
    await platform.realtime.publish(channel, { percent: 20 });
    const got: unknown[] = [];
    const follower = await platform.realtime.subscribe(channel, first, (m) => got.push(m.payload));
    try {
      expect(got).toEqual([{ percent: 20 }]);
      await platform.realtime.publish(channel, { percent: 30 });
      await until(() => got.length === 2);
      expect(got).toEqual([{ percent: 20 }, { percent: 30 }]);
    } finally {
      follower.close();
    }
  });

  it('refuses to publish on a channel that does not exist', async () => {
    await expect(platform.realtime.publish('jobs', {})).rejects.toThrow(/not a realtime channel/);
  });
});

/** Waits for something the test caused (a deadline, not a timing assertion). */
const until = (condition: () => boolean) => waitFor(() => Promise.resolve(condition()), Boolean, 15_000, 10);
