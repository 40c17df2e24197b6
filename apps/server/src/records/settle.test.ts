import type { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doorOnOutline } from '../../test/door-on-outline.ts';
import { verifyDelivery } from '../outbox/signature.ts';
import { startWebhookReceiver } from '../outbox/testing/webhook-receiver.ts';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { registerSite } from '../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../test/wait-for.ts';

let platform: TestPlatform;
let analyst: PactesurClient;
let site: Site;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { WEBHOOKS_ALLOW_PRIVATE: '1', OUTBOX_POLL_MS: '50', OUTBOX_RETRY_BASE_MS: '20' } });
  analyst = await platform.signedIn('analyst@nice.example.org');
  site = await registerSite(await platform.signedIn('editor@nice.example.org'), 'breda-grote-markt.osm', 'Grote Markt');
});
afterAll(() => platform.close());

/**
 * The stored state of a simulation and of its job, read from the tables, not through the API. The job is
 * read before the record: the job's end and the record's settling commit together, so a record read after
 * a finished job must hold its result (read the other way round, the job could finish in between).
 */
async function stored(simulationId: string) {
  const { db } = platform.database;
  const { job_id } = await db.selectFrom('crowd_simulations').select('job_id').where('id', '=', simulationId).executeTakeFirstOrThrow();
  const job = await db.selectFrom('jobs').select(['status', 'result', 'error']).where('id', '=', job_id ?? '').executeTakeFirstOrThrow();
  const sim = await db.selectFrom('crowd_simulations').select(['job_id', 'summary', 'result', 'frames']).where('id', '=', simulationId).executeTakeFirstOrThrow();
  return { sim, job };
}

describe('a job-computed record', () => {
  it('holds its result as soon as its job succeeded, with no read of it in between, and the job keeps the summary', async () => {
    const receiver = await startWebhookReceiver(() => 200);
    const hook = await (await platform.signedIn('admin@nice.example.org')).createWebhook({ url: receiver.url, events: ['record.ready'] });
    const started = await analyst.startCrowdSimulation(site.id, { exits: [doorOnOutline(site.outline, 4, 'north')], count: 30, premovementS: [0, 2], durationS: 200 });
    const done = await waitFor(() => stored(started.id), (s) => s.job.status !== 'queued' && s.job.status !== 'running', ANALYSIS_WAIT_MS);
    expect(done.job.status).toBe('succeeded');
    expect(done.sim.result).not.toBeNull();
    expect(done.sim.frames).not.toBeNull();
    expect(done.sim.summary).toMatchObject({ agentsTotal: 30 });
    expect(done.job.result).toEqual({ crowdSimulationId: started.id, summary: done.sim.summary });

    // Written with the job's end, sent by the outbox: the organisation's webhook hears the record is ready.
    try {
      await waitFor(() => Promise.resolve(receiver.received.length), (n) => n > 0, 20_000);
      const [request] = receiver.received;
      if (!request) throw new Error('no delivery');
      const header = (name: string) => String(request.headers[name] ?? '');
      expect(header('pactesur-event')).toBe('record.ready');
      expect(verifyDelivery(hook.secret, header('pactesur-signature'), header('pactesur-timestamp'), request.body)).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({ event: 'record.ready', data: { kind: 'crowd-simulation', id: started.id, status: 'succeeded' } });
      expect(request.body).not.toContain('frames');
    } finally {
      await receiver.close();
    }
  });

  it('fails the job, and leaves the record unsettled, when the result is not one its kind computes', async () => {
    const { db } = platform.database;
    const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'nice').executeTakeFirstOrThrow();
    const user = await db.selectFrom('users').select('id').where('email', '=', 'analyst@nice.example.org').executeTakeFirstOrThrow();
    // A job some other server runs (so this one's threads leave it alone), and the record it computes.
    const job = await db
      .insertInto('jobs')
      .values({ kind: 'crowd.simulate', owner_org_id: org.id, created_by: user.id, input: '{}', status: 'running', progress: 0.5, attempts: 1, max_attempts: 1, cancel_requested: false, worker_id: 'another-server' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sim = await db
      .insertInto('crowd_simulations')
      .values({ owner_org_id: org.id, site_id: site.id, name: 'odd result', request: JSON.stringify({ model: 'csm', exits: [], durationS: 60 }), agents: 1, job_id: job.id, created_by: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();

    await platform.jobs.repository.succeed(job.id, { evacuated: 'everyone' });

    const after = await stored(sim.id);
    expect(after.job.status).toBe('failed');
    expect(after.job.error).toMatch(/does not fit its record/);
    expect(after.sim.summary).toBeNull();
    expect((await analyst.getCrowdSimulation(sim.id)).status).toBe('failed');
  });
});
