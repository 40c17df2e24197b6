import { MAX_NAME_LENGTH, SavedSearchQuery, type FacetName } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import { facetLabel } from './facetLabel.ts';
import {
  defaultSearchName,
  isSavedSearch,
  pathOfSaved,
  queryOfSaved,
  savedQueryOf,
  searchOfSaved,
} from './savedSearchQuery.ts';
import { EMPTY_SEARCH, NO_FACETS, searchFromQuery, withFacetValue, type SearchState } from './searchQuery.ts';

/** Words, two facets, "mine" and page 3: what an address such as the one below holds. */
const search: SearchState = searchFromQuery(
  '?q=barri%C3%A8res+%22fan+zone%22&threat=vehicle-ramming&country=FR,BE&year=2016&mine=1&page=3',
);

/** Facet values by their names in English, as the page names them. */
const english = (facet: FacetName, value: string): string =>
  facetLabel(facet, value, {
    t: (key) => translate(DICTIONARIES.en, key),
    countryName: (code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
    locale: 'en',
  });

describe('a search saved and run again', () => {
  it('keeps the words and facets, not the page nor "mine", in the form the API takes', () => {
    const saved = savedQueryOf(search);
    expect(saved).toEqual({
      q: 'barrières "fan zone"',
      facets: { ...NO_FACETS, threat: ['vehicle-ramming'], country: ['FR', 'BE'], year: [2016] },
      owner: null,
    });
    expect(SavedSearchQuery.parse(saved)).toEqual(saved);
  });

  it('runs as the search it was saved from, on its first page, from an address of its own', () => {
    const saved = savedQueryOf(search);
    // The values in the order of the address, which sorts them so that one search has one address.
    expect(searchOfSaved(saved)).toEqual({
      ...search,
      facets: { ...search.facets, country: ['BE', 'FR'] },
      mine: false,
      page: 1,
    });
    expect(queryOfSaved(saved)).toBe(
      '?q=barri%C3%A8res+%22fan+zone%22&country=BE,FR&threat=vehicle-ramming&year=2016',
    );
    expect(pathOfSaved(saved)).toBe(`/practices${queryOfSaved(saved)}`);
    expect(searchFromQuery(queryOfSaved(saved))).toEqual(searchOfSaved(saved));
  });

  it('runs the empty search as the whole collection', () => {
    const saved = savedQueryOf(EMPTY_SEARCH);
    expect(saved).toEqual({ q: '', facets: NO_FACETS, owner: null });
    expect(pathOfSaved(saved)).toBe('/practices');
    expect(searchOfSaved(saved)).toEqual(EMPTY_SEARCH);
  });

  it('leaves out a value the API no longer takes, as any address does', () => {
    const stale = {
      ...savedQueryOf(search),
      facets: { ...NO_FACETS, place: ['moon-base' as 'square', 'square' as const] },
    };
    expect(searchOfSaved(stale).facets.place).toEqual(['square']);
  });

  it('knows the search shown is a saved one whatever its page, order of values or "mine"', () => {
    const saved = savedQueryOf(search);
    const reordered = { ...saved, facets: { ...saved.facets, country: ['BE', 'FR'] } };
    expect(isSavedSearch(reordered, search)).toBe(true);
    expect(isSavedSearch(saved, { ...search, page: 1, mine: false })).toBe(true);
    expect(isSavedSearch(saved, withFacetValue(search, 'country', 'BE', false))).toBe(false);
    expect(isSavedSearch(saved, { ...search, q: 'barrières' })).toBe(false);
  });
});

describe('the name a search is offered under', () => {
  it('is its words, then the names of the values chosen, facet by facet', () => {
    expect(defaultSearchName(search, english, 'All practices')).toBe(
      'barrières "fan zone" · France, Belgium, Vehicle ramming, 2016',
    );
  });

  it('is the words alone, or the facets alone', () => {
    expect(defaultSearchName({ ...EMPTY_SEARCH, q: ' bollards ' }, english, 'All practices')).toBe(
      'bollards',
    );
    const byPlace = withFacetValue(EMPTY_SEARCH, 'place', 'promenade', true);
    expect(defaultSearchName(byPlace, english, 'All practices')).toBe('Promenade or seafront');
  });

  it('says "everything" for a search of no words nor facets', () => {
    expect(defaultSearchName(EMPTY_SEARCH, english, 'All practices')).toBe('All practices');
  });

  it('fits the length a name may have', () => {
    const long = defaultSearchName({ ...EMPTY_SEARCH, q: 'barrière '.repeat(40) }, english, 'All practices');
    expect(long.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
