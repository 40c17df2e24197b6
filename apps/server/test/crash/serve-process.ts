import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `pactesur` command: its compiled build when current, else its sources (`apps/cli/bin/pactesur.mjs`). */
const BIN = fileURLToPath(new URL('../../../cli/bin/pactesur.mjs', import.meta.url));

/** Where a `pactesur` process keeps its data: a PGlite directory, or a PostgreSQL database (files in `dataDir`). */
export interface ServeData {
  readonly dataDir: string;
  readonly databaseUrl?: string;
}

/** A running `pactesur serve`. */
export interface ServeProcess {
  readonly url: string;
  output(): string;
  /** SIGKILL: the process dies at once, mid-request, without closing anything. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful stop. Resolves with the exit code. */
  stop(): Promise<number | null>;
}

const alive = new Set<ChildProcess>();

/** The environment of a child: only what the test names, never the suite's database, Redis or port. */
function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const key of Object.keys(base)) {
    if (/^(DATABASE_URL|REDIS_URL|PORT|HOST|DATA_DIR|FILES_DIR|PACTESUR_DEMO|JOB_\w+|OUTBOX_\w+)$/.test(key))
      delete base[key];
  }
  return { ...base, ...env };
}

const dataArgs = (data: ServeData) => [
  '--data-dir',
  data.dataDir,
  ...(data.databaseUrl ? ['--database-url', data.databaseUrl] : []),
];

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Runs `pactesur <args>` on `data` to its end. */
export async function runPactesur(
  args: readonly string[],
  data: ServeData,
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [BIN, ...args, ...dataArgs(data)], {
    env: childEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await exitOf(child);
  clearTimeout(timer);
  alive.delete(child);
  return { code, output };
}

/** Starts `pactesur serve` on a free port of the loopback and resolves once it says where it runs. */
export async function startServe(
  data: ServeData,
  env: Readonly<Record<string, string>> = {},
  timeoutMs = 120_000,
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...dataArgs(data)], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  alive.add(child);
  const exited = exitOf(child).finally(() => alive.delete(child));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pactesur serve did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      const running = /running at (http:\/\/\S+)/.exec(output);
      if (running?.[1]) {
        clearTimeout(timer);
        resolve(running[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`pactesur serve exited (code ${code}) before it started:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Kills every process these helpers started and that is still running (for `afterAll`, even after a failure). */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...alive].map((child) => {
      child.kill('SIGKILL');
      return exitOf(child);
    }),
  );
}
