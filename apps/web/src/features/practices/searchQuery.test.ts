import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  PAGE_SIZE,
  chosenCount,
  pageCount,
  queryOfSearch,
  resultRange,
  searchFromQuery,
  searchInput,
  searchOf,
  withFacetValue,
  withMine,
  withWords,
  withoutFacets,
} from './searchQuery.ts';

describe('the search in the address bar', () => {
  it('reads words, facets, mine and page', () => {
    const s = searchFromQuery(
      '?q=bollards+%22fan+zone%22&place=promenade,beach&country=FR,BE&year=2016&mine=1&page=3',
    );
    expect(s.q).toBe('bollards "fan zone"');
    expect(s.facets.place).toEqual(['promenade', 'beach']);
    expect(s.facets.country).toEqual(['FR', 'BE']);
    expect(s.facets.year).toEqual([2016]);
    expect(s.facets.threat).toEqual([]);
    expect(s.mine).toBe(true);
    expect(s.page).toBe(3);
  });

  it('leaves out what the API would refuse', () => {
    const s = searchFromQuery(
      '?place=promenade,moon,promenade&country=fr,ITA,IT&year=19,abc,2020&language=fra,it&page=0',
    );
    expect(s.facets.place).toEqual(['promenade']);
    expect(s.facets.country).toEqual(['IT']);
    expect(s.facets.year).toEqual([2020]);
    expect(s.facets.language).toEqual(['it']);
    expect(s.page).toBe(1);
    expect(searchFromQuery('?page=2.5').page).toBe(1);
    expect(searchFromQuery('?page=99999').page).toBe(1);
    expect(searchFromQuery('?mine=yes').mine).toBe(false);
  });

  it('is empty for an empty query, and writes nothing for it', () => {
    expect(searchFromQuery('')).toEqual(EMPTY_SEARCH);
    expect(queryOfSearch(EMPTY_SEARCH)).toBe('');
  });

  it('round-trips, whatever the words hold', () => {
    const s = withMine(
      withFacetValue(
        withWords(EMPTY_SEARCH, 'piétons, véhicules & barrières ?'),
        'threat',
        'vehicle-ramming',
        true,
      ),
      true,
    );
    const back = searchFromQuery(queryOfSearch({ ...s, page: 2 }));
    expect(back).toEqual({ ...s, page: 2 });
  });

  it('gives one address to one search, whatever order the values were ticked in', () => {
    const a = withFacetValue(withFacetValue(EMPTY_SEARCH, 'place', 'square', true), 'place', 'beach', true);
    const b = withFacetValue(withFacetValue(EMPTY_SEARCH, 'place', 'beach', true), 'place', 'square', true);
    expect(queryOfSearch(a)).toBe(queryOfSearch(b));
    expect(queryOfSearch(a)).toBe('?place=beach,square');
  });

  it('takes the query out of a path', () => {
    expect(searchOf('/practices?q=a')).toBe('?q=a');
    expect(searchOf('/practices')).toBe('');
  });
});

describe('changing the search', () => {
  it('ticks and unticks a value, back on the first page', () => {
    const on = withFacetValue({ ...EMPTY_SEARCH, page: 4 }, 'maturity', 'evaluated', true);
    expect(on.facets.maturity).toEqual(['evaluated']);
    expect(on.page).toBe(1);
    const twice = withFacetValue(on, 'maturity', 'evaluated', true);
    expect(twice.facets.maturity).toEqual(['evaluated']);
    expect(withFacetValue(on, 'maturity', 'evaluated', false).facets.maturity).toEqual([]);
  });

  it('ticks a year given as text as a number', () => {
    expect(withFacetValue(EMPTY_SEARCH, 'year', '2017', true).facets.year).toEqual([2017]);
  });

  it('counts and clears the chosen values', () => {
    const s = withFacetValue(withFacetValue(EMPTY_SEARCH, 'place', 'beach', true), 'cost', 'under-10k', true);
    expect(chosenCount(s)).toBe(2);
    expect(chosenCount(withoutFacets(s))).toBe(0);
  });
});

describe('pages', () => {
  it('asks the API for the page', () => {
    const input = searchInput({ ...EMPTY_SEARCH, page: 3 });
    expect(input.offset).toBe(2 * PAGE_SIZE);
    expect(input.limit).toBe(PAGE_SIZE);
  });

  it('counts pages and the results shown', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(resultRange(2, 5, PAGE_SIZE + 5)).toEqual({ from: PAGE_SIZE + 1, to: PAGE_SIZE + 5 });
    expect(resultRange(1, 0, 0)).toEqual({ from: 0, to: 0 });
  });
});
