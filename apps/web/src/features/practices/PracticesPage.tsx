import type { FacetName, MyMembership } from '@pactesur/contracts';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { currentPath, navigate, subscribe } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { FacetPanel } from './FacetPanel.tsx';
import { Pager } from './Pager.tsx';
import { PracticeResults } from './PracticeResults.tsx';
import { PublicSignIn } from './PublicSignIn.tsx';
import { SavedSearchList } from './SavedSearchList.tsx';
import { SavedSearchSave } from './SavedSearchSave.tsx';
import {
  pageCount,
  queryOfSearch,
  searchFromQuery,
  searchInput,
  searchOf,
  withFacetValue,
  withMine,
  withoutFacets,
  withWords,
  type SearchState,
} from './searchQuery.ts';
import { SearchBox } from './SearchBox.tsx';
import { useSavedSearches } from './useSavedSearches.ts';
import './practices.css';
import './SavedSearchList.css';

/** The address of a search: the page of practices with its query. */
const pathOfSearch = (search: SearchState): string =>
  `${pathOf({ name: 'practices' })}${queryOfSearch(search)}`;

/** The search; `membership` is null for a reader without an account, who finds the public practices. */
function Practices({ membership }: { membership: MyMembership | null }) {
  const { t } = useI18n();
  // The search lives in the address bar: shared and bookmarked with it, stepped through with Back.
  const query = searchOf(useSyncExternalStore(subscribe, currentPath));
  const search = useMemo(() => searchFromQuery(query), [query]);
  const input = searchInput(search);
  const results = useResource(
    () => api.searchPractices(input),
    `${membership?.orgId ?? 'public'}:${JSON.stringify(input)}`,
  );
  // A signed-in reader's own searches, kept to run again and to be told of new practices matching them.
  const saved = useSavedSearches(membership?.orgId ?? null);
  const resultsTitle = useRef<HTMLHeadingElement>(null);
  const go = (next: SearchState) => navigate(pathOfSearch(next));
  const data = results.data;

  return (
    <article className="page practices-page" aria-labelledby="practices-title">
      <header className="page-header">
        <div>
          <h1 id="practices-title">{t('practices.title')}</h1>
          <p className="lead">{t('practices.intro')}</p>
        </div>
        {can(membership, 'practice.create') && (
          <div className="actions">
            <Link className="button button-primary" to={pathOf({ name: 'practice-new' })}>
              {t('practices.new')}
            </Link>
          </div>
        )}
      </header>
      <section className="card">
        <SearchBox
          key={search.q}
          words={search.q}
          mine={search.mine}
          onSearch={(q) => go(withWords(search, q))}
          onMine={membership ? (mine) => go(withMine(search, mine)) : undefined}
        />
        {saved && (
          // A new search starts a new form: its name is offered from the new words and facets.
          <SavedSearchSave
            key={`save${queryOfSearch({ ...search, page: 1 })}`}
            search={search}
            saved={saved}
          />
        )}
      </section>
      <div className="practices-layout">
        <div className="practices-side">
          {saved && <SavedSearchList saved={saved} search={search} />}
          <FacetPanel
            search={search}
            facets={data?.facets}
            onToggle={(facet: FacetName, value, on) => go(withFacetValue(search, facet, value, on))}
            onClear={() => go(withoutFacets(search))}
          />
        </div>
        <section
          className="practices-results"
          aria-labelledby="practices-results-title"
          aria-busy={results.loading}
        >
          <h2 id="practices-results-title" ref={resultsTitle} tabIndex={-1}>
            {t('practices.resultsTitle')}
          </h2>
          <ErrorMessage error={results.error} />
          {results.loading && !data && <p className="loading">{t('app.loading')}</p>}
          {data && <PracticeResults page={search.page} results={data} />}
          {data && (
            <Pager
              page={search.page}
              pages={pageCount(data.total)}
              pathOfPage={(page) => pathOfSearch({ ...search, page })}
              onPage={() => resultsTitle.current?.focus()}
            />
          )}
        </section>
      </div>
      {!membership && <PublicSignIn />}
    </article>
  );
}

/**
 * The promising practices of the network: words in any language, facets, the results listed and on a map.
 * Without an account, the public collection.
 */
export function PracticesPage() {
  const { session } = useSession();
  if (!session) return <Practices membership={null} />;
  return <RequireOrg>{(m) => <Practices key={m.orgId} membership={m} />}</RequireOrg>;
}
