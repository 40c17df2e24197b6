import type { PactesurClient } from '@pactesur/api-client';
import type { Job } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadsBackend } from '../../src/jobs/threads/threads-backend.ts';
import { startTestPlatform, type TestPlatform } from '../harness.ts';
import { waitFor } from '../wait-for.ts';

/**
 * A job whose thread dies never stays `running`: it is retried while attempts are left, then failed with the
 * reason. One thread, and short heartbeat and sweep intervals, so a job left behind is seen within seconds.
 */
const JOB_ENV = {
  JOB_THREADS: '1',
  JOB_MAX_ATTEMPTS: '2',
  JOB_HEARTBEAT_MS: '100',
  JOB_POLL_MS: '100',
  JOB_SWEEP_MS: '200',
  JOB_STALE_MS: '1000',
};

const finished = (j: Job) => ['succeeded', 'failed', 'cancelled'].includes(j.status);
const primes = (limit: number, delayMsPerStep: number) => ({
  kind: 'diagnostic.count-primes',
  input: { limit, delayMsPerStep },
});

let platform: TestPlatform;
let analyst: PactesurClient;
let backend: ThreadsBackend;

beforeAll(async () => {
  platform = await startTestPlatform({ env: JOB_ENV });
  analyst = await platform.signedIn('analyst@nice.example.org');
  const queue = platform.jobs.queue;
  if (!(queue instanceof ThreadsBackend)) throw new Error(`expected the threads backend, got ${queue.name}`);
  backend = queue;
});
afterAll(async () => {
  await platform?.close();
});

describe('a job thread that dies', () => {
  it('leaves its job retried while attempts are left, then failed with the reason, never running', async () => {
    const job = await analyst.startJob(primes(100_000, 200));
    expect(job.maxAttempts).toBe(2);
    const pool = platform.jobs.threadPool;
    if (!pool) throw new Error('the server runs no job thread');

    await waitFor(
      () => analyst.getJob(job.id),
      (j) => j.status === 'running' && j.attempts === 1 && j.progress > 0,
    );
    expect(await pool.terminateThreadOf(job.id)).toBe(true);
    // The lost attempt is given another thread.
    const retried = await waitFor(
      () => analyst.getJob(job.id),
      (j) => j.attempts === 2 && j.status === 'running' && j.progress > 0,
    );
    expect(retried.error).toBeNull();

    expect(await pool.terminateThreadOf(job.id)).toBe(true);
    const done = await waitFor(() => analyst.getJob(job.id), finished);
    expect(done.status).toBe('failed');
    expect(done.attempts).toBe(2);
    expect(done.error).toMatch(/^attempt 2 of 2 lost: its worker thread stopped/);
    const row = await platform.jobs.repository.find(job.id);
    expect(row?.worker_id).toBeNull();
    expect(pool.runningJobs()).toEqual([]);
  });

  it('is not kept alive by its busy server: a job it holds on no thread is retried, then failed, by the sweep', async () => {
    // The one thread is busy for 20 s, so the next job waits in the queue.
    const busy = await analyst.startJob(primes(100_000, 1000));
    await waitFor(
      () => analyst.getJob(busy.id),
      (j) => j.status === 'running',
    );
    const orphan = await analyst.startJob(primes(1000, 0));
    expect((await analyst.getJob(orphan.id)).status).toBe('queued');
    // This server claims it, as it does before handing a job to a thread, but no thread runs it: the state a
    // job is left in when the end of its attempt could not be recorded (the database refused the write), and
    // the state the sweep finds a job in after its server died.
    const claim = async () => {
      const claimed = await platform.jobs.repository.claimNext(backend.workerId);
      expect(claimed?.id).toBe(orphan.id);
      expect(backend.threadPool.runningJobs()).not.toContain(orphan.id);
    };

    // The server's heartbeat, which goes on for the busy job, must not keep the orphan alive.
    await claim();
    const requeued = await waitFor(
      () => analyst.getJob(orphan.id),
      (j) => j.status !== 'running',
    );
    expect(requeued).toMatchObject({ status: 'queued', attempts: 1 });
    expect(requeued.message).toMatch(/^attempt 1 lost: no heartbeat from threads:/);

    await claim();
    const failed = await waitFor(
      () => analyst.getJob(orphan.id),
      (j) => j.status !== 'running',
    );
    expect(failed).toMatchObject({ status: 'failed', attempts: 2, result: null });
    expect(failed.error).toMatch(/^attempt 2 of 2 lost: no heartbeat from threads:/);
    expect((await analyst.getJob(busy.id)).status).toBe('running');
    await analyst.cancelJob(busy.id);
    expect((await waitFor(() => analyst.getJob(busy.id), finished)).status).toBe('cancelled');
  });
});
