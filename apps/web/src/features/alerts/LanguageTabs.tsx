import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { languageName } from './alertLanguages.ts';

interface Props {
  readonly id: string;
  readonly languages: readonly string[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  /** Languages whose text has an error the checks found: marked on their tab. */
  readonly withErrors: ReadonlySet<string>;
  readonly children: ReactNode;
}

/**
 * One tab per language of the alert (WAI-ARIA tabs: arrow keys move between them, Home and End to the
 * ends), the panel of the chosen one below; a tab whose text has errors says so.
 */
export function LanguageTabs({ id, languages, selected, onSelect, withErrors, children }: Props) {
  const { t, locale } = useI18n();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = languages.length - 1;
    const to =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (to === null) return;
    event.preventDefault();
    onSelect(to);
    tabs.current[to]?.focus();
  };
  return (
    <div className="language-tabs">
      <div role="tablist" aria-label={t('alert.languagesTabs')} className="tab-list">
        {languages.map((language, i) => (
          <button
            key={`${language}-${i}`}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === selected}
            aria-controls={`${id}-panel`}
            tabIndex={i === selected ? 0 : -1}
            className={i === selected ? 'tab tab-on' : 'tab'}
            onClick={() => onSelect(i)}
            onKeyDown={(e) => move(e, i)}
          >
            {languageName(language, locale)} <span className="meta">({language})</span>
            {withErrors.has(language) && <span className="tab-errors"> · {t('findings.level.error')}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="tab-panel">
        {children}
      </div>
    </div>
  );
}
