import { describe, expect, it } from 'vitest';
import { densityLevel, thresholdsOf, triggersReached } from './live.ts';
import { GREEN_GUIDE } from './profile.ts';

describe('densityLevel', () => {
  it('is busy from 2, unstable above 4, critical from 5 persons/m²', () => {
    const levels = [0, 1.99, 2, 3.5, 4, 4.01, 4.99, 5, 9].map((d) => densityLevel(d, GREEN_GUIDE));
    expect(levels).toEqual([
      'normal',
      'normal',
      'busy',
      'busy',
      'busy',
      'unstable',
      'unstable',
      'critical',
      'critical',
    ]);
  });

  it('follows the profile', () => {
    const other = { ...GREEN_GUIDE, planningDensity: 1.5, unstableDensity: 3, criticalDensity: 4 };
    expect([1.4, 1.5, 3, 3.1, 4].map((d) => densityLevel(d, other))).toEqual([
      'normal',
      'busy',
      'busy',
      'unstable',
      'critical',
    ]);
    expect(densityLevel(Number.NaN, GREEN_GUIDE)).toBe('normal');
  });
});

describe('thresholdsOf', () => {
  it('gives the busy, unstable and critical densities', () => {
    expect(thresholdsOf(GREEN_GUIDE)).toEqual([2, 4, 5]);
  });
});

describe('triggersReached', () => {
  const triggers = [
    { id: 'full', name: 'Arena full', metric: 'occupancy' as const, threshold: 10_000 },
    { id: 'dense', name: 'Dense', metric: 'density' as const, threshold: 3.5 },
    { id: 'crush', name: 'Crush risk', metric: 'density' as const, threshold: 5 },
  ];

  it('gives the trigger points at or above their threshold, in their order', () => {
    expect(triggersReached(triggers, { occupancy: 9_999, density: 3.49 })).toEqual([]);
    expect(triggersReached(triggers, { occupancy: 10_000, density: 3.5 }).map((t) => t.id)).toEqual([
      'full',
      'dense',
    ]);
    expect(triggersReached(triggers, { occupancy: 200, density: 6 }).map((t) => t.id)).toEqual([
      'dense',
      'crush',
    ]);
  });
});
