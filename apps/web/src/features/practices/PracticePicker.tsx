import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { textIn } from './displayText.ts';
import { MAX_LINKS, type LinkOption } from './linkOptions.ts';

/** Most practices a search of the picker shows. */
const SHOWN = 10;

interface Props {
  /** The practice being edited (null for a new one): never offered. */
  readonly practiceId: string | null;
  /** The practices tied already: not offered again. */
  readonly taken: readonly string[];
  readonly full: boolean;
  readonly onAdd: (practice: LinkOption) => void;
}

/**
 * Another practice found by its words — among the published ones and the drafts of the reader's
 * organisation — and added with its button. Inside the editor's form, the words are searched with their
 * button or the Enter key, which never sends the form.
 */
export function PracticePicker({ practiceId, taken, full, onAdd }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const found = useResource(
    () =>
      asked === null ? Promise.resolve(null) : api.searchPractices({ q: asked, mine: true, limit: SHOWN }),
    asked === null ? '' : `q:${asked}`,
  );
  const search = () => setAsked(typed.trim());
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  const hits = (found.data?.hits ?? [])
    .filter((h) => h.id !== practiceId && !taken.includes(h.id))
    .map((h) => ({ id: h.id, name: textIn(h.title, locale)?.text ?? '', owner: h.ownerName }));
  let results: ReactNode = null;
  if (asked !== null && (found.error || !found.data || found.loading))
    results = <LoadingOrError back={null} error={found.error} />;
  else if (asked !== null && hits.length === 0)
    results = <p className="empty">{t('practiceEdit.noPracticeFound')}</p>;
  else if (hits.length > 0)
    results = (
      <ul className="practice-link-hits" aria-label={t('practiceEdit.practicesFound')}>
        {hits.map((h) => (
          <li key={h.id} className="practice-row">
            <span className="grow">{t('practiceEdit.ownedBy', { name: h.name, owner: h.owner })}</span>
            <button
              type="button"
              disabled={full}
              aria-label={t('practiceEdit.addPractice', { title: h.name })}
              onClick={() => onAdd({ id: h.id, name: h.name })}
            >
              {t('practiceEdit.add')}
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('practiceEdit.findPractice')}</label>
        <div className="practice-search-row">
          <input
            id={`${id}-q`}
            type="search"
            maxLength={500}
            value={typed}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={enter}
          />
          <button type="button" onClick={search}>
            {t('practiceEdit.searchPractices')}
          </button>
        </div>
        <p className="hint" id={`${id}-hint`}>
          {t('practiceEdit.findPracticeHint')}
        </p>
      </div>
      {results}
      {full && <p className="hint">{t('practiceEdit.linksFull', { max: MAX_LINKS })}</p>}
    </>
  );
}
