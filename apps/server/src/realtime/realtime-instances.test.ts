/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: messages, resumption and
 * revocation cross from one to the other, told by PostgreSQL LISTEN/NOTIFY, or by Redis pub/sub when
 * `REDIS_URL` is set.
 */
import { randomBytes } from 'node:crypto';
import { PactesurClient, RealtimeClient } from '@pactesur/api-client';
import { Redis } from 'ioredis';
import type { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.ts';
import { listen, type Listening } from '../listen.ts';
import { startPlatform, type Platform } from '../platform.ts';
import { waitFor } from '../../test/wait-for.ts';
import { freshPostgresDatabase } from './testing/fresh-postgres.ts';
import { routedWebSocket } from './testing/routed-socket.ts';
import { SocketProbe } from './testing/socket-probe.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Waits for something the test caused (a deadline, not a timing assertion). */
const until = (condition: () => boolean) => waitFor(() => Promise.resolve(condition()), Boolean, 15_000, 10);

const wsOf = (server: Listening) => `${server.url.replace(/^http/, 'ws')}/api/realtime`;

describe.each(['postgres', 'redis'] as const)('two instances told by %s', (via) => {
  // A queue prefix of this run's own: it also names the Redis channel of the realtime layer.
  const prefix = `pactesur-realtime-${randomBytes(5).toString('hex')}`;
  let drop: () => Promise<void>;
  let a: Listening;
  let b: Listening;
  let platformA: Platform;
  let platformB: Platform;
  let nice: PactesurClient;
  let liege: PactesurClient;
  let liegeOrgId: string;
  let briefingId: string;
  const probes: SocketProbe[] = [];

  async function signedIn(server: Listening, email: string): Promise<PactesurClient> {
    const client = new PactesurClient({ baseUrl: server.url, cookieJar: true });
    await client.signIn({ email, password: DEMO_PASSWORD });
    return client;
  }

  async function probe(server: Listening, client: PactesurClient): Promise<SocketProbe> {
    const opened = await SocketProbe.open(wsOf(server), {
      origin: server.url,
      cookie: client.transport.cookieHeader() ?? '',
    });
    probes.push(opened);
    return opened;
  }

  beforeAll(async () => {
    const database = await freshPostgresDatabase();
    drop = database.drop;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      JOB_QUEUE_PREFIX: prefix,
      JOB_WORKER_IN_SERVER: '0',
      JOB_THREADS: '1',
      ...(via === 'redis' ? { REDIS_URL } : {}),
    });
    // One after the other: the first applies the migrations and is seeded, the second finds them done.
    platformA = await startPlatform(config);
    await seedDemo(platformA.repositories);
    platformB = await startPlatform(config);
    [a, b] = await Promise.all([listen(platformA, '127.0.0.1', 0), listen(platformB, '127.0.0.1', 0)]);
    // Sessions live in the shared database: signed in through A, valid on B.
    [nice, liege] = await Promise.all([
      signedIn(a, 'editor@nice.example.org'),
      signedIn(a, 'admin@liege.example.org'),
    ]);
    liegeOrgId = (await liege.me()).memberships[0]?.orgId ?? '';
    briefingId = (await nice.createBriefing({ title: 'Market square' })).id;
  });

  afterAll(async () => {
    for (const p of probes) p.close();
    await Promise.all([a?.close(), b?.close()]);
    await drop?.();
    if (via === 'redis') {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('delivers a message published on one instance to the subscribers of the other, in order', async () => {
    const channel = `record:briefing:${briefingId}`;
    const onB = await probe(b, nice);
    onB.send({ type: 'subscribe', channel });
    await onB.outcome(channel);
    const first = await platformA.realtime.publish(channel, { from: 'A' });
    await onB.next((f) => f.type === 'message' && f.seq === first);
    expect(onB.payloads(channel)).toEqual([{ from: 'A' }]);

    // Published from both instances at once: each arrives once, in the order of its seq.
    const seqs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? platformA : platformB).realtime.publish(channel, { i }),
      ),
    );
    const last = Math.max(...seqs);
    await onB.next((f) => f.type === 'message' && f.seq === last);
    const delivered = onB.frames.flatMap((f) => (f.type === 'message' && f.seq !== first ? [f.seq] : []));
    expect(delivered).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('gives a client that dropped off one instance and came back on the other what it missed, once, in order', async () => {
    const channel = `record:briefing:${briefingId}`;
    let target: Listening | null = b;
    const sockets: WebSocket[] = [];
    const WebSocket = routedWebSocket(
      () => (target ? wsOf(target) : `${wsOf(a)}-unreachable`),
      (socket) => sockets.push(socket),
    );
    const closes: number[] = [];
    const client = new RealtimeClient({
      url: wsOf(b),
      WebSocket,
      cookies: () => nice.transport.cookieHeader(),
      minDelayMs: 20,
      maxDelayMs: 100,
      onStatus: (s) => (s.open ? undefined : closes.push(s.code ?? 0)),
    });
    const received: unknown[] = [];
    let subscribed = 0;
    client.subscribe(channel, {
      message: (payload) => received.push(payload),
      subscribed: () => (subscribed += 1),
    });
    try {
      await until(() => subscribed === 1);
      await platformA.realtime.publish(channel, { n: 1 });
      await until(() => received.length === 1);

      target = null;
      sockets.at(-1)?.terminate();
      await until(() => closes.length >= 2); // the drop, then a failed attempt
      await platformA.realtime.publish(channel, { n: 2 });
      await platformB.realtime.publish(channel, { n: 3 });
      target = a;
      await until(() => received.length === 3);
      await platformB.realtime.publish(channel, { n: 4 });
      await until(() => received.length === 4);

      expect(received).toEqual([1, 2, 3, 4].map((n) => ({ n })));
      expect(subscribed).toBe(2);
    } finally {
      client.close();
    }
  });

  it('refuses a subscriber of another organisation on either instance', async () => {
    const channel = `record:briefing:${briefingId}`;
    for (const server of [a, b]) {
      const outsider = await probe(server, liege);
      outsider.send({ type: 'subscribe', channel });
      expect(await outsider.outcome(channel)).toEqual({ type: 'refused', channel, code: 'not_found' });
    }
  });

  it('closes the channel on the other instance when the share is revoked', async () => {
    const channel = `record:briefing:${briefingId}`;
    await nice.share('briefing', briefingId, liegeOrgId, 'read');
    const onB = await probe(b, liege);
    onB.send({ type: 'subscribe', channel });
    expect(await onB.outcome(channel)).toMatchObject({ type: 'subscribed' });

    await nice.unshare('briefing', briefingId, liegeOrgId); // through instance A
    expect(await onB.next((f) => f.type === 'revoked')).toEqual({ type: 'revoked', channel });
  });
});
