import type { AwarenessPage } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { languageLabel } from '../practices/languages.ts';
import { TextLabel } from '../practices/TextLabel.tsx';
import { WrittenInContext } from '../practices/writtenInContext.ts';
import { pageLanguages, pageSource, readingLanguage, sectionTextIn } from './pageLanguages.ts';
import { PlainText } from './PlainText.tsx';

/**
 * The sections of a city's page in the language the reader chooses among the page's (at first the
 * interface's when the page has it, else the one it is written in): each titled, its topic named, its text
 * as written; a machine translation always says so, a text not in the language chosen says which it is in.
 */
export function AwarenessView({ page }: { page: AwarenessPage }) {
  const id = useId();
  const { t, locale } = useI18n();
  const languages = pageLanguages(page.sections);
  const [chosen, setChosen] = useState<string | null>(null);
  // A language chosen stays chosen while the page has it (a page saved again may no longer).
  const lang =
    chosen !== null && languages.includes(chosen)
      ? chosen
      : readingLanguage(languages, locale, pageSource(page.sections, locale));

  if (page.sections.length === 0) return <p className="empty">{t('awareness.empty')}</p>;
  return (
    <WrittenInContext.Provider value={lang}>
      {languages.length > 1 && (
        <div className="field-inline awareness-language">
          <label htmlFor={`${id}-lang`}>{t('awareness.language')}</label>
          <select
            id={`${id}-lang`}
            value={lang}
            data-testid="awareness-language"
            onChange={(e) => setChosen(e.target.value)}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageLabel(l, l)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="awareness-sections" data-lang={lang}>
        {page.sections.map((s, i) => {
          const title = sectionTextIn(s.title, lang);
          const body = sectionTextIn(s.body, lang);
          return (
            <section
              key={i}
              className="card awareness-section"
              data-testid="awareness-section"
              data-topic={s.topic}
            >
              <p className="eyebrow">{t(`awarenessTopic.${s.topic}`)}</p>
              {title && (
                <>
                  <h2 lang={title.language}>{title.text}</h2>
                  <TextLabel shown={title} />
                </>
              )}
              {body && (
                <>
                  <TextLabel shown={body} />
                  <PlainText text={body.text} lang={body.language} />
                </>
              )}
            </section>
          );
        })}
      </div>
    </WrittenInContext.Provider>
  );
}
