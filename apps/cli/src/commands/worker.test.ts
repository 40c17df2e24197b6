import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCliWith, type CliResult } from '../../test/run-cli.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Runs `pactesur worker …`, which runs until stopped: `stopWhen` sends SIGTERM once stdout matches it. */
function runWorker(
  args: readonly string[],
  env: Record<string, string | undefined>,
  stopWhen?: RegExp,
): Promise<CliResult> {
  return runCliWith(['worker', ...args], { env, stopWhen, timeoutMs: 45_000 });
}

/** Sends one command to Redis (RESP over a plain socket) and resolves with the first reply line, or null. */
function redisCommand(url: string, args: readonly string[]): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('error', () => resolve(null));
    socket.on('close', () => resolve(null));
    socket.on('data', (d: Buffer) => {
      resolve(d.toString().split('\r\n')[0] ?? null);
      socket.end();
    });
    socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
  });
}

const deleteKeys = (pattern: string) =>
  redisCommand(REDIS_URL, [
    'EVAL',
    "for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end return 0",
    '0',
    pattern,
  ]);
const redisUp = (await redisCommand(REDIS_URL, ['PING'])) === '+PONG';

describe('pactesur worker', () => {
  it('exits with a one-line message when no Redis is named', async () => {
    const run = await runWorker([], { REDIS_URL: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'pactesur: the worker takes jobs from Redis: pass --redis-url or set REDIS_URL',
    ]);
  });

  it('refuses bad flag values and an unreachable Redis without a stack trace', async () => {
    const bad = await runWorker(['--redis-url', 'http://example.org', '--concurrency', '0'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^pactesur: --redisUrl: must be a redis:\/\/ or rediss:\/\/ URL; --concurrency: /,
    );
    const unreachable = await runWorker(['--redis-url', 'redis://127.0.0.1:1'], {});
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim()).toMatch(
      /^pactesur: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/,
    );
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  });

  it.runIf(redisUp)('takes jobs until SIGTERM, then stops cleanly', async () => {
    const prefix = `pactesur-cli-test-${randomBytes(5).toString('hex')}`;
    const run = await runWorker(['--concurrency', '3'], { REDIS_URL, JOB_QUEUE_PREFIX: prefix }, /ready/);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/ready: queue "pactesur-jobs", 3 job\(s\) at a time/);
    expect(run.stdout).toMatch(/stopping/);
    expect(run.stderr).toBe('');
    expect(await deleteKeys(`${prefix}:*`)).toBe(':0');
  });
});
