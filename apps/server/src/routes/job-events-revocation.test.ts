/**
 * A job's live progress stops reaching a partner the moment the owner takes access back: the server-sent
 * events of `GET /api/jobs/:id/events` end, and so does the WebSocket subscription of `job:<id>`.
 * One job thread, so a job started behind a slow one stays queued while a test looks at it.
 */
import type { PactesurClient } from '@pactesur/api-client';
import { Job, type Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../listen.ts';
import { SocketProbe } from '../realtime/testing/socket-probe.ts';
import { apiError } from '../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { registerSite } from '../../test/register-site.ts';
import { waitFor } from '../../test/wait-for.ts';
import { signedInOverHttp } from '../../test/signed-in-over-http.ts';

let platform: TestPlatform;
let server: Listening;
let nice: PactesurClient;
let liege: PactesurClient;
let liegeId: string;
let site: Site;
const probes: SocketProbe[] = [];

/** A job slow enough (twenty steps of a second) to be revoked while it runs; cancelled by each test. */
const slowPrimes = { kind: 'diagnostic.count-primes', input: { limit: 5_000_000, delayMsPerStep: 1000 } };
const finished = (j: Job) => ['succeeded', 'failed', 'cancelled'].includes(j.status);

const signedIn = (email: string): Promise<PactesurClient> => signedInOverHttp(server.url, email);

/** Reads a server-sent event stream event by event. */
function eventsOf(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const parse = (block: string) => ({
    event: block.split('\n').find((l) => l.startsWith('event:'))?.slice(6).trim() ?? 'message',
    data: block.split('\n').find((l) => l.startsWith('data:'))?.slice(5) ?? '',
  });
  /** The next event, or null when the stream ended; keep-alive comments are skipped. */
  const next = async (): Promise<{ event: string; data: string } | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.split('\n').some((l) => l.startsWith('event:'))) return parse(block);
        continue;
      }
      if (ended) return null;
      const { done, value } = await reader.read();
      if (done) ended = true;
      else buffer += decoder.decode(value, { stream: true });
    }
  };
  return {
    /** The next `job` event's job. */
    async job(): Promise<Job> {
      const e = await next();
      if (e?.event !== 'job') throw new Error(`expected a job event, got ${JSON.stringify(e)}`);
      return Job.parse(JSON.parse(e.data));
    },
    /** Every event left, once the stream ended. */
    async rest(): Promise<{ event: string; data: string }[]> {
      const all: { event: string; data: string }[] = [];
      for (let e = await next(); e; e = await next()) all.push(e);
      return all;
    },
    close: () => reader.cancel(),
  };
}

beforeAll(async () => {
  platform = await startTestPlatform({ env: { JOB_THREADS: '1' } });
  server = await listen(platform, '127.0.0.1', 0);
  [nice, liege] = await Promise.all([signedIn('editor@nice.example.org'), signedIn('admin@liege.example.org')]);
  liegeId = (await liege.session()).activeOrgId ?? '';
  site = await registerSite(nice, 'breda-grote-markt.osm', 'Grote Markt');
});

afterAll(async () => {
  for (const probe of probes) probe.close();
  await server?.close();
  await platform?.close();
});

describe('revoking access ends the live progress of a job', () => {
  it("ends a partner's event stream and socket subscription at once when the job's share is revoked; a new request is not found", async () => {
    const job = await nice.startJob(slowPrimes);
    try {
      await nice.share('job', job.id, liegeId, 'read');
      const events = eventsOf(await liege.openJobEvents(job.id));
      expect((await events.job()).id).toBe(job.id);
      const probe = await SocketProbe.open(`${server.url.replace(/^http/, 'ws')}/api/realtime`, { origin: server.url, cookie: liege.transport.cookieHeader() ?? '' });
      probes.push(probe);
      const channel = `job:${job.id}`;
      probe.send({ type: 'subscribe', channel });
      expect(await probe.outcome(channel)).toMatchObject({ type: 'subscribed' });

      await nice.unshare('job', job.id, liegeId);
      const rest = await events.rest();
      expect(rest.at(-1)?.event).toBe('revoked');
      expect(rest.filter((e) => e.event === 'job').map((e) => Job.parse(JSON.parse(e.data))).filter(finished)).toEqual([]);
      expect(await probe.next((f) => f.type === 'revoked' && f.channel === channel)).toEqual({ type: 'revoked', channel });
      // The stream ended because of the revocation, not because the job did.
      expect(finished(await nice.getJob(job.id))).toBe(false);
      expect((await apiError(liege.openJobEvents(job.id))).status).toBe(404);
    } finally {
      await nice.cancelJob(job.id).catch(() => undefined);
    }
  });

  it('ends a stream that names the record the job computes when the share of that record is revoked', async () => {
    const blocker = await nice.startJob(slowPrimes);
    await waitFor(() => nice.getJob(blocker.id), (j) => j.status === 'running');
    const analysis = await nice.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const jobId = analysis.jobId ?? '';
    try {
      await nice.share('job', jobId, liegeId, 'read');
      await nice.share('threat-analysis', analysis.id, liegeId, 'read');
      const events = eventsOf(await liege.openJobEvents(jobId));
      const first = await events.job();
      expect(first.status).toBe('queued');
      expect(first.record).toEqual({ kind: 'threat-analysis', id: analysis.id, name: analysis.name });

      await nice.unshare('threat-analysis', analysis.id, liegeId);
      const rest = await events.rest();
      expect(rest.at(-1)?.event).toBe('revoked');
      expect((await nice.getJob(jobId)).status).toBe('queued');

      // The job itself is still shared: a new stream follows it without naming the record.
      const again = eventsOf(await liege.openJobEvents(jobId));
      expect((await again.job()).record).toBeNull();
      await again.close();
    } finally {
      await nice.cancelJob(jobId).catch(() => undefined);
      await nice.cancelJob(blocker.id).catch(() => undefined);
    }
  });
});
