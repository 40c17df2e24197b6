/**
 * Start-up benchmark of the compiled `pactesur` command, beside the floor of `node -e 0` in the same run:
 * - `pactesur --help`: median wall time of 15 runs;
 * - the server: `pactesur serve --demo` on a fresh embedded database (temporary DATA_DIR, free port), its
 *   resident memory (VmRSS) a few seconds after /api/health answers, while the demo's analyses run, and
 *   once it is idle: the analyses ended and the job threads, idle, have ended too;
 * - from `npm start` to a healthy /api/health: its steps timed one after the other — compile the command
 *   (scripts/build.mjs), build the web app (`vite build`, into a temporary folder so that a web app being
 *   served meanwhile is left alone), start the server until /api/health answers.
 * Targets (issue #11): --help under 200 ms, the idle server under 300 MB, npm start to healthy under 20 s.
 * Writes bench/results/startup.json and startup.md.
 *
 *   npm run bench startup
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledBuildState } from '../apps/cli/bin/compiled-build.mjs';
import { THREAD_IDLE_MS } from '../apps/server/src/jobs/threads/thread-pool.ts';
import { writeResults } from './results.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The variables `npm start` sets for the server (`VAR=value` before `pactesur serve` in its script, such as
 * the C allocator's arena count), so that the server measured here is the one `npm start` runs.
 */
const START_ENV: Record<string, string> = Object.fromEntries(
  [...((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/((?:\w+=\S+ )+)pactesur serve/)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]),
);
const BIN = join(ROOT, 'apps/cli/bin/pactesur.mjs');
const RUNS = 15;
const TARGETS = { helpMs: 200, idleRssMB: 300, npmStartToHealthyS: 20 };

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return performance.now() - started;
}

function rssMB(pid: number): number {
  const kB = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kB) throw new Error(`no VmRSS for process ${pid}`);
  return round(Number(kB) / 1024);
}

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Serving {
  child: ChildProcess;
  output: () => string;
  /** Milliseconds from the spawn to the first healthy answer of /api/health. */
  healthyAfterMs: number;
}

async function serve(env: NodeJS.ProcessEnv): Promise<Serving> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pactesur-startup-'));
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', String(port)], {
    cwd: ROOT,
    env: { ...env, ...START_ENV, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: undefined, REDIS_URL: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    if (performance.now() - started > 180_000) throw new Error(`no healthy /api/health after 3 minutes:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { child, output: () => out, healthyAfterMs: performance.now() - started };
    await sleep(100);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
}

// The compiled build, current: what `npm start` and `npm install` leave behind.
const buildMs = timed(process.execPath, ['scripts/build.mjs']);
if (compiledBuildState() !== 'current') throw new Error('the compiled build is not current (a source changed meanwhile): run again');

// 1. The floor and --help, interleaved so that both see the same machine.
const floor: number[] = [];
const help: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(timed(process.execPath, ['-e', '0']));
  help.push(timed(process.execPath, [BIN, '--help']));
}
if (compiledBuildState() !== 'current') throw new Error('a source changed during the --help runs, which then ran the sources: run again');
const floorMs = median(floor);
const helpMs = median(help);

// 2. The server's memory: soon after it is healthy, and once it is idle.
const server = await serve(process.env);
await sleep(5000);
const rssSoonAfterHealthyMB = rssMB(server.child.pid ?? 0);
const analysesEnded = performance.now();
while (!/Demo crowd evacuation .*(finished|failed|not)/.test(server.output()) && performance.now() - analysesEnded < 300_000) await sleep(1000);
const analysesS = round((performance.now() - analysesEnded) / 1000 + 5);
await sleep(THREAD_IDLE_MS + 5000);
const idleRssMB = rssMB(server.child.pid ?? 0);
const demoAnalyses = server.output().split('\n').filter((l) => /^Demo .*(finished|failed|not started|could not)/.test(l));
await stop(server.child);

// 3. npm start, step by step: compile, build the web app, serve until healthy.
const webOut = mkdtempSync(join(tmpdir(), 'pactesur-web-'));
const webBuildMs = timed('npm', ['run', 'build', '-w', '@pactesur/web', '--silent', '--', '--outDir', webOut, '--emptyOutDir']);
const second = await serve({ ...process.env, WEB_DIST: webOut });
await stop(second.child);
rmSync(webOut, { recursive: true, force: true });
const npmStartToHealthyS = round((buildMs + webBuildMs + second.healthyAfterMs) / 1000, 1);

const figures = {
  floorMs: round(floorMs),
  helpMs: round(helpMs),
  helpToFloor: round(helpMs / floorMs, 2),
  helpRunsMs: help.map((x) => round(x)),
  server: {
    healthyAfterS: round(server.healthyAfterMs / 1000, 1),
    rssSoonAfterHealthyMB,
    demoAnalysesEndedAfterS: analysesS,
    idleRssMB,
    idleRssToFloor: null as number | null,
    demoAnalyses,
  },
  npmStart: {
    buildMs: round(buildMs),
    webBuildS: round(webBuildMs / 1000, 1),
    serveToHealthyS: round(second.healthyAfterMs / 1000, 1),
    toHealthyS: npmStartToHealthyS,
  },
  targets: TARGETS,
  met: { help: helpMs < TARGETS.helpMs, idleRss: idleRssMB < TARGETS.idleRssMB, npmStart: npmStartToHealthyS < TARGETS.npmStartToHealthyS },
};

// The floor of memory: an idle `node` process.
const idleNode = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
await sleep(1000);
const floorRssMB = rssMB(idleNode.pid ?? 0);
idleNode.kill();
figures.server.idleRssToFloor = round(idleRssMB / floorRssMB, 1);

const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
const md = `# Start-up of the compiled command

| | figure | floor | ratio to the floor | target | |
|---|---:|---:|---:|---:|---|
| \`pactesur --help\` (median of ${RUNS}) | ${figures.helpMs} ms | \`node -e 0\`: ${figures.floorMs} ms | ${figures.helpToFloor}× | < ${TARGETS.helpMs} ms | ${yes(figures.met.help)} |
| idle server after \`serve --demo\` (VmRSS) | ${idleRssMB} MB | idle \`node\`: ${floorRssMB} MB | ${figures.server.idleRssToFloor}× | < ${TARGETS.idleRssMB} MB | ${yes(figures.met.idleRss)} |
| \`npm start\` to a healthy /api/health | ${npmStartToHealthyS} s | | | < ${TARGETS.npmStartToHealthyS} s | ${yes(figures.met.npmStart)} |

- The server on a fresh embedded database (temporary DATA_DIR): healthy after ${figures.server.healthyAfterS} s;
  ${rssSoonAfterHealthyMB} MB five seconds later, while the demo's analyses run in job threads; they ended
  after about ${analysesS} s; ${idleRssMB} MB once idle (${THREAD_IDLE_MS / 1000} s later, when the idle job threads have ended).
- \`npm start\`, step by step: compile the command ${figures.npmStart.buildMs} ms, build the web app
  ${figures.npmStart.webBuildS} s, start the server until healthy ${figures.npmStart.serveToHealthyS} s (first start: the
  embedded database is created, the demo data and sites loaded).
- Demo analyses: ${demoAnalyses.join(' ') || 'none reported'}
- The server runs with the variables \`npm start\` gives it: ${Object.entries(START_ENV).map(([k, v]) => `\`${k}=${v}\``).join(', ') || 'none'}.
`;
writeResults('startup', { floorRssMB, startEnv: START_ENV, ...figures }, md);
process.stdout.write(md);
