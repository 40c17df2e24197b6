import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { languageChoices, languageLabel } from '../practices/languages.ts';
import { COURSE_LIMITS } from './courseProblems.ts';

interface Props {
  readonly languages: readonly string[];
  readonly invalid: boolean;
  readonly onChange: (languages: string[]) => void;
}

/** The languages a course is taught in: each named in the reader's language with a button to remove it, and a list to add one. */
export function LanguagePicker({ languages, invalid, onChange }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const addable = languageChoices(locale, languages).filter((l) => !languages.includes(l));
  return (
    <fieldset className="field" data-testid="course-languages" aria-invalid={invalid}>
      <legend>{t('courseEdit.languages')}</legend>
      <ul className="course-languages">
        {languages.map((code) => {
          const name = languageLabel(code, locale);
          return (
            <li key={code} className="tag" data-lang={code}>
              {name}{' '}
              <button
                type="button"
                className="button-quiet"
                aria-label={t('courseEdit.removeLanguage', { language: name })}
                onClick={() => onChange(languages.filter((l) => l !== code))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {languages.length < COURSE_LIMITS.languages && (
        <div className="field">
          <label htmlFor={id}>{t('courseEdit.addLanguage')}</label>
          <select
            id={id}
            value=""
            onChange={(e) => e.target.value !== '' && onChange([...languages, e.target.value])}
          >
            <option value="">{t('courseEdit.chooseLanguage')}</option>
            {addable.map((code) => (
              <option key={code} value={code}>
                {languageLabel(code, locale)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
