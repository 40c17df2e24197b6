/**
 * API benchmark: starts `pactesur serve --demo` as its own process (embedded PGlite, then a PostgreSQL
 * server), and drives it over loopback with autocannon: `GET /api/networks/pactesur-2` (a network with its
 * members) and an authenticated, audited write (`POST /api/briefings`). Records requests/s and latency
 * percentiles in bench/results/api.json and api.md.
 *
 *   npx tsx bench/api.ts [--seconds 10] [--connections 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { machine, parseFlags, writeResults } from './results.ts';

const flags = parseFlags(process.argv.slice(2), { seconds: 10, connections: 10 });
const BIN = new URL('../apps/cli/bin/pactesur.mjs', import.meta.url).pathname;
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

interface Started {
  url: string;
  child: ChildProcess;
}

function startServer(env: Record<string, string | undefined>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0'], {
      env: { ...process.env, LOG_LEVEL: 'silent', REDIS_URL: undefined, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@nice.example.org', password: 'pactesur-demo' }),
  });
  if (!r.ok) throw new Error(`sign-in failed: ${r.status}`);
  return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

async function load(url: string, options: Partial<autocannon.Options>) {
  const result = await autocannon({ url, connections: flags.connections, duration: flags.seconds, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function run(database: string, env: Record<string, string | undefined>) {
  const server = await startServer(env);
  try {
    const { cookie, csrf } = await signIn(server.url);
    await fetch(`${server.url}/api/networks/pactesur-2`, { headers: { cookie } }); // warm up
    const read = await load(`${server.url}/api/networks/pactesur-2`, { headers: { cookie } });
    const write = await load(`${server.url}/api/briefings`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Benchmark briefing', body: 'Promenade des Anglais, gates 1–12.' }),
    });
    return { database, 'GET /api/networks/pactesur-2': read, 'POST /api/briefings': write };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'pactesur-bench-'));
const runs = [await run('pglite', { DATA_DIR: dataDir, DATABASE_URL: undefined })];
rmSync(dataDir, { recursive: true, force: true });

const dbName = `pactesur_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
try {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  runs.push(await run('postgres', { DATABASE_URL: `${PG_BASE}/${dbName}` }));
  await admin.query(`drop database ${dbName} with (force)`);
} catch (error) {
  console.error(`PostgreSQL run skipped: ${(error as Error).message}`);
} finally {
  await admin.end().catch(() => undefined);
}

const table = [
  '| database | route | requests/s | p50 ms | p99 ms | errors | non-2xx |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...runs.flatMap((r) =>
    (['GET /api/networks/pactesur-2', 'POST /api/briefings'] as const).map((route) => {
      const m = r[route];
      return `| ${r.database} | \`${route}\` | ${m.requestsPerSecond} | ${m.latencyMs.p50} | ${m.latencyMs.p99} | ${m.errors} | ${m.non2xx} |`;
    }),
  ),
].join('\n');
writeResults('api', { settings: flags, machine: machine(), runs }, `# API benchmark\n\n${flags.connections} connections, ${flags.seconds} s per route, server in its own process, autocannon on loopback.\n\n${table}\n`);
console.log(table);
