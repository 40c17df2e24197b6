import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { tabMove } from '../../ui/tabMove.ts';
import { languageChoices, languageLabel, languageName } from './languages.ts';

interface Props {
  /** The language the practice is written in. */
  readonly source: string;
  /** The languages of the tabs: the source first, then the translations. */
  readonly languages: readonly string[];
  readonly selected: string;
  readonly onSelect: (lang: string) => void;
  /** Marks the practice as written in another language. */
  readonly onSource: (lang: string) => void;
  /** Opens a tab for a new translation. */
  readonly onAdd: (lang: string) => void;
  /** What the choice of the language written in says, for another record than a practice. */
  readonly sourceHint?: MessageKey;
  /** What a translation's tab says first (`{language}`: the tab's), for another record than a practice. */
  readonly translationIntro?: MessageKey;
  readonly children: ReactNode;
}

/**
 * The languages of the practice's texts: the one it is written in (which can be changed), a tab per
 * translation (WAI-ARIA tabs: arrow keys, Home and End), a new translation added; the fields of the
 * chosen tab below.
 */
export function EditLanguages({
  source,
  languages,
  selected,
  onSelect,
  onSource,
  onAdd,
  sourceHint = 'practiceEdit.sourceHint',
  translationIntro = 'practiceEdit.translationIntro',
  children,
}: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const addable = languageChoices(locale).filter((l) => !languages.includes(l));
  const [adding, setAdding] = useState('');
  const move = (event: KeyboardEvent, index: number) => {
    const to = tabMove(event.key, index, languages.length);
    const lang = to === null ? undefined : languages[to];
    if (to === null || lang === undefined) return;
    event.preventDefault();
    onSelect(lang);
    tabs.current[to]?.focus();
  };
  return (
    <div className="practice-languages">
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('practiceEdit.sourceLanguage')}</label>
          <select
            id={`${id}-source`}
            value={source}
            aria-describedby={`${id}-source-hint`}
            onChange={(e) => onSource(e.target.value)}
          >
            {languageChoices(locale, [source]).map((l) => (
              <option key={l} value={l}>
                {languageLabel(l, locale)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-source-hint`}>
            {t(sourceHint)}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-add`}>{t('practiceEdit.addLanguage')}</label>
          <div className="practice-row">
            <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t('practiceEdit.chooseLanguage')}</option>
              {addable.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l, locale)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={adding === ''}
              onClick={() => {
                onAdd(adding);
                setAdding('');
              }}
            >
              {t('practiceEdit.add')}
            </button>
          </div>
        </div>
      </div>
      <div role="tablist" aria-label={t('practiceEdit.languages')} className="tab-list practice-tab-list">
        {languages.map((lang, i) => (
          <button
            key={lang}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${lang}`}
            aria-selected={lang === selected}
            aria-controls={`${id}-panel`}
            tabIndex={lang === selected ? 0 : -1}
            className={lang === selected ? 'tab tab-on' : 'tab'}
            data-lang={lang}
            onClick={() => onSelect(lang)}
            onKeyDown={(e) => move(e, i)}
          >
            {lang === source
              ? t('practiceEdit.sourceTab', { language: languageLabel(lang, locale) })
              : languageLabel(lang, locale)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="tab-panel">
        {selected !== source && (
          <p className="notice">{t(translationIntro, { language: languageName(selected, locale) })}</p>
        )}
        {children}
      </div>
    </div>
  );
}
