import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, type PactesurClient } from '@pactesur/api-client';
import { Job, type Job as JobT } from '@pactesur/contracts';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { startWorkerProcess, type WorkerProcess } from './testing/worker-process.ts';
import { waitFor } from '../../test/wait-for.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `pactesur-test-${randomBytes(5).toString('hex')}`;

// Short intervals, and a queue of this file's own; restored after the file.
const JOB_ENV: Record<string, string> = {
  JOB_QUEUE_PREFIX: PREFIX,
  JOB_LOCK_MS: '4000',
  JOB_STALLED_INTERVAL_MS: '2000',
  JOB_HEARTBEAT_MS: '300',
  JOB_POLL_MS: '200',
  JOB_SWEEP_MS: '1000',
  JOB_STALE_MS: '20000',
  JOB_WORKER_IN_SERVER: '0',
};
const savedEnv = Object.fromEntries(Object.keys(JOB_ENV).map((k) => [k, process.env[k]]));
Object.assign(process.env, JOB_ENV);

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
const redisUp = await redisAnswers(REDIS_URL);

afterAll(async () => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (!redisUp) return;
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
});

const primes = (limit: number, delayMsPerStep: number) => ({
  kind: 'diagnostic.count-primes',
  input: { limit, delayMsPerStep },
});
const finished = (j: JobT) => ['succeeded', 'failed', 'cancelled'].includes(j.status);

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/** Parses a finished server-sent event stream into its events. */
function parseSse(text: string): { event: string; data: string }[] {
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const lines = block.split('\n');
      return {
        event:
          lines
            .find((l) => l.startsWith('event:'))
            ?.slice(6)
            .trim() ?? 'message',
        data: lines
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('\n'),
      };
    });
}

const backends = redisUp ? (['threads', 'bullmq'] as const) : (['threads'] as const);

