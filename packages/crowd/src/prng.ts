/**
 * Seeded pseudo-random numbers. Two kinds: a sequential generator for set-up (placement, speeds), and a
 * counter-based hash for the per-step noise, so that an agent's random draw at a given step depends only
 * on (seed, agent, step) and never on which thread computes it.
 */

/**
 * Mixes a 32-bit integer (the murmur3 finaliser); the building block of the counter-based generator.
 * @example
 * mix32(1) !== mix32(2); // true
 */
export function mix32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A uniform number in [0, 1) determined by (seed, a, b) alone.
 * @example
 * hashUniform(1, 7, 100) === hashUniform(1, 7, 100); // true
 */
export function hashUniform(seed: number, a: number, b: number): number {
  return mix32(mix32(mix32(seed ^ 0x9e3779b9) ^ a) + b) / 4294967296;
}

/**
 * A sequential seeded generator (mulberry32) with helpers for the distributions of populations.
 * @example
 * const rng = new Rng(1);
 * rng.uniform(10, 100); // the same number on every run
 */
export class Rng {
  private state: number;
  private spare = Number.NaN;

  constructor(seed: number) {
    this.state = mix32(seed) | 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Standard normal (Box–Muller, the second value kept for the next call). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = Number.NaN;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const m = Math.sqrt(-2 * Math.log(u));
    this.spare = m * Math.sin(2 * Math.PI * v);
    return m * Math.cos(2 * Math.PI * v);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
