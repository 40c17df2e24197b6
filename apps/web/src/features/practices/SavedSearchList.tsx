import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { SavedSearchRow } from './SavedSearchRow.tsx';
import { isSavedSearch } from './savedSearchQuery.ts';
import type { SearchState } from './searchQuery.ts';
import type { SavedSearches } from './useSavedSearches.ts';

interface Props {
  readonly saved: SavedSearches;
  /** The search shown, to mark the saved one it is. */
  readonly search: SearchState;
}

/** The user's saved searches, beside the search: each runs in one click, and is renamed, muted or deleted. */
export function SavedSearchList({ saved, search }: Props) {
  const { t } = useI18n();
  return (
    <aside className="saved-searches" aria-labelledby="saved-searches-title" data-testid="saved-searches">
      <h2 id="saved-searches-title">{t('savedSearch.listTitle')}</h2>
      <ErrorMessage error={saved.error} />
      {saved.list?.length === 0 && <p className="hint">{t('savedSearch.listEmpty')}</p>}
      {saved.list && saved.list.length > 0 && (
        <ul className="saved-search-list">
          {saved.list.map((s) => (
            <SavedSearchRow key={s.id} search={s} current={isSavedSearch(s.search, search)} saved={saved} />
          ))}
        </ul>
      )}
    </aside>
  );
}