describe.each(backends)('background jobs on %s', (backend) => {
  let platform: TestPlatform;
  let worker: WorkerProcess | null = null;
  let analyst: PactesurClient;
  let editor: PactesurClient;
  let viewer: PactesurClient;
  let liege: PactesurClient;
  let admin: PactesurClient;
  let liegeOrgId: string;
  // A worker process reads the jobs' files from the store the servers write to (FILES_DIR, shared storage).
  const filesDir = mkdtempSync(join(tmpdir(), 'pactesur-job-files-'));
  const workerEnv = { REDIS_URL, JOB_CONCURRENCY: '2', FILES_DIR: filesDir };

  beforeAll(async () => {
    [platform, worker] = await Promise.all([
      startTestPlatform(backend === 'bullmq' ? { env: { REDIS_URL, FILES_DIR: filesDir } } : {}),
      backend === 'bullmq' ? startWorkerProcess(workerEnv) : null,
    ]);
    [admin, analyst, editor, viewer, liege] = await Promise.all([
      platform.signedIn('admin@nice.example.org'),
      platform.signedIn('analyst@nice.example.org'),
      platform.signedIn('editor@nice.example.org'),
      platform.signedIn('viewer@nice.example.org'),
      platform.signedIn('admin@liege.example.org'),
    ]);
    const me = await liege.me();
    liegeOrgId = me.memberships[0]?.orgId ?? '';
  });

  afterAll(async () => {
    await worker?.stop();
    await platform?.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const get = (id: string) => analyst.getJob(id);

  it(`runs on the ${backend} backend`, () => {
    expect(platform.jobs.backend).toBe(backend);
  });

  it('hands a job its binary attachment (an uploaded extract) and refuses internal kinds through the API', async () => {
    const bytes = readFileSync(new URL('../../../../data/osm/breda-grote-markt.osm', import.meta.url));
    const upload = await editor.uploadExtract('breda.osm', bytes);
    const extract = await waitFor(() => editor.getExtract(upload.id), (e) => e.status !== 'processing', 60_000);
    expect({ status: extract.status, error: extract.error }).toEqual({ status: 'ready', error: null });
    expect(extract.summary?.nodes).toBe(430);
    await expect(analyst.startJob({ kind: 'osm.import-extract', input: { filename: 'x.osm' } })).rejects.toMatchObject({
      status: 400,
      code: 'unknown_job_kind',
    });
  });

  it('runs a job to success with increasing progress and a stored result', async () => {
    const response = await analyst.transport.request('POST', '/api/jobs', primes(100_000, 40));
    expect(response.status).toBe(201);
    const started = Job.parse(await response.json());
    expect(['queued', 'running']).toContain(started.status);
    expect(started.input).toEqual({ limit: 100_000, delayMsPerStep: 40 });

    const seen: number[] = [];
    const done = await waitFor(
      () => get(started.id),
      (j) => {
        if (j.status === 'running') seen.push(j.progress);
        return finished(j);
      },
      20_000,
      25,
    );
    expect(done.status).toBe('succeeded');
    expect(done.result).toEqual({ limit: 100_000, count: 9592 });
    expect(done.progress).toBe(1);
    expect(done.attempts).toBe(1);
    expect(done.finishedAt).not.toBeNull();
    const intermediate = [...new Set(seen.filter((p) => p > 0 && p < 1))];
    expect(intermediate.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const listed = await analyst.listJobs({ diagnostic: true });
    expect(listed[0]?.id).toBe(started.id);
    expect(await viewer.listJobs({ diagnostic: true })).toContainEqual(expect.objectContaining({ id: started.id }));
    // A check of the job system itself is not among the jobs shown to people.
    expect((await analyst.listJobs()).map((j) => j.id)).not.toContain(started.id);
    expect(listed[0]).toMatchObject({ infeasible: null, record: null });
  });

  it('cancels a running job', async () => {
    const job = await analyst.startJob(primes(1_000_000, 200));
    await waitFor(
      () => get(job.id),
      (j) => j.status === 'running',
    );
    const answer = await analyst.cancelJob(job.id);
    expect(['running', 'cancelled']).toContain(answer.status);
    const done = await waitFor(() => get(job.id), finished);
    expect(done.status).toBe('cancelled');
    expect(done.progress).toBeLessThan(1);
    expect(done.result).toBeNull();
    const again = await apiError(analyst.cancelJob(job.id));
    expect([again.status, again.code]).toEqual([409, 'job_finished']);
  });

  it('refuses unknown kinds, bad input and too small a role with codes', async () => {
    const unknown = await apiError(analyst.startJob({ kind: 'no.such-kind', input: {} }));
    expect([unknown.status, unknown.code]).toEqual([400, 'unknown_job_kind']);
    for (const input of [
      { limit: 0 },
      { limit: 60_000_000 },
      { limit: 10, delayMsPerStep: -1 },
      { limit: 10, extra: true },
      'ten',
    ]) {
      const bad = await apiError(analyst.startJob({ kind: 'diagnostic.count-primes', input }));
      expect([bad.status, bad.code]).toEqual([400, 'validation_failed']);
    }
    const extraField = await apiError(
      analyst.transport.request('POST', '/api/jobs', { ...primes(10, 0), priority: 1 }),
    );
    expect([extraField.status, extraField.code]).toEqual([400, 'validation_failed']);
    const byViewer = await apiError(viewer.startJob(primes(10, 0)));
    expect([byViewer.status, byViewer.code]).toEqual([403, 'forbidden']);
    expect((await analyst.listJobs({ diagnostic: true })).some((j) => j.input === 'ten' || j.kind === 'no.such-kind')).toBe(
      false,
    );
  });

  it('hides a job from another organisation, which changes nothing', async () => {
    const job = await analyst.startJob(primes(100_000, 60));
    for (const attempt of [liege.getJob, liege.cancelJob, liege.openJobEvents]) {
      const error = await apiError(attempt(job.id));
      expect([error.status, error.code]).toEqual([404, 'not_found']);
    }
    expect((await liege.listJobs({ diagnostic: true })).map((j) => j.id)).not.toContain(job.id);
    const done = await waitFor(() => get(job.id), finished);
    expect(done.status).toBe('succeeded');
    const { entries } = await admin.audit({ recordId: job.id, limit: 100 });
    const denied = entries.filter((e) => e.actorOrgId === liegeOrgId && e.action === 'access-denied');
    expect(denied).toHaveLength(3);
    expect(entries.some((e) => e.action === 'create' && e.detail === 'diagnostic.count-primes')).toBe(true);
  });

  it('grants exactly the shared right: read sees but cannot cancel, edit cancels', async () => {
    const job = await analyst.startJob(primes(1_000_000, 150));
    await editor.share('job', job.id, liegeOrgId, 'read');
    expect((await liege.getJob(job.id)).id).toBe(job.id);
    expect((await liege.listJobs({ diagnostic: true })).map((j) => j.id)).toContain(job.id);
    const refused = await apiError(liege.cancelJob(job.id));
    expect([refused.status, refused.code]).toEqual([403, 'forbidden']);
    expect((await get(job.id)).status).not.toBe('cancelled');

    await editor.share('job', job.id, liegeOrgId, 'edit');
    await liege.cancelJob(job.id);
    const done = await waitFor(() => get(job.id), finished);
    expect(done.status).toBe('cancelled');
    const { entries } = await admin.audit({ recordId: job.id, limit: 100 });
    const byLiege = entries.filter((e) => e.actorOrgId === liegeOrgId).map((e) => e.action);
    expect(byLiege).toEqual(expect.arrayContaining(['read', 'access-denied', 'update']));
  });

  it('streams progress as server-sent events and ends the stream when the job finishes', async () => {
    const job = await analyst.startJob(primes(100_000, 40));
    const response = await analyst.openJobEvents(job.id);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseSse(await response.text());
    expect(events.every((e) => e.event === 'job')).toBe(true);
    const jobs = events.map((e) => Job.parse(JSON.parse(e.data)));
    expect(jobs.every((j) => j.id === job.id)).toBe(true);
    expect(jobs.at(-1)?.status).toBe('succeeded');
    expect(jobs.at(-1)?.result).toEqual({ limit: 100_000, count: 9592 });
    const progress = jobs.filter((j) => j.status === 'running').map((j) => j.progress);
    expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  /** Kills whatever runs `jobId`: its thread, or the worker process (then starts a new worker). */
  async function killWorkerOf(jobId: string): Promise<void> {
    if (backend === 'threads') {
      expect(await platform.jobs.threadPool?.terminateThreadOf(jobId)).toBe(true);
      return;
    }
    await worker?.kill();
    worker = await startWorkerProcess(workerEnv);
  }

  it('retries a job whose worker was killed mid-job, and it succeeds', async () => {
    const job = await analyst.startJob(primes(100_000, 100));
    await waitFor(
      () => get(job.id),
      (j) => j.status === 'running' && j.progress > 0,
    );
    await killWorkerOf(job.id);
    const done = await waitFor(() => get(job.id), finished, 30_000);
    expect(done.status).toBe('succeeded');
    expect(done.attempts).toBe(2);
    expect(done.result).toEqual({ limit: 100_000, count: 9592 });
  });

  it('fails a job with a reason once its workers were lost max-attempts times', async () => {
    const job = await analyst.startJob(primes(100_000, 100));
    for (let attempt = 1; attempt <= job.maxAttempts; attempt++) {
      await waitFor(
        () => get(job.id),
        (j) => j.status === 'running' && j.attempts === attempt && j.progress > 0,
        30_000,
      );
      await killWorkerOf(job.id);
    }
    const done = await waitFor(() => get(job.id), finished, 30_000);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(backend === 'threads' ? /lost: its worker thread stopped/ : /stalled/);
    expect(done.attempts).toBe(job.maxAttempts);
  });
});
