import type { SavedSearch } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { Link } from '../../ui/Link.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { pathOfSaved } from './savedSearchQuery.ts';
import type { SavedSearches } from './useSavedSearches.ts';

interface Props {
  readonly search: SavedSearch;
  /** Whether it is the search shown. */
  readonly current: boolean;
  readonly saved: SavedSearches;
}

/**
 * One saved search: its name, a link that runs it (its words and facets loaded into the search), how many
 * practices newly matched it since it was saved, whether it notifies, and renaming and deleting it.
 */
export function SavedSearchRow({ search: s, current, saved }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [mode, setMode] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState(s.name);

  const news =
    s.matches <= 0
      ? t('savedSearch.newNone')
      : s.matches === 1
        ? t('savedSearch.newOne')
        : t('savedSearch.newMany', { count: formatCount(s.matches) });
  const notify = async (on: boolean) => {
    const next = await action.run(() => saved.update(s, { notify: on }));
    if (next) announce(t(on ? 'savedSearch.notifyOn' : 'savedSearch.notifyOff', { name: next.name }));
  };
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const next = await action.run(() => saved.update(s, { name }));
    if (!next) return;
    setMode(null);
    announce(t('savedSearch.renamed', { name: next.name }));
  };
  const remove = async () => {
    const done = await action.run(async () => {
      await saved.remove(s);
      return true;
    });
    if (done) announce(t('savedSearch.deleted', { name: s.name }));
  };

  return (
    <li
      className="saved-search"
      data-testid="saved-search"
      data-saved-search-id={s.id}
      data-notify={String(s.notify)}
      data-matches={s.matches}
    >
      <Link
        to={pathOfSaved(s.search)}
        className="saved-search-name"
        aria-current={current ? 'true' : undefined}
      >
        {s.name}
      </Link>
      {current && <span className="badge badge-read">{t('savedSearch.shown')}</span>}
      <p className="meta saved-search-news">{news}</p>
      <div className="saved-search-tools">
        <div className="field-inline">
          <input
            id={`${id}-notify`}
            type="checkbox"
            checked={s.notify}
            disabled={action.busy}
            aria-label={t('savedSearch.notifyFor', { name: s.name })}
            onChange={(e) => void notify(e.target.checked)}
          />
          <label htmlFor={`${id}-notify`}>{t('savedSearch.notifyShort')}</label>
        </div>
        <RowAction
          tone="quiet"
          text={t('savedSearch.rename')}
          label={t('savedSearch.renameNamed', { name: s.name })}
          busy={action.busy}
          onClick={() => {
            setName(s.name);
            setMode('rename');
          }}
        />
        <RowAction
          text={t('savedSearch.delete')}
          label={t('savedSearch.deleteNamed', { name: s.name })}
          busy={action.busy}
          onClick={() => setMode('delete')}
        />
      </div>
      {mode === 'rename' && (
        <form className="form saved-search-rename" onSubmit={(e) => void rename(e)}>
          <NameField label="savedSearch.newName" value={name} onChange={setName} />
          <FormActions busy={action.busy} submitLabel="common.save" onCancel={() => setMode(null)} />
        </form>
      )}
      {mode === 'delete' && (
        <ConfirmDelete
          question={t('savedSearch.deleteQuestion', { name: s.name })}
          confirmLabel={t('savedSearch.deleteConfirm')}
          busy={action.busy}
          onConfirm={() => void remove()}
          onCancel={() => setMode(null)}
        />
      )}
      <ErrorMessage error={action.error} />
    </li>
  );
}
