import { LOCALES, Locale } from '@pactesur/contracts';
import { useId } from 'react';
import { loadDictionary, LOCALE_NAMES } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAction } from '../ui/useAction.ts';
import { useStatus } from '../ui/useStatus.tsx';

/** Chooses the interface language; stored on the user's profile when signed in. */
export function LanguageSwitcher() {
  const id = useId();
  const { locale, setLocale, t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const change = async (value: string) => {
    const next = Locale.parse(value);
    await action.run(() => setLocale(next));
    announce((await loadDictionary(next))['header.languageChanged']);
  };
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('header.language')}</label>
      <select id={id} value={locale} onChange={(e) => void change(e.target.value)} data-testid="language">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <ErrorMessage error={action.error} />
    </div>
  );
}
