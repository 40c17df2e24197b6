import { MAX_SAVED_SEARCHES } from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { facetLabel } from './facetLabel.ts';
import { defaultSearchName, isSavedSearch, savedQueryOf } from './savedSearchQuery.ts';
import type { SearchState } from './searchQuery.ts';
import type { SavedSearches } from './useSavedSearches.ts';

interface Props {
  readonly search: SearchState;
  readonly saved: SavedSearches;
}

/**
 * "Save this search": the search shown kept under a name (its words and facets by default), with its
 * notifications on unless unticked. Says so when the search shown is saved already.
 */
export function SavedSearchSave({ search, saved }: Props) {
  const { t, countryName, locale } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [form, setForm] = useState<{ name: string; notify: boolean } | null>(null);
  const known = saved.list?.find((s) => isSavedSearch(s.search, search));

  if (!form) {
    if (!saved.list) return null;
    if (known)
      return (
        <p className="meta saved-search-known" data-testid="saved-search-known">
          {t('savedSearch.alreadySaved', { name: known.name })}
        </p>
      );
    if (saved.list.length >= MAX_SAVED_SEARCHES)
      return <p className="hint">{t('savedSearch.full', { max: MAX_SAVED_SEARCHES })}</p>;
    const words = { t, countryName, locale };
    const name = defaultSearchName(search, (f, v) => facetLabel(f, v, words), t('savedSearch.everything'));
    return (
      <button type="button" className="saved-search-open" onClick={() => setForm({ name, notify: true })}>
        {t('savedSearch.save')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = await action.run(() =>
      saved.save({ name: form.name, search: savedQueryOf(search), notify: form.notify }),
    );
    if (!made) return;
    setForm(null);
    announce(t('savedSearch.saved', { name: made.name }));
  };
  return (
    <form className="form saved-search-form" data-testid="saved-search-form" onSubmit={(e) => void submit(e)}>
      <NameField label="savedSearch.name" value={form.name} onChange={(name) => setForm({ ...form, name })} />
      <div>
        <CheckField
          label="savedSearch.notify"
          hint="savedSearch.notifyHint"
          checked={form.notify}
          onChange={(notify) => setForm({ ...form, notify })}
        />
      </div>
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="savedSearch.submit" onCancel={() => setForm(null)} />
    </form>
  );
}
