import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  /** The words of the search shown (the box starts from them). */
  readonly words: string;
  readonly mine: boolean;
  readonly onSearch: (words: string) => void;
  /** Absent for a reader without an account: there is no organisation of theirs to include. */
  readonly onMine?: ((mine: boolean) => void) | undefined;
}

/**
 * The words to look for, in any language, and whether the reader's organisation's drafts and reviews are
 * included. The words are searched when the form is sent; the tick box searches at once.
 */
export function SearchBox({ words, mine, onSearch, onMine }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [typed, setTyped] = useState(words);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed);
  };
  return (
    <form role="search" className="form practice-search" data-testid="practice-search" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('practices.searchLabel')}</label>
        <div className="practice-search-row">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            maxLength={500}
            value={typed}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button-primary">
            {t('practices.searchButton')}
          </button>
        </div>
        <p className="hint" id={`${id}-hint`}>
          {t('practices.searchHint')}
        </p>
      </div>
      {onMine && (
        <div className="field-inline">
          <input
            id={`${id}-mine`}
            type="checkbox"
            checked={mine}
            onChange={(e) => onMine(e.target.checked)}
          />
          <label htmlFor={`${id}-mine`}>{t('practices.mine')}</label>
        </div>
      )}
    </form>
  );
}
