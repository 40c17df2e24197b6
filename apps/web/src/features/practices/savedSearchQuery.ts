import { FACET_NAMES, MAX_NAME_LENGTH, type FacetName, type SavedSearchQuery } from '@pactesur/contracts';
import { pathOf } from '../../router/routes.ts';
import { EMPTY_SEARCH, queryOfSearch, searchFromQuery, type SearchState } from './searchQuery.ts';

/**
 * What a search keeps when saved: its words and facets. The page is not kept, nor "my drafts and reviews"
 * (a saved search announces published practices); `owner` is the city pages' filter, never this page's.
 *
 * @example savedQueryOf({ ...EMPTY_SEARCH, q: ' barrières ', page: 3 }) // { q: 'barrières', facets: NO_FACETS, owner: null }
 */
export function savedQueryOf(search: SearchState): SavedSearchQuery {
  return { q: search.q.trim(), facets: search.facets, owner: null };
}

/**
 * The address query of a saved search: the query of the search it runs (`searchQuery.ts`), so running it
 * is opening that address; values the API would not take any more are left out there as anywhere.
 */
export const queryOfSaved = (saved: SavedSearchQuery): string =>
  queryOfSearch({ ...EMPTY_SEARCH, q: saved.q, facets: saved.facets });

/** The search a saved one runs: its words and facets, on the first page. */
export const searchOfSaved = (saved: SavedSearchQuery): SearchState => searchFromQuery(queryOfSaved(saved));

/** The address of the page of practices running a saved search. */
export const pathOfSaved = (saved: SavedSearchQuery): string =>
  `${pathOf({ name: 'practices' })}${queryOfSaved(saved)}`;

/** Whether the search shown has the words and facets of a saved one (whatever its page). */
export const isSavedSearch = (saved: SavedSearchQuery, search: SearchState): boolean =>
  queryOfSaved(saved) === queryOfSaved(savedQueryOf(search));

/**
 * The name a search is offered under when saved: its words, then the values chosen in each facet by
 * their names, within the length a name may have; `everything` for a search of no words nor facets.
 *
 * @example defaultSearchName({ ...EMPTY_SEARCH, q: 'barrières', facets: { …, country: ['FR'] } }, label, 'All practices')
 * // 'barrières · France'
 */
export function defaultSearchName(
  search: SearchState,
  labelOf: (facet: FacetName, value: string) => string,
  everything: string,
): string {
  const facets = FACET_NAMES.flatMap((facet) => search.facets[facet].map((v) => labelOf(facet, String(v))));
  const parts = [search.q.trim(), facets.join(', ')].filter((part) => part !== '');
  const name = parts.length === 0 ? everything : parts.join(' · ');
  return name.length <= MAX_NAME_LENGTH ? name : `${name.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…`;
}
