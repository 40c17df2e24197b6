import { describe, expect, it } from 'vitest';
import { densityPosition, densityWord } from './densityScale.ts';

describe('the density scale', () => {
  it('places densities from 0 to 7 persons/m², clamped', () => {
    expect(densityPosition(0)).toBe(0);
    expect(densityPosition(3.5)).toBe(0.5);
    expect(densityPosition(7)).toBe(1);
    expect(densityPosition(12)).toBe(1);
    expect(densityPosition(-1)).toBe(0);
    expect(densityPosition(Number.NaN)).toBe(0);
  });

  it('words a density against 2, 4 and 5 persons/m²: unstable above 4, dangerous from 5', () => {
    expect(densityWord(1.99)).toBe('normal');
    expect(densityWord(2)).toBe('busy');
    expect(densityWord(4)).toBe('busy');
    expect(densityWord(4.01)).toBe('unstable');
    expect(densityWord(5)).toBe('critical');
    expect(densityWord(3, [1, 2, 3])).toBe('critical');
  });
});
