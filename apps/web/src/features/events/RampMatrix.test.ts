import type { RampEntry } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { rampMatrix } from './RampMatrix.ts';

const entry = (
  id: string,
  element: RampEntry['element'],
  phase: RampEntry['phase'],
  rating: RampEntry['rating'],
): RampEntry => ({
  id,
  element,
  phase,
  rating,
  text: '',
  features: [],
});

describe('rampMatrix', () => {
  it('rates each element in each phase by its worst entry, and leaves the others unrated', () => {
    const matrix = rampMatrix([
      entry('a', 'routes', 'egress', 'green'),
      entry('b', 'routes', 'egress', 'red'),
      entry('c', 'routes', 'egress', 'amber'),
      entry('d', 'profile', 'ingress', 'amber'),
    ]);
    expect(matrix.map((row) => row[0]?.element)).toEqual(['routes', 'areas', 'movement', 'profile']);
    expect(matrix[0]?.map((s) => s.phase)).toEqual(['ingress', 'circulation', 'egress']);
    expect(matrix[0]?.[2]).toEqual({ element: 'routes', phase: 'egress', rating: 'red', entries: 3 });
    expect(matrix[3]?.[0]).toMatchObject({ rating: 'amber', entries: 1 });
    expect(matrix[1]?.[1]).toMatchObject({ rating: null, entries: 0 });
  });
});
