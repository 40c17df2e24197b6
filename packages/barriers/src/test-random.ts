/**
 * Mulberry32: a small seeded generator so that every generated test case can be replayed.
 *
 * @example
 * const rnd = prng(7);
 * rnd(); // a number in [0, 1)
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One element of `items`, chosen by `rnd`.
 *
 * @example
 * pick(prng(1), ['a', 'b']);
 */
export function pick<T>(rnd: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
