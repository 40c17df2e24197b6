import { CostBand, EvaluationType, Maturity } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { facetValues, foldedValues } from './facetValues.ts';
import { FACET_TAXONOMY, TAXONOMY, taxonomyKey } from './taxonomy.ts';

describe('facetValues', () => {
  it('orders a list of names by count, then by name', () => {
    const values = facetValues(
      'place',
      [
        { value: 'beach', count: 2 },
        { value: 'promenade', count: 7 },
        { value: 'market', count: 2 },
      ],
      [],
    );
    expect(values.map((v) => v.value)).toEqual(['promenade', 'beach', 'market']);
  });

  it('keeps a chosen value the search no longer counts, with no practice', () => {
    const values = facetValues('country', [{ value: 'FR', count: 3 }], ['BE', 'FR']);
    expect(values).toEqual([
      { value: 'FR', count: 3, chosen: true },
      { value: 'BE', count: 0, chosen: true },
    ]);
  });

  it('shows years newest first and the graded facets in their own order', () => {
    expect(
      facetValues(
        'year',
        [
          { value: '2016', count: 9 },
          { value: '2024', count: 1 },
        ],
        [],
      ).map((v) => v.value),
    ).toEqual(['2024', '2016']);
    expect(
      facetValues(
        'maturity',
        [
          { value: 'evaluated', count: 9 },
          { value: 'inspiring', count: 1 },
        ],
        [],
      ).map((v) => v.value),
    ).toEqual(['inspiring', 'evaluated']);
    expect(
      facetValues(
        'cost',
        [
          { value: 'over-1m', count: 9 },
          { value: 'under-10k', count: 1 },
        ],
        [],
      ).map((v) => v.value),
    ).toEqual(['under-10k', 'over-1m']);
  });

  it('copes with a facet the API did not count', () => {
    expect(facetValues('threat', undefined, [])).toEqual([]);
  });
});

describe('foldedValues', () => {
  it('shows the first values and every chosen one', () => {
    const values = Array.from({ length: 12 }, (_, i) => ({
      value: `v${i}`,
      count: 12 - i,
      chosen: i === 10,
    }));
    expect(foldedValues(values, 3).map((v) => v.value)).toEqual(['v0', 'v1', 'v2', 'v10']);
  });
});

describe('the graded orders', () => {
  it('follow the contract’s lists', () => {
    const order = (facet: 'maturity' | 'evaluation' | 'cost', options: readonly string[]) =>
      facetValues(
        facet,
        [...options].reverse().map((value) => ({ value, count: 1 })),
        [],
      ).map((v) => v.value);
    expect(order('maturity', Maturity.options)).toEqual(Maturity.options);
    expect(order('evaluation', EvaluationType.options)).toEqual(EvaluationType.options);
    expect(order('cost', CostBand.options)).toEqual(CostBand.options);
  });
});

describe('taxonomy words', () => {
  it('have a word for every value of every list of the contract', () => {
    const missing = Object.entries(TAXONOMY).flatMap(([list, { options }]) =>
      options
        .filter((o) => taxonomyKey(list as keyof typeof TAXONOMY, o) === null)
        .map((o) => `${list}.${o}`),
    );
    expect(missing).toEqual([]);
  });

  it('know no word for a value they have never heard of', () => {
    expect(taxonomyKey('place', 'moon')).toBeNull();
    expect(FACET_TAXONOMY.country).toBeUndefined();
    expect(FACET_TAXONOMY.place).toBe('place');
  });
});
