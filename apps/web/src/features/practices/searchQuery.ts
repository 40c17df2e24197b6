import { FACET_NAMES, PracticeFacets, type FacetName, type PracticeSearchInput } from '@pactesur/contracts';

/** Practices on a page of results. */
export const PAGE_SIZE = 20;

/** A search of practices as the address bar keeps it: words, facets, "mine", the page (from 1). */
export interface SearchState {
  readonly q: string;
  readonly facets: PracticeFacets;
  readonly mine: boolean;
  readonly page: number;
}

/** Every facet with no value chosen. */
export const NO_FACETS: PracticeFacets = PracticeFacets.parse({});

/** The search of an empty address: everything the reader may see, first page. */
export const EMPTY_SEARCH: SearchState = { q: '', facets: NO_FACETS, mine: false, page: 1 };

/** The values of a facet one by one, as the API takes them (a year is a number). */
const itemOf = (facet: FacetName, value: string): unknown => (facet === 'year' ? Number(value) : value);

/** The values of `facet` of a list that the API accepts, without repeats. */
function validValues<F extends FacetName>(facet: F, values: readonly string[]): PracticeFacets[F] {
  const element = PracticeFacets.shape[facet].unwrap().element;
  const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  return unique.flatMap((v) => {
    const parsed = element.safeParse(itemOf(facet, v));
    return parsed.success ? [parsed.data] : [];
  }) as PracticeFacets[F];
}

/** The query part of a path (`/practices?q=a` → `?q=a`), '' without one. */
export function searchOf(path: string): string {
  const at = path.indexOf('?');
  return at < 0 ? '' : path.slice(at);
}

/**
 * The search of an address's query: values the API would refuse (an unknown threat, a page of 0) are
 * left out rather than failing the page.
 *
 * @example searchFromQuery('?q=bollards&place=promenade,beach&page=2') // { q: 'bollards', facets: { place: ['promenade', 'beach'], … }, mine: false, page: 2 }
 */
export function searchFromQuery(search: string): SearchState {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? '').split(',');
  const facets = Object.fromEntries(
    FACET_NAMES.map((f) => [f, validValues(f, list(f))]),
  ) as unknown as PracticeFacets;
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 500),
    facets,
    mine: params.get('mine') === '1',
    page: Number.isInteger(page) && page >= 1 && page <= maxPage() ? page : 1,
  };
}

/** The last page the API can serve (its offset is at most 10,000). */
const maxPage = () => Math.floor(10_000 / PAGE_SIZE) + 1;

/**
 * The query of a search for the address bar, '' for the empty search; facet values sorted, so one search
 * has one address.
 *
 * @example queryOfSearch({ ...EMPTY_SEARCH, q: 'bollards', mine: true }) // '?q=bollards&mine=1'
 */
export function queryOfSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const facet of FACET_NAMES) {
    const values = state.facets[facet].map(String).sort();
    if (values.length > 0) params.set(facet, values.join(','));
  }
  if (state.mine) params.set('mine', '1');
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}

/** What to ask the API for a search. */
export function searchInput(state: SearchState): PracticeSearchInput {
  return {
    q: state.q,
    facets: state.facets,
    mine: state.mine,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/** The values chosen in a facet, as strings (how the counts name them). */
export const chosenIn = (state: SearchState, facet: FacetName): readonly string[] =>
  state.facets[facet].map(String);

/** The search with one value of a facet ticked or unticked, back on the first page. */
export function withFacetValue(
  state: SearchState,
  facet: FacetName,
  value: string,
  on: boolean,
): SearchState {
  const others = chosenIn(state, facet).filter((v) => v !== value);
  return {
    ...state,
    facets: { ...state.facets, [facet]: validValues(facet, on ? [...others, value] : others) },
    page: 1,
  };
}

/** The search with new words, back on the first page. */
export const withWords = (state: SearchState, q: string): SearchState => ({
  ...state,
  q: q.trim().slice(0, 500),
  page: 1,
});

/** The search with "my drafts and reviews" on or off, back on the first page. */
export const withMine = (state: SearchState, mine: boolean): SearchState => ({ ...state, mine, page: 1 });

/** The search without any facet chosen. */
export const withoutFacets = (state: SearchState): SearchState => ({ ...state, facets: NO_FACETS, page: 1 });

/** How many facet values are chosen. */
export const chosenCount = (state: SearchState): number =>
  FACET_NAMES.reduce((n, f) => n + state.facets[f].length, 0);

/** The pages of `total` results: at least one. */
export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** The first and last result of a page (from 1), for "21–40 of 57"; `from` is 0 without results. */
export function resultRange(page: number, shown: number, total: number): { from: number; to: number } {
  if (shown === 0) return { from: 0, to: 0 };
  const from = (page - 1) * PAGE_SIZE + 1;
  return { from, to: Math.min(total, from + shown - 1) };
}
