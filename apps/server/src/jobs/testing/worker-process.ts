import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../../cli/bin/pactesur.mjs', import.meta.url));

/** A `pactesur worker` child process, for tests that need a worker they can kill. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  output(): string;
  /** SIGKILL: the process dies at once, leaving its jobs locked in Redis. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful stop. Resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `pactesur worker` with `env` and waits until it says it is ready. */
export async function startWorkerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '2'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the worker did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited with code ${code}:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
