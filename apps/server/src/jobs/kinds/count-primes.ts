import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { defineJobKind, JobCancelledError } from './job-kind.ts';

const Input = z.strictObject({
  limit: z.int().min(1).max(50_000_000),
  delayMsPerStep: z.int().min(0).max(1000).optional(),
});

const STEPS = 20;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The primes below `n` (a plain sieve), used as the base of the segmented sieve. */
function smallPrimes(n: number): Uint32Array {
  const composite = new Uint8Array(n + 1);
  const primes: number[] = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = 1;
  }
  return Uint32Array.from(primes);
}

/** Counts the primes in [lo, hi) by crossing out multiples of `base` in `scratch`. */
function countSegment(lo: number, hi: number, base: Uint32Array, scratch: Uint8Array): number {
  scratch.fill(0, 0, hi - lo);
  for (const p of base) {
    if (p * p >= hi) break;
    let start = Math.max(p * p, Math.ceil(lo / p) * p);
    for (; start < hi; start += p) scratch[start - lo] = 1;
  }
  let count = 0;
  for (let n = Math.max(lo, 2); n < hi; n++) if (scratch[n - lo] === 0) count++;
  return count;
}

/**
 * `diagnostic.count-primes`: counts the primes below `limit` in twenty steps of a segmented sieve,
 * reporting progress after each step and stopping when cancelled. Checks that workers run, report and
 * stop; `delayMsPerStep` slows it down for tests and demonstrations.
 */
export const countPrimes = defineJobKind({
  name: 'diagnostic.count-primes',
  input: Input,
  async run({ limit, delayMsPerStep = 0 }, ctx) {
    const base = smallPrimes(Math.ceil(Math.sqrt(limit)) + 1);
    const segment = Math.ceil(limit / STEPS);
    const scratch = new Uint8Array(segment);
    let count = 0;
    for (let step = 0; step < STEPS; step++) {
      if (ctx.signal.aborted) throw new JobCancelledError();
      const lo = step * segment;
      const hi = Math.min(limit, lo + segment);
      if (lo < hi) count += countSegment(lo, hi, base, scratch);
      ctx.progress((step + 1) / STEPS, `${count} primes below ${hi}`);
      if (delayMsPerStep > 0)
        await sleep(delayMsPerStep, undefined, { signal: ctx.signal }).catch(() => undefined);
      else await yieldToEventLoop();
    }
    if (ctx.signal.aborted) throw new JobCancelledError();
    return { limit, count };
  },
});
