import { describe, expect, it } from 'vitest';
import { FRUIN_MEANINGS, fruinLevel } from './fruin.ts';

describe('fruinLevel', () => {
  it('gives each level of EVENTS.md its range', () => {
    expect([0, 10, 28, 40, 55, 75, 100].map(fruinLevel)).toEqual(['A', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('puts a boundary in the level above it, except 82, the top of E', () => {
    expect([22.99, 23, 32.99, 33, 48.99, 49, 65.99, 66, 82, 82.01].map(fruinLevel)).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
      'F',
    ]);
  });

  it('gives F to a flow that is not a number or is endless', () => {
    expect(fruinLevel(Number.NaN)).toBe('F');
    expect(fruinLevel(Infinity)).toBe('F');
  });

  it('says what each level means', () => {
    expect(Object.keys(FRUIN_MEANINGS)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(FRUIN_MEANINGS.F).toMatch(/counter-flow impossible/);
  });
});
