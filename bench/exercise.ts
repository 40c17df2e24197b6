/**
 * Exercise fan-out benchmark: N players follow one exercise over WebSocket on loopback while its
 * controller publishes one inject per second to every player. A fresh PostgreSQL database holds the demo
 * (seeded here, with an account for each player agency that has none); `pactesur serve` runs once or twice
 * on it, each instance in its own process (two instances tell each other by PostgreSQL LISTEN/NOTIFY, or by
 * Redis pub/sub when REDIS_URL is set). The players' sockets — the api-client's `RealtimeClient`, as the
 * web app's exercise page uses it, subscribed from message 0 — run in this process, spread over the
 * instances and over four player agencies (Police municipale, SDIS 06, SAMU 06, DDSP 06); many sockets share
 * one signed-in session of their agency. The controller (Nice's admin) publishes through the first instance.
 *
 * Latency of a delivery: its receipt at the player's socket minus the moment the controller's `publish`
 * request was sent, both on this process's clock; the server's `deliveredAt` is recorded beside it. Lost:
 * an inject a player had not received 5 s after the last was sent. Duplicated: an inject handed to a player
 * twice (and, on the wire, a frame carrying a message the socket had already had).
 * Target: 1,000 players, p99 under 150 ms, nothing lost or duplicated, with one and with two instances.
 *
 *   npx tsx bench/exercise.ts [--participants 1000] [--seconds 60] [--instances 1|2] [--record 0] [--json]
 *
 * Without `--instances`, one instance then two. `--json` prints one line per run, e.g.
 * {"participants":1000,"p50Ms":…,"p99Ms":…,"maxMs":…,"lost":0,"duplicated":0,"instances":1}, and the rest on
 * stderr. Each run is recorded in bench/results/exercise.json and .md (replacing the earlier run of the same
 * instance count and pub/sub) unless `--record 0`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PactesurClient, RealtimeClient } from '@pactesur/api-client';
import type { Delivery, InjectInput } from '@pactesur/contracts';
import { DEMO_PASSWORD, loadConfig, openOperator, systemActor } from '@pactesur/server';
import pg from 'pg';
import { compiledBuildState } from '../apps/cli/bin/compiled-build.mjs';
import { routedWebSocket } from '../apps/server/src/realtime/testing/routed-socket.ts';
import { machine, parseFlags, writeResults } from './results.ts';

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const flags = parseFlags(
  argv.filter((a) => a !== '--json'),
  { participants: 1000, seconds: 60, instances: 0, record: 1 },
);
if (!Number.isInteger(flags.participants) || flags.participants < 1) throw new Error('--participants: a whole number, at least 1');
if (!Number.isInteger(flags.seconds) || flags.seconds < 1 || flags.seconds > 1000) throw new Error('--seconds: 1 to 1000 (one inject a second)');
if (![0, 1, 2].includes(flags.instances)) throw new Error('--instances: 1 or 2');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'apps/cli/bin/pactesur.mjs');
/** The variables `npm start` sets for the server (`VAR=value` before `pactesur serve` in its script). */
const START_ENV: Record<string, string> = Object.fromEntries(
  [...((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.match(/((?:\w+=\S+ )+)pactesur serve/)?.[1] ?? '').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]),
);
/** A database of the PostgreSQL server, connected to for creating and dropping the run's own database beside it. */
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || undefined;
const TARGETS = { p99Ms: 150, lost: 0, duplicated: 0 };

/** The player agencies and the account whose session their sockets share (created when the demo has none). */
const PLAYERS = [
  { org: 'nice-police', agency: 'Police municipale de Nice', email: 'commander@police.nice.example.org', create: false },
  { org: 'sdis-06', agency: 'SDIS 06', email: 'officer@sdis06.example.org', create: false },
  { org: 'samu-06', agency: 'SAMU 06', email: 'regulation@samu06.example.org', create: true },
  { org: 'ddsp-06', agency: 'DDSP 06', email: 'duty-officer@ddsp06.example.org', create: true },
] as const;
const CONTROLLER = 'admin@nice.example.org';
/** Sockets sharing one signed-in session. */
const SOCKETS_PER_SESSION = 50;
/** Sockets opened at once while the players join. */
const JOIN_BATCH = 50;
const JOIN_AT_MOST_MS = 120_000;
/** How long after the last inject was sent a missing one still counts as late rather than lost. */
const LOSS_WAIT_MS = 5000;
const INJECT_EVERY_MS = 1000;
const LOOP_RESOLUTION_MS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const say = (line: string) => (asJson ? console.error(line) : console.log(line));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
function spread(values: readonly number[]) {
  const s = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), max: round(s.at(-1) ?? Number.NaN) };
}

