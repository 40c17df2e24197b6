/**
 * Upload benchmark: does one large upload, and its import, leave the server answering everyone else?
 * Starts the compiled `pactesur serve --demo` on a fresh embedded database (temporary DATA_DIR, free port,
 * the variables `npm start` gives it), signs in as the demo's München editor, waits until the demo's own
 * analyses have ended, measures `GET /api/health` alone (the baseline), then uploads synthetic grid-town
 * extracts (bench/synthetic-extract.ts) of about 10 MB, 60 MB (under `MAX_EXTRACT_ELEMENTS`: it imports) and
 * 130 MB (over it: its import must fail early, with the reason), each streamed from disk as the request
 * body. From the start of each upload to the end of its import: `/api/health` is asked every 20 ms, one
 * request after the other, each timed; the server process's VmRSS is read every 100 ms, and its VmHWM (reset
 * before each file, where the kernel allows it) at the end.
 * Target: during a 60 MB upload and its import, health p99 under 100 ms and the server under 1 GB resident.
 * Writes bench/results/upload.json and upload.md.
 *
 *   npx tsx bench/upload.ts   (or: npm run bench upload)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { compiledBuildState } from '../apps/cli/bin/compiled-build.mjs';
import { MAX_EXTRACT_ELEMENTS } from '../packages/contracts/src/limits.ts';
import { DEMO_ANALYSES } from '../apps/server/src/demo/demo-analyses.ts';
import { THREAD_IDLE_MS } from '../apps/server/src/jobs/threads/thread-pool.ts';
import { DEMO_PASSWORD } from '../apps/server/src/demo/seed.ts';
import { writeResults } from './results.ts';
import { writeSyntheticExtract, type SyntheticExtract } from './synthetic-extract.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'apps/cli/bin/pactesur.mjs');
/** The variables `npm start` sets for the server (`VAR=value` before `pactesur serve` in its script). */
const START_ENV: Record<string, string> = Object.fromEntries(
  [...((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/((?:\w+=\S+ )+)pactesur serve/)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]),
);
const TARGETS = { healthP99Ms: 100, rssMB: 1024 };
/** The extracts, by nodes (about 84 bytes each): the target is the 60 MB one. */
const FILES = [
  { label: '10 MB', nodes: 120_000 },
  { label: '60 MB', nodes: 750_000 },
  { label: '130 MB', nodes: 1_550_000 },
] as const;
const PROBE_EVERY_MS = 20;
const RSS_EVERY_MS = 100;
const BASELINE_MS = 10_000;
const IMPORT_AT_MOST_MS = 20 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** VmRSS and VmHWM of a process, in MB. */
function memoryMB(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rss: round(field('VmRSS')), hwm: round(field('VmHWM')) };
}

/** Resets the process's VmHWM to its VmRSS (Linux ≥ 4.0, the process's owner); false where refused. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Nearest-rank percentiles (ms) of a set of timings. */
function stats(ms: readonly number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN, 1);
  return { requests: s.length, p50: at(50), p99: at(99), max: round(s[s.length - 1] ?? Number.NaN, 1) };
}

interface Probe {
  readonly at: number;
  readonly ms: number;
  readonly ok: boolean;
}

/**
 * A route that answers without the database (a glyph range, cached after the first read): beside
 * `/api/health`, which asks the database, it tells a held event loop from a busy database.
 */
const NO_DATABASE_PATH = '/api/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf';

