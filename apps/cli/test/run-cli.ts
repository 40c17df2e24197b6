import { spawn, type ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/pactesur.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Variables added to the test's own environment; one set to `undefined` is taken out of it. */
  readonly env?: Record<string, string | undefined>;
  /** How long the binary may run before it is killed and the run fails with what it printed. */
  readonly timeoutMs?: number;
  /**
   * What the binary reads on its standard input, closed after the last chunk (at once when none is given).
   * A binary that stops reading early is no error: refusing endless input is what some commands are tested for.
   */
  readonly stdin?: string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  /** Sends SIGTERM, as a service manager stopping it would, once stdout first matches. */
  readonly stopWhen?: RegExp;
}

/** Runs the real `pactesur` binary to completion. */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<CliResult> {
  return runCliWith(args, { env, timeoutMs });
}

/** Runs the real `pactesur` binary to completion, with input, and stopped once it says something when asked. */
export function runCliWith(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const { env = {}, timeoutMs = 60_000, stdin, stopWhen } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stopped = false;
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stopWhen && !stopped && stopWhen.test(stdout)) {
        stopped = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pactesur ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (child.stdin) {
      // EPIPE once the binary has stopped reading: its answer, not the pipe, is what the test looks at.
      child.stdin.on('error', () => {});
      if (typeof stdin === 'string' || stdin instanceof Uint8Array) child.stdin.end(stdin);
      else if (stdin) Readable.from(stdin).pipe(child.stdin);
    }
  });
}

/** Starts the binary and resolves once stdout matches `ready`. */
export function startCli(args: readonly string[], ready: RegExp, env: Record<string, string | undefined> = {}, timeoutMs = 60_000) {
  return new Promise<{ child: ChildProcess; output: () => string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${out}`));
    });
  });
}
