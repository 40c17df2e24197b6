import { describe, expect, it } from 'vitest';
import { RecentResults } from './recent-results.ts';

describe('RecentResults', () => {
  it('computes once per key within its time, again after it, and keeps at most its size', async () => {
    let clock = 0;
    let computed = 0;
    const cache = new RecentResults<number>(2, 1000, () => clock);
    const square = (n: number) => () => Promise.resolve((computed++, n * n));
    expect(await cache.get('3', square(3))).toBe(9);
    expect(await cache.get('3', square(3))).toBe(9);
    expect(computed).toBe(1);
    clock = 1000;
    expect(await cache.get('3', square(3))).toBe(9);
    expect(computed).toBe(2);
    await cache.get('4', square(4));
    await cache.get('5', square(5));
    // '3' was the oldest of three: it went.
    await cache.get('3', square(3));
    expect(computed).toBe(5);
  });

  it('does not keep a failure', async () => {
    const cache = new RecentResults<number>(10, 1000, () => 0);
    await expect(cache.get('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await Promise.resolve();
    expect(await cache.get('x', () => Promise.resolve(1))).toBe(1);
  });
});
