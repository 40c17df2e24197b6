import { describe, expect, it } from 'vitest';
import { Rng, hashUniform } from './prng.ts';

describe('Rng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const c = new Rng(6);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('draws normals with mean 0 and sd 1', () => {
    const rng = new Rng(1);
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe('hashUniform', () => {
  it('is uniform on [0,1) and depends on every argument', () => {
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const u = hashUniform(3, i, 17);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(Math.abs(sum / 10000 - 0.5)).toBeLessThan(0.02);
    expect(hashUniform(3, 1, 2)).not.toBe(hashUniform(4, 1, 2));
    expect(hashUniform(3, 1, 2)).not.toBe(hashUniform(3, 2, 2));
    expect(hashUniform(3, 1, 2)).not.toBe(hashUniform(3, 1, 3));
  });
});
