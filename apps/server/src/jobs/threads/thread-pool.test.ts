import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/wait-for.ts';
import { ThreadPool } from './thread-pool.ts';

const run = (pool: ThreadPool, limit: number) =>
  pool.run(`job-${limit}`, 'diagnostic.count-primes', { limit }, { onProgress: () => undefined, signal: new AbortController().signal });

let pool: ThreadPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('ThreadPool', () => {
  it('keeps a thread for the next job, and ends it once it has been idle', async () => {
    pool = new ThreadPool(1, 300);
    expect(pool.threadCount()).toBe(0);
    expect(await run(pool, 100)).toEqual({ limit: 100, count: 25 });
    expect(pool.threadCount()).toBe(1);
    await waitFor(() => Promise.resolve(pool?.threadCount()), (n) => n === 0);
    // A job after that starts a new thread.
    expect(await run(pool, 1000)).toEqual({ limit: 1000, count: 168 });
    expect(pool.threadCount()).toBe(1);
  });
});
