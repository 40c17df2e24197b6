import type { Rng } from '../prng.ts';

/** A distribution of a per-agent quantity (speed in m/s, premovement in s, radius in m). */
export type Distribution =
  | { readonly dist: 'constant'; readonly value: number }
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | {
      readonly dist: 'normal';
      readonly mean: number;
      readonly sd: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly dist: 'lognormal';
      readonly mu: number;
      readonly sigma: number;
      readonly min?: number;
      readonly max?: number;
    }
  | {
      readonly dist: 'weibull';
      readonly shape: number;
      readonly scale: number;
      readonly min?: number;
      readonly max?: number;
    };

/** Weidmann's free walking speed of adults: normal, mean 1.34 m/s, sd 0.26 m/s, clipped to 0.5–2.0 m/s. */
export const WEIDMANN_SPEED: Distribution = { dist: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.0 };

/**
 * Draws one value. Bounded normals are drawn again until inside their bounds (a truncated normal);
 * the other bounded distributions are clipped.
 * @example
 * sample(WEIDMANN_SPEED, new Rng(1)); // ≈ 1.34 ± 0.26
 */
export function sample(d: Distribution, rng: Rng): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
      return rng.uniform(d.min, d.max);
    case 'normal': {
      for (let attempt = 0; attempt < 64; attempt++) {
        const v = d.mean + d.sd * rng.normal();
        if (v >= d.min && v <= d.max) return v;
      }
      return Math.min(d.max, Math.max(d.min, d.mean));
    }
    case 'lognormal':
      return clip(Math.exp(d.mu + d.sigma * rng.normal()), d.min, d.max);
    case 'weibull':
      return clip(d.scale * Math.pow(-Math.log(1 - rng.next()), 1 / d.shape), d.min, d.max);
  }
}

/**
 * Smallest and largest value a distribution can give (Infinity when unbounded above).
 * @example
 * range({ dist: 'uniform', min: 10, max: 100 }); // [10, 100]
 */
export function range(d: Distribution): readonly [number, number] {
  switch (d.dist) {
    case 'constant':
      return [d.value, d.value];
    case 'uniform':
    case 'normal':
      return [d.min, d.max];
    case 'lognormal':
    case 'weibull':
      return [d.min ?? 0, d.max ?? Infinity];
  }
}

function clip(v: number, min: number | undefined, max: number | undefined): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
}