/** The soft limit of open files of this process (its children inherit it). */
function openFilesLimit(): number {
  const line = /Max open files\s+(\S+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
  return line === undefined || line === 'unlimited' ? Number.POSITIVE_INFINITY : Number(line);
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds the whole machine has spent busy (every core, every process) so far. */
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (total - ticks[3]! - ticks[4]!) / 100;
}

interface Serving {
  readonly child: ChildProcess;
  readonly url: string;
}

function serve(env: Record<string, string | undefined>): Promise<Serving> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--host', '127.0.0.1', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, ...START_ENV, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const read = (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${out}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
}

/** A database of the run's own beside the admin one, seeded with the demo and the players' accounts. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pactesur_bench_exercise_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function seed(databaseUrl: string, dataDir: string): Promise<void> {
  const operator = await openOperator(loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    await operator.seedDemo();
    for (const p of PLAYERS.filter((x) => x.create)) {
      await operator.accounts.create(systemActor('bench/exercise.ts'), { email: p.email, name: `${p.agency} duty officer`, password: DEMO_PASSWORD, orgSlug: p.org, role: 'analyst' });
    }
  } finally {
    await operator.close();
  }
}

async function signedIn(url: string, email: string): Promise<PactesurClient> {
  const client = new PactesurClient({ baseUrl: url, cookieJar: true });
  await client.signIn({ email, password: DEMO_PASSWORD });
  return client;
}

const injectId = (i: number) => `fanout-${i + 1}`;

/** One inject a second: held in reserve (contingency), so each goes out when the controller publishes it. */
function msel(count: number): InjectInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: injectId(i),
    number: i + 1,
    scenarioTimeS: i,
    synopsis: `Update ${i + 1} on the vehicle on the Promenade`,
    message: `Situation update ${i + 1}: a vehicle has left the roadway on the Promenade des Anglais near gate ${(i % 12) + 1}. Crowd moving east, first aid post at the Jardin Albert-Ier. Report your units on scene and the lanes you hold.`,
    from: 'Control',
    to: ['players'],
    method: 'in-app',
    contingency: true,
  }));
}

/** One player's socket and what it received. */
interface Player {
  readonly socket: RealtimeClient;
  /** Receipt time (performance.now()) of each inject, by its index; NaN until received. */
  readonly receivedAt: Float64Array;
  subscribed: boolean;
  refused: string | null;
  duplicated: number;
  wireFrames: number;
  wireDuplicates: number;
  reconnects: number;
}

interface RunFigures {
  readonly instances: number;
  readonly pubsub: 'PostgreSQL LISTEN/NOTIFY' | 'Redis';
  readonly at: string;
  readonly participants: number;
  readonly injects: number;
  readonly deliveries: number;
  readonly latencyMs: { p50: number; p99: number; max: number };
  readonly lastPlayerOfInjectMs: { p50: number; p99: number; max: number };
  /** `sentS`: when the inject was sent, in seconds after the first player began to join. */
  readonly slowestInjects: readonly { number: number; sentS: number; lastPlayerMs: number; serverStampedMs: number; publishAnsweredMs: number }[];
  readonly serverStampedMs: { p50: number; p99: number; max: number };
  readonly publishAnsweredMs: { p50: number; p99: number; max: number };
  readonly lost: number;
  readonly duplicated: number;
  readonly wireDuplicates: number;
  readonly reconnects: number;
  readonly joinSeconds: number;
  readonly benchLoopDelayMs: { p99: number; max: number };
  /** From the first inject sent to the end; `machine`: every process (PostgreSQL, and anyone else's too). */
  readonly cpuSecondsWhilePublishing: { servers: number[]; bench: number; machine: number };
  readonly compiledBuild: string;
  readonly meetsTarget: boolean;
}

