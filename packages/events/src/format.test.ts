import { describe, expect, it } from 'vitest';
import { featureLabel, num, sumOfTerms } from './format.ts';

describe('the formulas’ words', () => {
  it('groups thousands and keeps at most 2 decimals', () => {
    expect([9_402, 18_184, 2.4, 1.05, 21.111, 0, 1_000_000].map(num)).toEqual([
      '9,402',
      '18,184',
      '2.4',
      '1.05',
      '21.11',
      '0',
      '1,000,000',
    ]);
  });

  it('writes out at most eight terms', () => {
    expect(sumOfTerms(['1', '2'])).toBe('1 + 2');
    expect(sumOfTerms(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])).toBe(
      '1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 2 more',
    );
  });

  it('names a feature by its name, else its id', () => {
    expect(featureLabel({ id: 'g1', name: 'North gate' })).toBe('North gate');
    expect(featureLabel({ id: 'g1', name: ' ' })).toBe('g1');
  });
});