/** `path` every `PROBE_EVERY_MS`, one request after the other, until `stop()`. */
function probe(url: string, path = '/api/health') {
  const probes: Probe[] = [];
  let running = true;
  const done = (async () => {
    let next = performance.now();
    while (running) {
      const at = performance.now();
      const ok = await fetch(`${url}${path}`).then(
        async (r) => (await r.arrayBuffer(), r.ok),
        () => false,
      );
      probes.push({ at, ms: performance.now() - at, ok });
      next = Math.max(next + PROBE_EVERY_MS, performance.now());
      await sleep(next - performance.now());
    }
  })();
  return {
    probes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** VmRSS every `RSS_EVERY_MS` until `stop()`. */
function sampleRss(pid: number) {
  const samples: { at: number; rss: number }[] = [];
  const take = () => {
    try {
      samples.push({ at: performance.now(), rss: memoryMB(pid).rss });
    } catch {
      // The process has ended: nothing more to sample.
    }
  };
  take();
  const timer = setInterval(take, RSS_EVERY_MS);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

interface Serving {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

async function serve(dataDir: string): Promise<Serving> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...START_ENV, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: undefined, REDIS_URL: undefined, FILES_DIR: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    if (performance.now() - started > 180_000) throw new Error(`no healthy /api/health after 3 minutes:\n${out}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { child, url, output: () => out };
    await sleep(100);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
}

/** A signed-in session over plain HTTP: its cookie and CSRF token. */
async function signIn(url: string, email: string) {
  const r = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!r.ok) throw new Error(`sign-in as ${email} failed: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = ((await r.json()) as { csrfToken: string }).csrfToken;
  const get = async <T>(path: string): Promise<T> => {
    // A kept-alive connection is reset when the server's event loop was held past its keep-alive timeout
    // with the request already sent (the health probes count those): ask again, once.
    const ask = () => fetch(`${url}${path}`, { headers: { cookie } });
    const answer = await ask().catch(ask);
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
  return { cookie, csrf, get };
}
type Session = Awaited<ReturnType<typeof signIn>>;

interface JobView {
  readonly status: string;
  readonly attempts: number;
  readonly error: string | null;
}
interface ExtractView {
  readonly id: string;
  readonly status: 'processing' | 'ready' | 'failed';
  readonly progress: number;
  readonly error: string | null;
  readonly jobId: string | null;
  readonly summary: { nodes: number; ways: number; traversableEdges: number | null } | null;
  readonly candidates: unknown[];
}

/** Until the demo's analyses (jobs of the signed-in organisation) have all ended, then a few quiet seconds. */
async function demoJobsEnded(session: Session, server: Serving): Promise<number> {
  const started = performance.now();
  const refused = /Demo analyses not started|Demo .* not started/;
  for (;;) {
    const jobs = await session.get<JobView[]>('/api/jobs');
    const busy = jobs.filter((j) => j.status === 'queued' || j.status === 'running').length;
    if ((jobs.length > 0 && busy === 0) || refused.test(server.output())) break;
    if (performance.now() - started > 20 * 60_000) throw new Error(`the demo's analyses still run after 20 minutes:\n${server.output()}`);
    await sleep(1000);
  }
  await sleep(3000);
  return round((performance.now() - started) / 1000);
}

/** Uploads one extract, streamed from disk, and follows it to the end of its import, probing all along. */
async function uploadOne(server: Serving, session: Session, label: string, file: SyntheticExtract) {
  const pid = server.child.pid ?? 0;
  const hwmReset = resetPeak(pid);
  const before = memoryMB(pid);
  const load = loadavg()[0] ?? 0;
  const health = probe(server.url);
  const loop = probe(server.url, NO_DATABASE_PATH);
  const rss = sampleRss(pid);
  const t0 = performance.now();
  const answer = await fetch(`${server.url}/api/extracts?filename=${encodeURIComponent(`grid-town-${label.replace(' ', '')}.osm`)}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/vnd.openstreetmap.data+xml' },
    body: Readable.toWeb(createReadStream(file.path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>,
    duplex: 'half',
  });
  const t1 = performance.now();
  let extract: ExtractView | null = null;
  let refusal: string | null = null;
  // When the job had computed everything (progress 1) and its result was still being written.
  let computed: number | null = null;
  if (answer.status === 202) {
    extract = (await answer.json()) as ExtractView;
    while (extract.status === 'processing' && performance.now() - t1 < IMPORT_AT_MOST_MS && server.child.exitCode === null) {
      await sleep(250);
      const seen: ExtractView = extract;
      extract = await session.get<ExtractView>(`/api/extracts/${seen.id}`).catch(() => seen);
      if (computed === null && extract.status === 'processing' && extract.progress >= 1) computed = performance.now();
    }
  } else {
    refusal = `${answer.status} ${await answer.text()}`;
  }
  const t2 = performance.now();
  await Promise.all([health.stop(), loop.stop()]);
  rss.stop();
  const job = extract?.jobId ? await session.get<JobView>(`/api/jobs/${extract.jobId}`).catch(() => null) : null;
  const after = server.child.exitCode === null ? memoryMB(pid) : { rss: Number.NaN, hwm: Number.NaN };

  const during = (from: number, to: number) => stats(health.probes.filter((p) => p.at >= from && p.at < to).map((p) => p.ms));
  const all = stats(health.probes.map((p) => p.ms));
  const sampledPeak = Math.max(...rss.samples.map((s) => s.rss));
  const peakRssMB = hwmReset && Number.isFinite(after.hwm) ? Math.max(after.hwm, sampledPeak) : sampledPeak;
  const slowest = [...health.probes].sort((a, b) => b.ms - a.ms)[0];
  const rssAt = (at: number) => rss.samples.reduce((best, x) => (Math.abs(x.at - at) < Math.abs(best.at - at) ? x : best), rss.samples[0] ?? { at, rss: Number.NaN }).rss;
  return {
    label,
    file: { bytes: file.bytes, MB: round(file.bytes / 1e6, 1), nodes: file.nodes, ways: file.ways, elements: file.elements, overElementLimit: file.elements > MAX_EXTRACT_ELEMENTS },
    uploadS: round((t1 - t0) / 1000, 1),
    importS: round((t2 - t1) / 1000, 1),
    /** From the job's progress at 1 (computed) to the extract ready: the result written into the database. */
    resultWriteS: computed === null ? null : round((t2 - computed) / 1000, 1),
    loadAverage: { start: round(load, 1), end: round(loadavg()[0] ?? 0, 1) },
    status: extract?.status ?? 'refused',
    error: extract?.error ?? refusal,
    job: job ? { status: job.status, attempts: job.attempts } : null,
    summary: extract?.summary ? { nodes: extract.summary.nodes, ways: extract.summary.ways, traversableEdges: extract.summary.traversableEdges, candidates: extract.candidates.length } : null,
    health: {
      during: all,
      upload: during(t0, t1),
      import: during(t1, t2),
      failed: health.probes.filter((p) => !p.ok).length,
      slowestAtS: slowest ? round((slowest.at - t0) / 1000, 1) : null,
      slowestStartedAfterComputedS: slowest && computed !== null ? round((slowest.at - computed) / 1000, 1) : null,
    },
    withoutDatabase: stats(loop.probes.map((p) => p.ms)),
    rssMB: {
      before: before.rss,
      peak: round(peakRssMB),
      sampledPeak: round(sampledPeak),
      whenComputed: computed === null ? null : rssAt(computed),
      end: after.rss,
      hwmAtEnd: after.hwm,
      hwmReset,
    },
    ratios: { healthP99ToCeiling: round(all.p99 / TARGETS.healthP99Ms, 2), peakRssTo1GB: round(peakRssMB / TARGETS.rssMB, 2) },
    serverAlive: server.child.exitCode === null,
  };
}

const work = mkdtempSync(join(tmpdir(), 'pactesur-upload-'));
const dataDir = join(work, 'data');
let server: Serving | null = null;
try {
  const files: SyntheticExtract[] = [];
  for (const f of FILES) files.push(await writeSyntheticExtract(join(work, `grid-${f.nodes}.osm`), f.nodes));

  // The compiled build, current, just before the start: the server `npm start` runs.
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (built.status !== 0) throw new Error(`scripts/build.mjs failed: ${built.stderr.toString()}`);
  const build = compiledBuildState();
  if (build !== 'current') process.stderr.write(`The compiled build is ${build} (a source changed meanwhile): the server runs from the sources.\n`);
  server = await serve(dataDir);
  const session = await signIn(server.url, DEMO_ANALYSES.account);
  const demoWaitS = await demoJobsEnded(session, server);

  // Idle job threads end after THREAD_IDLE_MS: the baseline is the idle server, as bench/startup.ts measures it.
  await sleep(THREAD_IDLE_MS + 5000);
  const pid = server.child.pid ?? 0;
  const idle = memoryMB(pid);
  const baselineLoad = round(loadavg()[0] ?? 0, 1);
  const [baselineHealth, baselineLoop] = [probe(server.url), probe(server.url, NO_DATABASE_PATH)];
  await sleep(BASELINE_MS);
  await Promise.all([baselineHealth.stop(), baselineLoop.stop()]);
  const baseline = { health: stats(baselineHealth.probes.map((p) => p.ms)), withoutDatabase: stats(baselineLoop.probes.map((p) => p.ms)), loadAverage: baselineLoad };

  const runs = [];
  for (const [i, f] of FILES.entries()) {
    runs.push(await uploadOne(server, session, f.label, files[i]!));
    if (server.child.exitCode !== null) break;
    await sleep(3000);
  }

  // What stays once every job thread has ended: the embedded database's memory grows and is never given back.
  await sleep(THREAD_IDLE_MS + 5000);
  const idleAfter = server.child.exitCode === null ? memoryMB(pid).rss : Number.NaN;

  const target = runs.find((r) => r.label === '60 MB');
  const met = target ? { healthP99: target.health.during.p99 < TARGETS.healthP99Ms, rss: target.rssMB.peak < TARGETS.rssMB } : { healthP99: false, rss: false };
  const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
  const figures = { build, startEnv: START_ENV, targets: TARGETS, maxExtractElements: MAX_EXTRACT_ELEMENTS, demoWaitS, idleRssMB: idle.rss, idleRssAfterMB: idleAfter, baseline, runs, met };

  const md = `# Uploads and their imports, and everyone else meanwhile

\`pactesur serve --demo\` (${build === 'current' ? 'compiled build' : 'from the sources'}) on a fresh embedded database. From the start of each upload to the end of its import,
\`/api/health\` (which asks the database) and a glyph range (which does not) are asked every ${PROBE_EVERY_MS} ms, each one request after the
other; the server's VmRSS every ${RSS_EVERY_MS} ms, its VmHWM${runs.every((r) => r.rssMB.hwmReset) ? ' (reset before each file)' : ''} at the end. Extracts: synthetic grid towns
(bench/synthetic-extract.ts), streamed from disk. The 1-minute load average of the machine is given: these figures are only
comparable between runs on a quiet machine.

Baseline, the server idle (${idle.rss} MB, load ${baseline.loadAverage}): health p50 ${baseline.health.p50} ms, p99 ${baseline.health.p99} ms, max ${baseline.health.max} ms
(${baseline.health.requests} requests in ${BASELINE_MS / 1000} s); without the database p99 ${baseline.withoutDatabase.p99} ms.

| extract | elements | upload | import (of which result written) | status | health p50 / p99 / max | p99 ÷ ${TARGETS.healthP99Ms} ms | peak RSS | ÷ 1 GB | load |
|---|---:|---:|---:|---|---:|---:|---:|---:|---:|
${runs.map((r) => `| ${r.label} (${r.file.MB} MB) | ${r.file.elements.toLocaleString('en')} | ${r.uploadS} s | ${r.importS} s (${r.resultWriteS ?? '–'} s) | ${r.status} | ${r.health.during.p50} / ${r.health.during.p99} / ${r.health.during.max} ms | ${r.ratios.healthP99ToCeiling} | ${r.rssMB.peak} MB | ${r.ratios.peakRssTo1GB} | ${r.loadAverage.start}–${r.loadAverage.end} |`).join('\n')}

Health during the upload alone / during the import alone (p50 / p99 / max, ms), and the route without the database (p99 / max):
${runs.map((r) => `- ${r.label}: upload ${r.health.upload.p50} / ${r.health.upload.p99} / ${r.health.upload.max}; import ${r.health.import.p50} / ${r.health.import.p99} / ${r.health.import.max}; slowest health answer asked ${r.health.slowestAtS} s after the upload began${r.health.slowestStartedAfterComputedS === null ? '' : ` (${r.health.slowestStartedAfterComputedS} s after the job had computed its result)`}; ${r.health.failed} failed. Without the database: ${r.withoutDatabase.p99} / ${r.withoutDatabase.max}. RSS ${r.rssMB.before} MB before, ${r.rssMB.whenComputed ?? '–'} MB when the job had computed, ${r.rssMB.end} MB after.`).join('\n')}

Import results and errors:
${runs.map((r) => `- ${r.label}: ${r.status}${r.summary ? ` — ${r.summary.nodes} nodes, ${r.summary.ways} ways, ${r.summary.traversableEdges ?? '–'} traversable edges, ${r.summary.candidates} suggested sites` : ''}${r.error ? ` — ${r.error}` : ''}${r.job ? ` (job ${r.job.status}, ${r.job.attempts} attempt${r.job.attempts === 1 ? '' : 's'})` : ''}${r.serverAlive ? '' : ' — **the server died**'}`).join('\n')}

Idle again after the three (job threads ended): ${idleAfter} MB, from ${idle.rss} MB before them.

Target (60 MB upload and its import): health p99 < ${TARGETS.healthP99Ms} ms ${yes(met.healthP99)}; resident memory < 1 GB ${yes(met.rss)}.
The demo's own analyses ended ${demoWaitS} s after sign-in; the server runs with ${Object.entries(START_ENV).map(([k, v]) => `\`${k}=${v}\``).join(', ') || 'no extra variables'}.
`;
  writeResults('upload', figures, md);
  process.stdout.write(md);
} catch (error) {
  // What the server said is the first thing to read when a run fails.
  if (server) process.stderr.write(`The server said:\n${server.output()}\n(exit ${server.child.exitCode ?? server.child.signalCode ?? 'none yet'})\n`);
  throw error;
} finally {
  if (server) await stop(server.child);
  rmSync(work, { recursive: true, force: true });
}