async function run(instances: number): Promise<RunFigures> {
  const database = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'pactesur-bench-exercise-'));
  const servers: Serving[] = [];
  const players: Player[] = [];
  try {
    await seed(database.url, dataDir);
    const compiledBuild = compiledBuildState();
    const env = { DATABASE_URL: database.url, DATA_DIR: dataDir, REDIS_URL, JOB_QUEUE_PREFIX: `pactesur-bench-${randomBytes(4).toString('hex')}` };
    for (let i = 0; i < instances; i++) servers.push(await serve(env));
    const first = servers[0]!;
    say(`${instances} instance(s) at ${servers.map((s) => s.url).join(', ')} (compiled build ${compiledBuild})`);

    const controller = await signedIn(first.url, CONTROLLER);
    const orgs = await controller.listOrgs();
    const orgId = (slug: string) => {
      const found = orgs.find((o) => o.slug === slug);
      if (!found) throw new Error(`the demo has no organisation ${slug}`);
      return found.id;
    };
    const exercise = await controller.createExercise({
      name: 'Promenade — fan-out drill',
      type: 'functional',
      startsAt: '2027-03-10T08:00:00+01:00',
      endsAt: '2027-03-10T12:00:00+01:00',
      design: { msel: msel(flags.seconds) },
    });
    for (const p of PLAYERS) await controller.addExerciseParticipant(exercise.id, { orgId: orgId(p.org), role: 'player', agency: p.agency });

    // Player k: agency k mod 4, instance (k div 4) mod instances, so that every agency has sockets on each.
    const serverOf = (k: number) => servers[Math.floor(k / PLAYERS.length) % instances]!;
    // Sessions: one per SOCKETS_PER_SESSION sockets of an agency, signed in on the instance its sockets use.
    const sessions = new Map<string, PactesurClient>();
    const sessionOf = async (k: number): Promise<PactesurClient> => {
      const p = PLAYERS[k % PLAYERS.length]!;
      const server = serverOf(k);
      const key = `${p.org}/${server.url}/${Math.floor(k / (PLAYERS.length * instances) / SOCKETS_PER_SESSION)}`;
      const existing = sessions.get(key);
      if (existing) return existing;
      const made = await signedIn(server.url, p.email);
      sessions.set(key, made);
      return made;
    };

    const sentAt = new Float64Array(flags.seconds);
    const sentWall = new Float64Array(flags.seconds);
    /** The server's `deliveredAt` of each inject minus the sending of its request (ms, both wall clocks). */
    const stamped = new Float64Array(flags.seconds).fill(Number.NaN);
    const answered = new Float64Array(flags.seconds).fill(Number.NaN);

    const joinStarted = performance.now();
    let closing = false;
    for (let from = 0; from < flags.participants; from += JOIN_BATCH) {
      const batch: Player[] = [];
      for (let k = from; k < Math.min(flags.participants, from + JOIN_BATCH); k++) {
        const org = PLAYERS[k % PLAYERS.length]!.org;
        const server = serverOf(k);
        const session = await sessionOf(k);
        const receivedAt = new Float64Array(flags.seconds).fill(Number.NaN);
        const seen = new Set<number>();
        const player: Player = {
          socket: new RealtimeClient({
            url: `${server.url.replace(/^http/, 'ws')}/api/realtime`,
            // The wire as it comes: every message frame counted before the client keeps or drops it.
            WebSocket: routedWebSocket(
              (url) => url,
              (ws) =>
                ws.on('message', (data: Buffer) => {
                  const frame = JSON.parse(data.toString('utf8')) as { type: string; seq?: number };
                  if (frame.type !== 'message' || frame.seq === undefined) return;
                  player.wireFrames += 1;
                  if (seen.has(frame.seq)) player.wireDuplicates += 1;
                  seen.add(frame.seq);
                }),
            ),
            cookies: () => session.transport.cookieHeader(),
            onStatus: (status) => {
              if (!status.open && !closing) player.reconnects += 1;
            },
          }),
          receivedAt,
          subscribed: false,
          refused: null,
          duplicated: 0,
          wireFrames: 0,
          wireDuplicates: 0,
          reconnects: 0,
        };
        player.socket.subscribe(
          `record:exercise:${exercise.id}:org-${orgId(org)}`,
          {
            message: (payload) => {
              const now = performance.now();
              const { delivery } = payload as { type: string; delivery: Delivery };
              const i = delivery.number - 1;
              if (i < 0 || i >= receivedAt.length) return;
              if (Number.isNaN(receivedAt[i]!)) receivedAt[i] = now;
              else player.duplicated += 1;
              if (Number.isNaN(stamped[i]!)) stamped[i] = Date.parse(delivery.deliveredAt) - sentWall[i]!;
            },
            subscribed: () => (player.subscribed = true),
            refused: (code) => (player.refused = code),
          },
          0,
        );
        batch.push(player);
      }
      players.push(...batch);
      while (!batch.every((p) => p.subscribed || p.refused)) {
        if (performance.now() - joinStarted > JOIN_AT_MOST_MS) throw new Error(`players still joining after ${JOIN_AT_MOST_MS / 1000} s`);
        await sleep(10);
      }
      const refused = batch.find((p) => p.refused);
      if (refused) throw new Error(`a player's subscription was refused: ${refused.refused}`);
    }
    const joinSeconds = round((performance.now() - joinStarted) / 1000);
    say(`${players.length} players subscribed in ${joinSeconds} s through ${sessions.size} sessions`);

    await controller.runExercise(exercise.id, { action: 'start' });
    await sleep(1000);

    // The histogram holds the timer's whole interval: its delay is what exceeds LOOP_RESOLUTION_MS.
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loop.enable();
    const cpuBefore = servers.map((s) => cpuSeconds(s.child.pid ?? 0));
    const benchCpuBefore = process.cpuUsage();
    const machineBefore = machineBusySeconds();
    const publishing: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < flags.seconds; i++) {
      await sleep(started + i * INJECT_EVERY_MS - performance.now());
      sentWall[i] = Date.now();
      sentAt[i] = performance.now();
      publishing.push(
        controller.runExercise(exercise.id, { action: 'publish', injectId: injectId(i) }).then(() => {
          answered[i] = performance.now() - sentAt[i]!;
        }),
      );
    }
    await Promise.all(publishing);
    const deadline = sentAt[flags.seconds - 1]! + LOSS_WAIT_MS;
    while (performance.now() < deadline && players.some((p) => p.receivedAt.some((t) => Number.isNaN(t)))) await sleep(20);
    loop.disable();
    const cpuServers = servers.map((s, i) => round(cpuSeconds(s.child.pid ?? 0) - cpuBefore[i]!, 2));
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const machineCpu = round(machineBusySeconds() - machineBefore, 2);

    const latencies: number[] = [];
    const lastOfInject: number[] = [];
    let lost = 0;
    for (let i = 0; i < flags.seconds; i++) {
      let last = 0;
      for (const p of players) {
        const t = p.receivedAt[i]!;
        if (Number.isNaN(t)) {
          lost += 1;
          continue;
        }
        latencies.push(t - sentAt[i]!);
        last = Math.max(last, t - sentAt[i]!);
      }
      lastOfInject.push(last);
    }
    // The injects whose last player waited longest: with 60 injects to 1,000 players, one slow inject is
    // 1.7 % of the deliveries, so these say what the p99 is made of.
    const slowestInjects = lastOfInject
      .map((ms, i) => ({ number: i + 1, sentS: round((sentAt[i]! - joinStarted) / 1000), lastPlayerMs: round(ms), serverStampedMs: round(stamped[i]!), publishAnsweredMs: round(answered[i]!) }))
      .sort((a, b) => b.lastPlayerMs - a.lastPlayerMs)
      .slice(0, 5);
    const latencyMs = spread(latencies);
    const duplicated = players.reduce((n, p) => n + p.duplicated, 0);
    const wireDuplicates = players.reduce((n, p) => n + p.wireDuplicates, 0);
    closing = true;
    return {
      instances,
      pubsub: REDIS_URL ? 'Redis' : 'PostgreSQL LISTEN/NOTIFY',
      at: new Date().toISOString(),
      participants: players.length,
      injects: flags.seconds,
      deliveries: latencies.length,
      latencyMs,
      lastPlayerOfInjectMs: spread(lastOfInject),
      slowestInjects,
      serverStampedMs: spread([...stamped].filter((x) => !Number.isNaN(x))),
      publishAnsweredMs: spread([...answered]),
      lost,
      duplicated,
      wireDuplicates,
      reconnects: players.reduce((n, p) => n + p.reconnects, 0),
      joinSeconds,
      benchLoopDelayMs: { p99: round(Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS)), max: round(Math.max(0, loop.max / 1e6 - LOOP_RESOLUTION_MS)) },
      cpuSecondsWhilePublishing: { servers: cpuServers, bench: round((benchCpu.user + benchCpu.system) / 1e6, 2), machine: machineCpu },
      compiledBuild,
      meetsTarget: latencyMs.p99 < TARGETS.p99Ms && lost === TARGETS.lost && duplicated === TARGETS.duplicated && wireDuplicates === 0,
    };
  } finally {
    for (const p of players) p.socket.close();
    await Promise.all(servers.map((s) => stop(s.child)));
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs recorded earlier, kept unless this run replaces them (same instance count and pub/sub). */
function earlierRuns(): RunFigures[] {
  const file = join(ROOT, 'bench/results/exercise.json');
  if (!existsSync(file)) return [];
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as { runs?: RunFigures[] };
  return Array.isArray(recorded.runs) ? recorded.runs : [];
}

function markdown(runs: readonly RunFigures[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.instances} | ${r.pubsub} | ${r.participants.toLocaleString('en')} | ${r.injects} | ${r.deliveries.toLocaleString('en')} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.lost} | ${r.duplicated} | ${r.wireDuplicates} | ${r.reconnects} | ${r.serverStampedMs.p50} | ${r.publishAnsweredMs.p50} | ${r.benchLoopDelayMs.p99} | ${r.cpuSecondsWhilePublishing.servers.join(' + ')} / ${r.cpuSecondsWhilePublishing.bench} / ${r.cpuSecondsWhilePublishing.machine} | ${r.meetsTarget ? 'yes' : 'no'} | ${r.at.slice(0, 16)} |`,
  );
  return [
    '# Exercise fan-out benchmark',
    '',
    'One exercise, N players on loopback, one inject a second published by the controller to every player.',
    'Each `pactesur serve` instance runs in its own process on a fresh PostgreSQL database; the players’',
    'sockets (the api-client’s `RealtimeClient`, subscribed from message 0) run in the benchmark’s process,',
    'spread over the instances and four player agencies, many sockets to one signed-in session.',
    '',
    'Latency: receipt at the player’s socket minus the sending of the controller’s `publish` request, both on',
    'the benchmark process’s clock (so it includes that process’s own event-loop delay, shown beside). Lost: not',
    `received ${LOSS_WAIT_MS / 1000} s after the last inject was sent. Duplicated: an inject handed to a player twice; on`,
    'the wire: a frame repeating a message the socket had. Server stamp: the delivery’s `deliveredAt` minus the',
    `sending of the request. Target: p99 under ${TARGETS.p99Ms} ms, nothing lost or duplicated.`,
    'CPU: seconds used from the first inject to the end by each server process, by the benchmark, and by the',
    'whole machine (PostgreSQL, and any other work on this shared machine, included).',
    '',
    '| instances | pub/sub | players | injects | deliveries | p50 ms | p99 ms | max ms | lost | duplicated | wire dup. | reconnects | server stamp p50 ms | publish answered p50 ms | bench loop p99 ms | CPU s servers / bench / machine | target met | at (UTC) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...rows,
    '',
    'Slowest injects, by the time their last player waited (a slow inject delays every player: with 60 injects',
    'it is 1.7 % of the deliveries, so the p99 is made of such injects):',
    '',
    ...runs.map(
      (r) =>
        `- ${r.instances} instance(s), ${r.pubsub}: ${r.slowestInjects.map((x) => `#${x.number} ${x.lastPlayerMs} ms (stamped ${x.serverStampedMs}, answered ${x.publishAnsweredMs})`).join(', ')}`,
    ),
    '',
  ].join('\n');
}

const needed = flags.participants + 200;
if (openFilesLimit() < needed) throw new Error(`${flags.participants} sockets need about ${needed} open files: raise the limit (ulimit -n ${needed}) and run again`);

const runs: RunFigures[] = [];
for (const instances of flags.instances === 0 ? [1, 2] : [flags.instances]) {
  const r = await run(instances);
  runs.push(r);
  say(
    `${r.instances} instance(s), ${r.pubsub}: ${r.participants} players × ${r.injects} injects, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms, lost ${r.lost}, duplicated ${r.duplicated} (wire ${r.wireDuplicates}), reconnects ${r.reconnects}, CPU s ${r.cpuSecondsWhilePublishing.servers.join(' + ')} servers, ${r.cpuSecondsWhilePublishing.bench} bench, ${r.cpuSecondsWhilePublishing.machine} machine${r.meetsTarget ? '' : ' — target NOT met'}`,
  );
  say(`  slowest injects: ${r.slowestInjects.map((x) => `#${x.number} at ${x.sentS} s: last player ${x.lastPlayerMs} ms (stamped ${x.serverStampedMs}, answered ${x.publishAnsweredMs})`).join('; ')}`);
  if (asJson) {
    console.log(JSON.stringify({ participants: r.participants, p50Ms: r.latencyMs.p50, p99Ms: r.latencyMs.p99, maxMs: r.latencyMs.max, lost: r.lost, duplicated: r.duplicated, instances: r.instances }));
  }
}
if (flags.record !== 0) {
  const kept = earlierRuns().filter((e) => !runs.some((r) => r.instances === e.instances && r.pubsub === e.pubsub));
  const all = [...kept, ...runs].sort((a, b) => a.instances - b.instances || a.pubsub.localeCompare(b.pubsub));
  writeResults('exercise', { target: TARGETS, machine: machine(), runs: all }, markdown(all));
}
